// `maildoctor route HOST...` and `type: route`: the guide's traceroute, ping and curl ifconfig.me.
import { parseHost } from '../../core/host-port.js';
import { defineKind } from '../../core/kind.js';
import { MAX_LATENCY_MS } from './constants.js';
import { PUBLIC_IP_URL } from './public-ip.js';

const load = async () => ({ ...(await import('./route.js')), ...(await import('./http.js')) });

/** The route check kind. */
export const ROUTE_KIND = defineKind({
  id: 'route',
  summary: 'Ping and traceroute (TCP connect timing when ICMP is blocked or the tools are missing); flags latency over 300 ms and lost hops',
  examples: ['maildoctor route smtp.office365.com imap.gmail.com', 'maildoctor route outlook.office365.com --port 993 --public-ip'],
  options: {
    hosts: { type: 'string[]', positional: true, required: true, nonEmpty: true, description: 'hosts to trace' },
    port: { type: 'number', integer: true, min: 1, max: 65535, description: 'TCP port to time when ping gets no reply (default 443)' },
    maxLatencyMs: {
      type: 'number',
      integer: true,
      min: 0,
      max: 999_999,
      cli: '--max-latency <ms>',
      description: `latency threshold (default ${MAX_LATENCY_MS}, the guide's)`,
    },
    publicIp: { type: 'boolean', description: "also show this server's public IP (the guide's curl ifconfig.me; contacts that service)" },
    publicIpUrl: { type: 'string', arg: 'url', description: `service that echoes the caller's IP (default ${PUBLIC_IP_URL})` },
  },
  load,
  async build(v, ctx) {
    const { routeCheck, parseUrl } = await load();
    const hosts = v.hosts.map((h) => parseHost(h, `"${h}"`));
    const publicIpUrl = v.publicIp ? (v.publicIpUrl === undefined ? PUBLIC_IP_URL : parseUrl(v.publicIpUrl).href) : undefined;
    const options = {
      env: ctx.io.env,
      ...(v.port !== undefined ? { port: v.port } : {}),
      ...(v.maxLatencyMs !== undefined ? { maxLatencyMs: v.maxLatencyMs } : {}),
      ...(publicIpUrl ? { publicIpUrl } : {}),
    };
    return hosts.map((h) => routeCheck(h, options));
  },
});
