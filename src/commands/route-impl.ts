// What `maildoctor route` does: checks the port, threshold and echo URL given, then one route check per host.
import { parseUrl } from '../checks/network/http.js';
import { PUBLIC_IP_URL } from '../checks/network/public-ip.js';
import { routeCheck } from '../checks/network/route.js';
import { UsageError } from '../core/errors.js';
import { parseHost, parsePort } from '../core/host-port.js';
import type { PlanFn } from './lazy.js';

/** Builds the route checks. */
export const plan: PlanFn = async (args, opts, ctx) => {
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
};
