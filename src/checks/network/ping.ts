// Runs ping (iputils or BSD) through execa and reads its statistics lines.
import { runProgram } from '../../core/run-program.js';

/** What the statistics lines of ping say. */
export interface PingStats {
  transmitted: number;
  received: number;
  lossPercent: number;
  minMs?: number;
  avgMs?: number;
  maxMs?: number;
}

/** How a ping run ended: statistics, the tool missing, or an error text. */
export type PingOutcome = { ran: true; stats: PingStats; output: string } | { ran: false; missing: boolean; message: string };

/** Reads "N packets transmitted, M received, X% packet loss" and "min/avg/max" from ping's output. */
export function parsePing(output: string): PingStats | undefined {
  const counts = /(\d+) packets transmitted, (\d+) (?:packets )?received.*?([\d.]+)% packet loss/.exec(output);
  if (!counts) return undefined;
  const stats: PingStats = { transmitted: Number(counts[1]), received: Number(counts[2]), lossPercent: Number(counts[3]) };
  const rtt = /(?:rtt|round-trip) min\/avg\/max(?:\/(?:mdev|stddev))? = ([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(output);
  if (rtt) Object.assign(stats, { minMs: Number(rtt[1]), avgMs: Number(rtt[2]), maxMs: Number(rtt[3]) });
  return stats;
}

/** Pings `host` `count` times, each reply waited for at most `waitS` seconds. */
export async function runPing(
  host: string,
  opts: { count: number; waitS: number; timeoutMs: number; signal: AbortSignal; env: NodeJS.ProcessEnv },
): Promise<PingOutcome> {
  const r = await runProgram('ping', ['-n', '-c', String(opts.count), '-i', '0.2', '-W', String(opts.waitS), host], {
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    env: opts.env,
  });
  if (r.missing) return { ran: false, missing: true, message: 'ping is not installed' };
  const output = `${r.stdout}\n${r.stderr}`;
  const stats = parsePing(output);
  if (!stats) return { ran: false, missing: false, message: (r.stderr || r.stdout || r.shortMessage).trim().slice(0, 300) };
  return { ran: true, stats, output: output.trim().slice(0, 4000) };
}
