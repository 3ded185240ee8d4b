// `maildoctor route HOST... [--port P] [--max-latency MS] [--public-ip]`: the guide's traceroute and ping.
import { parseUrl } from '../checks/http.js';
import { PUBLIC_IP_URL } from '../checks/probes/public-ip.js';
import { MAX_LATENCY_MS, routeCheck } from '../checks/route.js';
import { UsageError } from '../core/errors.js';
import { parseHost, parsePort } from '../core/host-port.js';
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
  async plan(args, opts, ctx) {
    const hosts = args.map((h) => parseHost(h, `"${h}"`));
    const port = opts.port === undefined ? undefined : parsePort(String(opts.port), '--port');
    let maxLatencyMs: number | undefined;
    if (opts.maxLatency !== undefined) {
      if (!/^\d{1,6}$/.test(String(opts.maxLatency))) throw new UsageError(`--max-latency: "${String(opts.maxLatency)}" is not a number of milliseconds`);
      maxLatencyMs = Number(opts.maxLatency);
    }
    const publicIpUrl = opts.publicIp ? (typeof opts.publicIpUrl === 'string' ? parseUrl(opts.publicIpUrl).href : PUBLIC_IP_URL) : undefined;
    return {
      checks: hosts.map((h) =>
        routeCheck(h, { env: ctx.io.env, ...(port ? { port } : {}), ...(maxLatencyMs !== undefined ? { maxLatencyMs } : {}), ...(publicIpUrl ? { publicIpUrl } : {}) }),
      ),
    };
  },
};
