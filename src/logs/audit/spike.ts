// SEND_FAILED per time bucket against the export's own baseline: where a sudden spike starts and ends. Rows are
// tallied per 5 minutes as they stream in; the bucket width is chosen from the export's span at the end.
import type { AuditStatus } from '../../knowledge/audit-messages.js';

/** A bucket's SEND_FAILED count must be at least this many entries to be a spike. */
export const SPIKE_MIN = 5;
/** ... and at least this many times the baseline (the median bucket). */
export const SPIKE_FACTOR = 4;

/** The finest bucket; every wider one is a whole number of it, so slots add up into any of them. */
const SLOT_MS = 5 * 60_000;
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

/** One slot's tallies: failures and sends, and each failure wording with its count and first row. */
interface Slot {
  failed: number;
  sent: number;
  details: Map<string, { count: number; first: number }>;
}

/** Counts SENT and SEND_FAILED rows per 5 minutes; finish() finds the spikes. */
export class SpikeTally {
  private readonly slots = new Map<number, Slot>();
  private anyFailed = false;
  private rows = 0;

  /** Counts one row at time `t` (rows without a time or of other statuses are not counted). */
  add(step: AuditStatus | undefined, t: number, message: string): void {
    if (Number.isNaN(t) || (step !== 'SEND_FAILED' && step !== 'SENT')) return;
    const key = Math.floor(t / SLOT_MS);
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { failed: 0, sent: 0, details: new Map() };
      this.slots.set(key, slot);
    }
    this.rows += 1;
    if (step === 'SENT') {
      slot.sent += 1;
      return;
    }
    this.anyFailed = true;
    slot.failed += 1;
    const d = slot.details.get(message);
    if (d) d.count += 1;
    else slot.details.set(message, { count: 1, first: this.rows });
  }

  /** Buckets the export's span [first, last] and flags the buckets far above the median. */
  finish(first: number, last: number): SpikeResult | undefined {
    if (!this.anyFailed) return undefined;
    const span = Math.max(1, last - first);
    const bucketMs = BUCKETS_MS.find((b) => span / b <= MAX_BUCKETS) ?? BUCKETS_MS[BUCKETS_MS.length - 1]!;
    const start = Math.floor(first / bucketMs) * bucketMs;
    const buckets = Math.floor((last - start) / bucketMs) + 1;
    const failed = new Array<number>(buckets).fill(0);
    const sent = new Array<number>(buckets).fill(0);
    const bucketOf = (key: number) => Math.min(buckets - 1, Math.max(0, Math.floor((key * SLOT_MS - start) / bucketMs)));
    for (const [key, slot] of this.slots) {
      failed[bucketOf(key)]! += slot.failed;
      sent[bucketOf(key)]! += slot.sent;
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
    for (const s of spikes) s.topDetails = this.topDetails(s);
    return { bucketMs, buckets, baseline, threshold, spikes };
  }

  /** The most frequent failure wordings inside a spike; ties keep the order in which the rows came. */
  private topDetails(s: Spike): Array<{ detail: string; count: number }> {
    const counts = new Map<string, { count: number; first: number }>();
    for (const [key, slot] of this.slots) {
      const t = key * SLOT_MS;
      if (t < s.start || t >= s.end) continue;
      for (const [detail, d] of slot.details) {
        const c = counts.get(detail);
        if (c) {
          c.count += d.count;
          c.first = Math.min(c.first, d.first);
        } else counts.set(detail, { ...d });
      }
    }
    return [...counts]
      .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
      .slice(0, 3)
      .map(([detail, c]) => ({ detail, count: c.count }));
  }
}
