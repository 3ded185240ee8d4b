// Entries per documented status per hour (coarser for long exports), so a report can draw when each status happened.
import { AUDIT_STATUSES, type AuditStatus } from '../../knowledge/audit-messages.js';

/** Bucket widths tried in order; the first that keeps the series within MAX_BUCKETS wins. */
const BUCKET_MINUTES = [60, 360, 1440, 10_080];
const MAX_BUCKETS = 500;
const HOUR_MS = 3_600_000;
const STATUS_INDEX = new Map<AuditStatus, number>(AUDIT_STATUSES.map((s, i) => [s, i]));

/** Counts per bucket for each status present, from `start` (ISO 8601, as the export wrote the time) on. */
export interface StatusTimeline {
  bucketMinutes: number;
  start: string;
  statuses: Partial<Record<AuditStatus, number[]>>;
}

/**
 * Counts rows per status per hour as they stream in. Every wider bucket starts on an hour (all are whole hours from
 * the epoch), so the series of any width is a sum of these counts, chosen once the export's span is known.
 */
export class StatusTally {
  private readonly hours = new Map<number, number[]>();

  /** Counts one row of a documented status at a time (NaN: no time, not counted). */
  add(status: AuditStatus | undefined, time: number): void {
    if (!status || Number.isNaN(time)) return;
    const hour = Math.floor(time / HOUR_MS);
    let counts = this.hours.get(hour);
    if (!counts) {
      counts = new Array<number>(AUDIT_STATUSES.length).fill(0);
      this.hours.set(hour, counts);
    }
    counts[STATUS_INDEX.get(status)!]! += 1;
  }

  /** The series over the export's time span; undefined when no entry has a time. */
  finish(first: number | undefined, last: number | undefined): StatusTimeline | undefined {
    if (first === undefined || last === undefined) return undefined;
    const minutes = BUCKET_MINUTES.find((m) => (last - first) / (m * 60_000) < MAX_BUCKETS) ?? BUCKET_MINUTES[BUCKET_MINUTES.length - 1]!;
    const width = minutes * 60_000;
    const start = Math.floor(first / width) * width;
    const buckets = Math.floor((last - start) / width) + 1;
    const series: Array<number[] | undefined> = AUDIT_STATUSES.map(() => undefined);
    for (const [hour, counts] of this.hours) {
      const i = Math.min(buckets - 1, Math.max(0, Math.floor((hour * HOUR_MS - start) / width)));
      counts.forEach((n, s) => {
        if (n > 0) (series[s] ??= new Array<number>(buckets).fill(0))[i]! += n;
      });
    }
    const statuses = Object.fromEntries(AUDIT_STATUSES.flatMap((s, k) => (series[k] ? [[s, series[k]]] : [])));
    return { bucketMinutes: minutes, start: new Date(start).toISOString(), statuses };
  }
}
