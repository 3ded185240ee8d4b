// The guide's traceroute / ping / `curl ifconfig.me`: latency over 300 ms and dropped hops flagged, TCP timing as fallback.
import type { Check, CheckOutcome, FindingInput } from '../../core/types.js';
import { systemLookup } from './lookup.js';
import { runPing } from './ping.js';
import { publicIp } from './public-ip.js';
import { tcpConnect } from './tcp.js';
import { runTraceroute } from './traceroute.js';
import { MAX_LATENCY_MS } from './constants.js';

/** Settings of one route check. */
export interface RouteOptions {
  /** TCP port timed when ICMP is blocked or ping is missing (default 443). */
  port?: number;
  maxLatencyMs?: number;
  /** When set, also ask this service for the public IP (opt-in). */
  publicIpUrl?: string;
  env: NodeJS.ProcessEnv;
}

async function tcpTiming(address: string, port: number, timeoutMs: number, signal: AbortSignal) {
  const times: number[] = [];
  let code: string | undefined;
  let refused = false;
  for (let i = 0; i < 3 && !signal.aborted; i += 1) {
    const c = await tcpConnect(address, port, timeoutMs, signal);
    // A refusal is still an answer from the host, so it times the path; it is never reported as an open port.
    if (c.ok || c.code === 'ECONNREFUSED') {
      times.push(c.ms);
      refused ||= !c.ok;
    } else {
      code = c.code;
      break;
    }
  }
  return {
    answered: times.length > 0,
    refused,
    avgMs: times.length ? Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 10) / 10 : undefined,
    code,
    port,
  };
}

/** "TCP 443 12 ms", or "TCP 443 refused in 0.4 ms": what the port did, not only how fast. */
function tcpText(tcp: Awaited<ReturnType<typeof tcpTiming>>): string {
  if (!tcp.answered) return `TCP ${tcp.port} ${tcp.code ?? 'no answer'}`;
  return tcp.refused ? `TCP ${tcp.port} refused in ${tcp.avgMs} ms` : `TCP ${tcp.port} ${tcp.avgMs} ms`;
}

/** Builds the route check for one host. */
export function routeCheck(host: string, options: RouteOptions): Check {
  const port = options.port ?? 443;
  const max = options.maxLatencyMs ?? MAX_LATENCY_MS;
  return {
    id: 'route',
    title: 'Route and latency',
    target: host,
    async run(ctx): Promise<CheckOutcome> {
      const found = await systemLookup(host, ctx.signal);
      if (!found.ok)
        return {
          summary: `${host} does not resolve (${found.code})`,
          findings: [{ cause: 'tcp.name-not-resolved', detail: `lookup of ${host} failed: ${found.code}`, evidence: { host, code: found.code } }],
        };
      const address = found.addresses[0]!.address;
      const waitS = Math.max(1, Math.min(5, Math.round(ctx.timeoutMs / 1000)));
      const [ping, trace, tcp, ip] = await Promise.all([
        runPing(address, { count: 4, waitS, timeoutMs: ctx.timeoutMs, signal: ctx.signal, env: options.env }),
        runTraceroute(address, { maxHops: 20, timeoutMs: ctx.timeoutMs, signal: ctx.signal, env: options.env }),
        tcpTiming(address, port, ctx.timeoutMs, ctx.signal),
        options.publicIpUrl ? publicIp(options.publicIpUrl, ctx.timeoutMs, ctx.signal) : Promise.resolve(undefined),
      ]);
      const findings: FindingInput[] = [];
      const parts: string[] = [];
      for (const [tool, r] of [
        ['ping', ping],
        ['traceroute', trace],
      ] as const) {
        if (!r.ran && r.missing)
          findings.push({
            cause: 'route.tool-missing',
            detail: `${tool} is not installed; measured TCP connect time to port ${port} instead`,
            evidence: { tool },
          });
      }
      const pingAnswered = ping.ran && ping.stats.received > 0;
      if (ping.ran) {
        const s = ping.stats;
        parts.push(`ping ${s.avgMs !== undefined ? `avg ${s.avgMs} ms, ` : ''}${s.lossPercent}% loss`);
        if (s.received === 0 && tcp.answered)
          findings.push({
            cause: 'route.icmp-blocked',
            detail: `no ping reply from ${address}, but the host answers on TCP port ${port} in ${tcp.avgMs} ms${tcp.refused ? ' (by refusing the connection: up, but nothing listens there)' : ''}`,
            evidence: { address, port, refused: tcp.refused },
          });
        else if (s.lossPercent > 0 && s.received > 0)
          findings.push({ cause: 'route.packet-loss', detail: `${s.lossPercent}% of ${s.transmitted} pings lost`, evidence: { ...s } });
      }
      const latency =
        pingAnswered && ping.stats.avgMs !== undefined
          ? { ms: ping.stats.avgMs, how: 'ping average' }
          : tcp.avgMs !== undefined
            ? { ms: tcp.avgMs, how: `TCP connect to port ${port}` }
            : undefined;
      if (latency && latency.ms > max)
        findings.push({
          cause: 'route.high-latency',
          detail: `${latency.how} is ${latency.ms} ms, over ${max} ms`,
          evidence: { host, latencyMs: latency.ms, thresholdMs: max },
        });
      if (trace.ran) {
        const lost = trace.hops.filter((h) => h.lost).map((h) => h.ttl);
        const last = trace.hops.at(-1);
        const reached = last?.address === address;
        parts.push(`${trace.hops.length} hop${trace.hops.length === 1 ? '' : 's'}${reached ? '' : ', destination not reached'}`);
        if (lost.length > 0)
          findings.push({
            cause: 'route.lost-hops',
            detail: `hop${lost.length === 1 ? '' : 's'} ${lost.join(', ')} did not answer${reached ? `; the trace still reached ${address}` : ''}`,
            evidence: { host, lostHops: lost, reached },
          });
        if (!reached)
          findings.push({
            cause: 'route.not-reached',
            detail: `the trace ended after ${trace.hops.length} hop${trace.hops.length === 1 ? '' : 's'} without reaching ${address}${last?.address ? ` (last answer from ${last.address})` : ''}`,
            evidence: { host, address, hops: trace.hops.length, lastAnswer: last?.address ?? null },
          });
      }
      parts.push(tcpText(tcp));
      if (!pingAnswered && !tcp.answered)
        findings.push({
          cause: 'route.unreachable',
          detail: `${address}: no ping reply and TCP port ${port} ${tcp.code ?? 'did not answer'}`,
          evidence: { host, address, port },
        });
      if (ip)
        findings.push(
          ip.ok
            ? { cause: 'route.public-ip', detail: `this server appears as ${ip.ip}`, evidence: { publicIp: ip.ip, url: options.publicIpUrl } }
            : { cause: 'route.public-ip-failed', detail: ip.message, evidence: { url: options.publicIpUrl } },
        );
      return {
        summary: `${host} (${address}): ${parts.join('; ')}`,
        findings,
        evidence: {
          host,
          address,
          ping: ping.ran ? ping.stats : { error: ping.message },
          hops: trace.ran ? trace.hops : { error: trace.message },
          tcp,
          ...(ip ? { publicIp: ip } : {}),
        },
      };
    },
  };
}
