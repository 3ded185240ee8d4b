// Builds the Report that every renderer reads, with totals and the exit code under --fail-on.
import { hostname } from 'node:os';
import { redactReport } from './redact-report.js';
import { SIGNAL_EXIT, type StopSignal } from './termination.js';
import { emptyTotals, meetsThreshold } from './status.js';
import type { CheckResult, Finding, Report } from './types.js';
import { VERSION } from './version.js';

/** What a command knows when it has finished its checks. */
export interface ReportInput {
  command: string;
  startedAt: Date;
  results: CheckResult[];
  failOn: 'warn' | 'fail';
  verdicts?: Finding[];
  /** The signal that stopped the run, when one did: the report's exit code is then the process's (130, 143). */
  stoppedBy?: StopSignal;
}

/** Assembles the report: totals per status, duration, whether the run fails under --fail-on; redacted before anyone reads it. */
export function buildReport(input: ReportInput): Report {
  const totals = emptyTotals();
  for (const r of input.results) totals[r.status] += 1;
  const failing = input.results.some((r) => meetsThreshold(r.status, input.failOn));
  return redactReport({
    schemaVersion: 1,
    tool: { name: 'maildoctor', version: VERSION },
    command: input.command,
    host: { hostname: hostname(), platform: `${process.platform}-${process.arch}`, node: process.version },
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.max(0, Date.now() - input.startedAt.getTime()),
    totals,
    exitCode: input.stoppedBy ? SIGNAL_EXIT[input.stoppedBy] : failing ? 1 : 0,
    ...(input.stoppedBy ? { stoppedBy: input.stoppedBy } : {}),
    failOn: input.failOn,
    results: input.results,
    ...(input.verdicts && input.verdicts.length > 0 ? { verdicts: input.verdicts } : {}),
  });
}
