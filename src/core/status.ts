// Ordering of statuses and severities, shared by the runner, exit codes and renderers.
import type { Severity, Status, Totals } from './types.js';

const RANK: Record<Status, number> = { pass: 0, skip: 0, warn: 1, fail: 2, error: 2 };

/** The status a set of findings implies: the worst severity, `info` counting as pass. */
export function statusFromSeverities(severities: Severity[]): Status {
  if (severities.includes('fail')) return 'fail';
  if (severities.includes('warn')) return 'warn';
  return 'pass';
}

/** True when a status is at or above the --fail-on threshold. */
export function meetsThreshold(status: Status, failOn: 'warn' | 'fail'): boolean {
  return RANK[status] >= (failOn === 'warn' ? 1 : 2);
}

/** Sorts worst first: error, fail, warn, skip, pass. */
export function statusOrder(status: Status): number {
  return { error: 0, fail: 1, warn: 2, skip: 3, pass: 4 }[status];
}

/** Zero counts for every status. */
export function emptyTotals(): Totals {
  return { pass: 0, warn: 0, fail: 0, skip: 0, error: 0 };
}
