// SEND_FAILED per time bucket against the export's own baseline: where a sudden spike starts and ends.
import type { ClassifiedRow } from './classified.js';

/** A bucket's SEND_FAILED count must be at least this many entries to be a spike. */
export const SPIKE_MIN = 5;
/** ... and at least this many times the baseline (the median bucket). */
export const SPIKE_FACTOR = 4;

const BUCKETS_MS = [5, 15, 60, 360, 1440].map((m) => m * 60_000);
const MAX_BUCKETS = 300;

/** One run of adjacent spiking buckets. */
export interface Spike {
  start: number;
  end: number;
  failed: number;
  sent: number;
  /** Most frequent failure details inside the spike, with counts. */
  topDetails: Array<{ detail: string; count: number }>;
}

/** The bucketing used and the spikes found. */
export interface SpikeResult {
  bucketMs: number;
  buckets: number;
  baseline: number;
  threshold: number;
  spikes: Spike[];
}

/** Counts SEND_FAILED per bucket over the export's time span and flags the buckets far above the median. */
export function findSpikes(rows: readonly ClassifiedRow[], first: number, last: number): SpikeResult | undefined {
  const outgoing = rows.filter((r) => r.time !== undefined && (r.step === 'SEND_FAILED' || r.step === 'SENT'));
  if (!outgoing.some((r) => r.step === 'SEND_FAILED')) return undefined;
  const span = Math.max(1, last - first);
  const bucketMs = BUCKETS_MS.find((b) => span / b <= MAX_BUCKETS) ?? BUCKETS_MS[BUCKETS_MS.length - 1]!;
  const start = Math.floor(first / bucketMs) * bucketMs;
  const buckets = Math.floor((last - start) / bucketMs) + 1;
  const failed = new Array<number>(buckets).fill(0);
  const sent = new Array<number>(buckets).fill(0);
  for (const r of outgoing) {
    const i = Math.min(buckets - 1, Math.max(0, Math.floor((r.time! - start) / bucketMs)));
    if (r.step === 'SEND_FAILED') failed[i]! += 1;
    else sent[i]! += 1;
  }
  const sorted = [...failed].sort((a, b) => a - b);
  const baseline = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const threshold = Math.max(SPIKE_MIN, Math.ceil(SPIKE_FACTOR * Math.max(baseline, 1)));
  const spikes: Spike[] = [];
  let current: Spike | undefined;
  failed.forEach((n, i) => {
    if (n >= threshold) {
      if (!current) {
        current = { start: start + i * bucketMs, end: start + (i + 1) * bucketMs, failed: 0, sent: 0, topDetails: [] };
        spikes.push(current);
      }
      current.end = start + (i + 1) * bucketMs;
      current.failed += n;
      current.sent += sent[i] ?? 0;
    } else current = undefined;
  });
  for (const s of spikes) s.topDetails = topDetails(outgoing, s);
  return { bucketMs, buckets, baseline, threshold, spikes };
}

function topDetails(rows: readonly ClassifiedRow[], s: Spike): Array<{ detail: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (r.step !== 'SEND_FAILED' || r.time! < s.start || r.time! >= s.end) continue;
    counts.set(r.message, (counts.get(r.message) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([detail, count]) => ({ detail, count }));
}
