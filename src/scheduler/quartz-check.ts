// The Quartz email polling trigger check: read the tables, find the email trigger(s), apply the guide's rules.
import { Transcript } from '../core/transcript.js';
import type { Check, CheckOutcome, FindingInput } from '../core/types.js';
import { judgeFired, judgeSchedulerState } from './cluster-rules.js';
import type { DbRead } from './db-reader.js';
import { selectEmailTriggers, triggerNames } from './job-match.js';
import { judgeTrigger } from './trigger-rules.js';
import type { QuartzData } from './types.js';

/** What one quartz check needs: where the rows come from and how to judge them. */
export interface QuartzCheckOptions {
  /** `user@host:port/db schema master` or the export file names. */
  target: string;
  /** Reads the rows (from the database, or hands back exports read earlier). */
  load(signal: AbortSignal, timeoutMs: number, transcript: Transcript): Promise<DbRead>;
  job?: RegExp;
  staleAfterMs?: number;
  /** The moment the rows describe (--as-of); now when absent. */
  asOf?: number;
  service: string;
  /** Facts about the source for the evidence (schema, files, time zone). */
  sourceEvidence: Record<string, unknown>;
}

/** The rows of qrtz_triggers as the evidence lists them. */
function considered(data: QuartzData, selected: Set<unknown>) {
  return data.triggers.map((t) => ({
    trigger: `${t.triggerGroup}.${t.triggerName}`,
    job: `${t.jobGroup}.${t.jobName}`,
    names: triggerNames(t, data),
    state: t.triggerState,
    emailJob: selected.has(t),
  }));
}

/** Judges already loaded rows; exported for tests of the whole rule set. */
export function judgeQuartz(
  data: QuartzData,
  o: Omit<QuartzCheckOptions, 'load' | 'target' | 'sourceEvidence'>,
  asOf: number,
): { summary: string; findings: FindingInput[]; evidence: Record<string, unknown> } {
  const { selected, pattern } = selectEmailTriggers(data, o.job);
  const evidence = { asOf: new Date(asOf).toISOString(), jobPattern: pattern, triggers: considered(data, new Set(selected)) };
  if (selected.length === 0) {
    const names = data.triggers.map((t) => `${t.jobGroup}.${t.jobName}`);
    const finding: FindingInput = {
      cause: 'quartz.job.not-found',
      detail: `none of the ${data.triggers.length} trigger row(s) matches /${pattern}/i${names.length ? `; jobs seen: ${[...new Set(names)].slice(0, 10).join(', ')}` : ' (the table is empty)'}`,
      evidence: { jobPattern: pattern, rows: data.triggers.length, service: o.service },
    };
    return { summary: finding.detail, findings: [finding, ...judgeSchedulerState(data.schedulerState ?? [], asOf, o.service)], evidence };
  }
  const ctx = { asOf, service: o.service, ...(o.staleAfterMs !== undefined ? { staleAfterMs: o.staleAfterMs } : {}) };
  const findings = [
    ...selected.flatMap((t) => judgeTrigger(t, data, ctx)),
    ...judgeFired(selected, data, asOf, o.service),
    ...judgeSchedulerState(data.schedulerState ?? [], asOf, o.service),
  ];
  const problems = findings.filter((f) => f.cause !== 'quartz.trigger.ok' && f.severity !== 'info');
  const lead = problems[0] ?? findings[0];
  const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
  return { summary: `${lead?.detail ?? 'no findings'}${more}`, findings, evidence };
}

/** Builds the quartz check. */
export function quartzCheck(o: QuartzCheckOptions): Check {
  return {
    id: 'quartz',
    title: 'Quartz email polling trigger',
    target: o.target,
    async run(ctx): Promise<CheckOutcome> {
      const transcript = new Transcript();
      const read = await o.load(ctx.signal, ctx.timeoutMs, transcript);
      if (!read.ok) {
        return {
          summary: read.finding.detail,
          findings: [read.finding],
          evidence: { ...o.sourceEvidence },
          ...(transcript.lines.length ? transcript.outcome() : {}),
        };
      }
      const asOf = o.asOf ?? Date.now();
      const judged = judgeQuartz(read.data, o, asOf);
      return {
        summary: judged.summary,
        findings: judged.findings,
        evidence: { ...o.sourceEvidence, tables: read.tables, ...judged.evidence },
        ...(transcript.lines.length ? transcript.outcome() : {}),
      };
    },
  };
}
