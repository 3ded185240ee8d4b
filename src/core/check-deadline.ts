// What a check that ran out of time reports: its own cause and a finding saying how long it had, not a bare error.
import { resolveFinding } from './finding.js';
import type { Check, CheckResult } from './types.js';

/** What the runner knows about a check it stopped. */
export interface Overrun {
  check: Check;
  key: string;
  /** The check's budget in ms (what --timeout gave it). */
  budgetMs: number;
  /** The per-step --timeout. */
  timeoutMs: number;
  durationMs: number;
}

/** The result of a check stopped at its deadline: status fail with the check.timeout finding. */
export function overrunResult(o: Overrun): CheckResult {
  const detail = `${o.check.title} (${o.check.target}) gave no result within ${o.budgetMs} ms and was stopped after ${o.durationMs} ms`;
  const finding = resolveFinding({
    cause: 'check.timeout',
    detail,
    evidence: { target: o.check.target, budgetMs: o.budgetMs, timeoutMs: o.timeoutMs, stoppedAfterMs: o.durationMs },
  });
  return {
    id: o.check.id,
    key: o.key,
    title: o.check.title,
    target: o.check.target,
    status: 'fail',
    durationMs: o.durationMs,
    summary: `no result within ${o.budgetMs} ms: ${finding.title.toLowerCase()}`,
    findings: [finding],
    evidence: { budgetMs: o.budgetMs, timeoutMs: o.timeoutMs },
  };
}
