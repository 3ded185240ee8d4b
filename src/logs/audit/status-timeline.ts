// Entries per documented status per hour (coarser for long exports), so a report can draw when each status happened.
import { AUDIT_STATUSES, type AuditStatus } from '../../knowledge/audit-messages.js';
import type { ClassifiedRow } from './classified.js';

/** Bucket widths tried in order; the first that keeps the series within MAX_BUCKETS wins. */
const BUCKET_MINUTES = [60, 360, 1440, 10_080];
const MAX_BUCKETS = 500;

/** Counts per bucket for each status present, from `start` (ISO 8601, as the export wrote the time) on. */
export interface StatusTimeline {
  bucketMinutes: number;
  start: string;
  statuses: Partial<Record<AuditStatus, number[]>>;
}

/** The series over the export's time span; undefined when no entry has a time. */
export function statusTimeline(rows: readonly ClassifiedRow[], first: number | undefined, last: number | undefined): StatusTimeline | undefined {
  if (first === undefined || last === undefined) return undefined;
  const minutes = BUCKET_MINUTES.find((m) => (last - first) / (m * 60_000) < MAX_BUCKETS) ?? BUCKET_MINUTES[BUCKET_MINUTES.length - 1]!;
  const width = minutes * 60_000;
  const start = Math.floor(first / width) * width;
  const buckets = Math.floor((last - start) / width) + 1;
  const statuses: Partial<Record<AuditStatus, number[]>> = {};
  for (const r of rows) {
    if (r.time === undefined || !r.step) continue;
    const series = (statuses[r.step] ??= new Array<number>(buckets).fill(0));
    const i = Math.min(buckets - 1, Math.max(0, Math.floor((r.time - start) / width)));
    series[i]! += 1;
  }
  const ordered = Object.fromEntries(AUDIT_STATUSES.filter((s) => statuses[s]).map((s) => [s, statuses[s]]));
  return { bucketMinutes: minutes, start: new Date(start).toISOString(), statuses: ordered };
}
