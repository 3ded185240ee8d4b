// Runs traceroute through execa and reads its hop lines: address, times, or `*` for a lost hop.
import { runProgram } from '../../core/run-program.js';

/** One hop of the path. */
export interface Hop {
  ttl: number;
  address?: string;
  /** Best round trip of the hop's probes. */
  ms?: number;
  lost: boolean;
}

/** How a traceroute run ended. */
export type TracerouteOutcome = { ran: true; hops: Hop[]; output: string } | { ran: false; missing: boolean; message: string };

/** Parses `traceroute -n` hop lines. */
export function parseTraceroute(output: string): Hop[] {
  const hops: Hop[] = [];
  for (const line of output.split(/\r?\n/)) {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const rest = m[2] ?? '';
    const address = /(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:]+)/i.exec(rest)?.[1];
    const times = [...rest.matchAll(/([\d.]+) ms/g)].map((t) => Number(t[1]));
    hops.push({ ttl: Number(m[1]), ...(address ? { address } : {}), ...(times.length ? { ms: Math.min(...times) } : {}), lost: !address && /\*/.test(rest) });
  }
  return hops;
}

/** Traces the path to `host` with one probe per hop and a short wait, within `timeoutMs`. */
export async function runTraceroute(
  host: string,
  opts: { maxHops: number; timeoutMs: number; signal: AbortSignal; env: NodeJS.ProcessEnv },
): Promise<TracerouteOutcome> {
  const r = await runProgram('traceroute', ['-n', '-q', '1', '-w', '1', '-m', String(opts.maxHops), host], {
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    env: opts.env,
  });
  if (r.missing) return { ran: false, missing: true, message: 'traceroute is not installed' };
  const hops = parseTraceroute(r.stdout);
  if (hops.length === 0) return { ran: false, missing: false, message: (r.stderr || r.shortMessage).trim().slice(0, 300) };
  return { ran: true, hops, output: r.stdout.trim().slice(0, 4000) };
}
