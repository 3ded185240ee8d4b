// Puts audit rows in time order cheaply: exports come oldest or newest first, rarely shuffled.
import type { AuditStatus } from '../../knowledge/audit-messages.js';
import type { ClassifiedRow } from './classified.js';

/** Journey step of each status, to order entries written in the same second. */
export const PHASE: Record<AuditStatus, number> = {
  RECEIVED: 0,
  'RECEIVED IGNORED': 1,
  PROCESSED: 2,
  'PROCESSED FAILED': 2,
  'ATTACHMENT PROCESSED': 3,
  'ATTACHMENT PROCESSED FAILED': 3,
  SENT: 4,
  SEND_FAILED: 4,
  SEND_IGNORED: 4,
};

/**
 * Rows with a journey step in time order (file order when no row of the export has a time), incoming steps before
 * outgoing at equal times; `anyTime` says whether any row kept from the export (with a step or not) has one.
 */
export function chronological(rows: readonly ClassifiedRow[], anyTime: boolean): ClassifiedRow[] {
  const timed = rows.filter((r) => r.step !== undefined && (r.time !== undefined || !anyTime));
  // Exports come oldest first or newest first; only a shuffled one needs a full sort.
  if (!timeOrdered(timed)) timed.reverse();
  if (!timeOrdered(timed)) {
    return timed
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (a.r.time ?? 0) - (b.r.time ?? 0) || PHASE[a.r.step!] - PHASE[b.r.step!] || a.i - b.i)
      .map((x) => x.r);
  }
  sortEqualTimes(timed);
  return timed;
}

function phaseOrdered(rows: readonly ClassifiedRow[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i += 1) if (PHASE[rows[i]!.step!] < PHASE[rows[i - 1]!.step!]) return false;
  return true;
}

function timeOrdered(rows: readonly ClassifiedRow[]): boolean {
  for (let i = 1; i < rows.length; i += 1) if ((rows[i]!.time ?? 0) < (rows[i - 1]!.time ?? 0)) return false;
  return true;
}

/** Puts the journey steps of entries with the same time in step order, in place. */
function sortEqualTimes(rows: ClassifiedRow[]): void {
  let start = 0;
  for (let i = 1; i <= rows.length; i += 1) {
    if (i < rows.length && rows[i]!.time === rows[start]!.time) continue;
    if (i - start > 1 && !phaseOrdered(rows, start, i)) {
      const run = rows.slice(start, i).sort((a, b) => PHASE[a.step!] - PHASE[b.step!]);
      for (let k = 0; k < run.length; k += 1) rows[start + k] = run[k]!;
    }
    start = i;
  }
}
