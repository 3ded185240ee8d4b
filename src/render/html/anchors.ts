// Fragment ids for sections and checks: made from positions and constants, never from input text.
import type { CheckResult, Report } from '../../core/types.js';

/** The id of a result's detail block. */
export function checkAnchor(report: Report, result: CheckResult): string {
  return `check-${report.results.indexOf(result) + 1}`;
}

/** The results whose key is `key` (verdicts name checks by key). */
export function resultByKey(report: Report, key: unknown): CheckResult | undefined {
  return typeof key === 'string' ? report.results.find((r) => r.key === key) : undefined;
}
