// `maildoctor route HOST... [--port P] [--max-latency MS] [--public-ip]`: the guide's traceroute and ping.
import { MAX_LATENCY_MS } from '../checks/network/constants.js';
import { PUBLIC_IP_URL } from '../checks/network/public-ip.js';
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** The route command. */
export const ROUTE_COMMAND: CommandSpec = {
  name: 'route',
  args: '<hosts...>',
  summary: 'Ping and traceroute (TCP connect timing when ICMP is blocked or the tools are missing); flags latency over 300 ms and lost hops',
  examples: ['maildoctor route smtp.office365.com imap.gmail.com', 'maildoctor route outlook.office365.com --port 993 --public-ip'],
  configure(cmd) {
    cmd
      .option('--port <port>', 'TCP port to time when ping gets no reply (default 443)')
      .option('--max-latency <ms>', `latency threshold (default ${MAX_LATENCY_MS}, the guide's)`)
      .option('--public-ip', "also show this server's public IP (the guide's curl ifconfig.me; contacts that service)")
      .option('--public-ip-url <url>', `service that echoes the caller's IP (default ${PUBLIC_IP_URL})`);
  },
  plan: lazyPlan(() => import('./route-impl.js')),
};
