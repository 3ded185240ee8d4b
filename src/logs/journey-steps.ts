// Counts per step of the End-to-End Email Journey, from audit statuses or log causes, for the report's evidence.
import type { AuditStatus } from '../knowledge/audit-messages.js';
import { FETCH_LOG_CAUSE, FETCH_STEP, STATUS_STEP, statusOfCause } from '../knowledge/journey-status.js';

/** How many entries (or log lines) reached a step, failed at it, or were dropped there on purpose. */
export interface StepCount {
  step: number;
  reached: number;
  failed: number;
  ignored: number;
}

function tally(entries: Iterable<[number, 'reached' | 'failed' | 'ignored', number]>): StepCount[] {
  const steps = new Map<number, StepCount>();
  for (const [step, outcome, n] of entries) {
    if (n <= 0) continue;
    const s = steps.get(step) ?? { step, reached: 0, failed: 0, ignored: 0 };
    s[outcome] += n;
    steps.set(step, s);
  }
  return [...steps.values()].sort((a, b) => a.step - b.step);
}

/** Step counts from the number of audit entries per documented status. */
export function stepsFromStatuses(statuses: Partial<Record<AuditStatus, number>>): StepCount[] {
  return tally(
    Object.entries(statuses).map(([status, n]) => {
      const at = STATUS_STEP[status as AuditStatus];
      return [at.step, at.outcome, n ?? 0] as [number, 'reached' | 'failed' | 'ignored', number];
    }),
  );
}

/** Step counts from log lines per cause: fetch job runs count for step 2, logged audit statuses for theirs. */
export function stepsFromLogCauses(counts: Record<string, { count: number }>): StepCount[] {
  const entries: Array<[number, 'reached' | 'failed' | 'ignored', number]> = [];
  for (const [cause, s] of Object.entries(counts)) {
    if (cause === FETCH_LOG_CAUSE) {
      entries.push([FETCH_STEP, 'reached', s.count]);
      continue;
    }
    const status = statusOfCause(cause);
    if (status) entries.push([STATUS_STEP[status].step, STATUS_STEP[status].outcome, s.count]);
  }
  return tally(entries);
}
