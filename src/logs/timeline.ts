// Timeline buckets and a one-line sparkline, so a sudden spike of failures is visible at a glance.
import { formatLocal } from './scan/index.js';

const BARS = '▁▂▃▄▅▆▇█';
/** Widest sparkline drawn; longer timelines merge neighbouring buckets. */
const MAX_COLUMNS = 48;
/** Most buckets listed in evidence. */
const MAX_BUCKETS = 2000;

/** A cause's counts over the scan's common time range. */
export interface Timeline {
  bucketMinutes: number;
  start: string;
  counts: number[];
  sparkline: string;
  peak: { at: string; count: number } | undefined;
}

/** Counts per bucket from `startBucket` to `endBucket` inclusive, coarsened to at most MAX_BUCKETS. */
export function buildTimeline(buckets: Record<number, number>, startBucket: number, endBucket: number, bucketMs: number): Timeline | undefined {
  if (!Number.isFinite(startBucket) || !Number.isFinite(endBucket) || endBucket < startBucket) return undefined;
  const span = endBucket - startBucket + 1;
  const factor = Math.ceil(span / MAX_BUCKETS);
  const counts = new Array<number>(Math.ceil(span / factor)).fill(0);
  for (const [k, v] of Object.entries(buckets)) {
    const i = Math.floor((Number(k) - startBucket) / factor);
    if (i >= 0 && i < counts.length) counts[i] = (counts[i] ?? 0) + v;
  }
  let peakIndex = -1;
  counts.forEach((c, i) => {
    if (c > 0 && (peakIndex < 0 || c > (counts[peakIndex] ?? 0))) peakIndex = i;
  });
  const width = bucketMs * factor;
  return {
    bucketMinutes: width / 60000,
    start: new Date(startBucket * bucketMs).toISOString(),
    counts,
    sparkline: sparkline(counts),
    peak: peakIndex < 0 ? undefined : { at: formatLocal(startBucket * bucketMs + peakIndex * width), count: counts[peakIndex] ?? 0 },
  };
}

/** Draws counts as block characters, merging columns beyond MAX_COLUMNS. */
export function sparkline(counts: number[]): string {
  const per = Math.ceil(counts.length / MAX_COLUMNS) || 1;
  const cols: number[] = [];
  for (let i = 0; i < counts.length; i += per) cols.push(counts.slice(i, i + per).reduce((a, b) => a + b, 0));
  const max = Math.max(0, ...cols);
  if (max === 0) return '';
  return cols.map((c) => (c === 0 ? ' ' : BARS[Math.min(BARS.length - 1, Math.floor((c / max) * (BARS.length - 1)))])).join('');
}
