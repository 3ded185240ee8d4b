// The guide's rules for one email polling trigger, as pure functions of its row and the moment judged.
import type { FindingInput } from '../core/types.js';
import { formatDuration } from '../core/duration.js';
import { repeatInterval, type RepeatInterval } from './interval.js';
import type { FiredTriggerRow, QuartzData, TriggerRow } from './types.js';

/** Staleness threshold when neither the interval nor --stale-after is known: "the last few minutes". */
export const DEFAULT_STALE_MS = 5 * 60_000;
/** Quartz's default misfire threshold: a fire time this far in the past is still being handled. */
export const MISFIRE_GRACE_MS = 60_000;

/** What the rules need besides the row: the moment the data describes, and the user's overrides. */
export interface RuleContext {
  asOf: number;
  staleAfterMs?: number;
  service: string;
}

/** The staleness threshold for a trigger: --stale-after, else 3 intervals but at least 5 minutes. */
export function staleThreshold(interval: RepeatInterval | undefined, override?: number): number {
  if (override !== undefined) return override;
  return interval ? Math.max(3 * interval.ms, DEFAULT_STALE_MS) : DEFAULT_STALE_MS;
}

/** "repeats every 60 s" or an empty string when the interval is unknown. */
function repeatsText(interval: RepeatInterval | undefined): string {
  if (!interval) return '';
  return `; it repeats every ${formatDuration(interval.ms)}${interval.cron ? ` (cron "${interval.cron}")` : ''}`;
}

/** The executions of this trigger's job that are running now. */
export function runningExecutions(t: TriggerRow, fired: readonly FiredTriggerRow[] | undefined): FiredTriggerRow[] {
  return (fired ?? []).filter(
    (f) =>
      f.state === 'EXECUTING' &&
      ((f.triggerName === t.triggerName && f.triggerGroup === t.triggerGroup) || (f.jobName === t.jobName && f.jobGroup === t.jobGroup)),
  );
}

function stateFinding(t: TriggerRow, data: QuartzData, label: string, evidence: Record<string, unknown>, asOf: number): FindingInput | undefined {
  const s = t.triggerState;
  if (s === 'WAITING' || s === 'ACQUIRED') return undefined;
  if (s === 'ERROR') return { cause: 'quartz.trigger.error', detail: `${label} is in ERROR state`, evidence };
  if (s === 'PAUSED' || s === 'PAUSED_BLOCKED') return { cause: 'quartz.trigger.paused', detail: `${label} is ${s}: someone paused it`, evidence };
  if (s === 'COMPLETE') return { cause: 'quartz.trigger.complete', detail: `${label} is COMPLETE and will not fire again`, evidence };
  if (s === 'BLOCKED') {
    const running = runningExecutions(t, data.fired);
    if (running.length > 0) {
      const oldest = Math.min(...running.map((f) => f.firedTime));
      return {
        cause: 'quartz.trigger.blocked-by-running-job',
        detail: `${label} is BLOCKED: the previous execution on ${running[0]!.instanceName} has been running for ${formatDuration(asOf - oldest)}`,
        evidence: { ...evidence, runningSince: new Date(oldest).toISOString(), runningOn: running.map((f) => f.instanceName) },
      };
    }
    return { cause: 'quartz.trigger.blocked', detail: `${label} is BLOCKED${data.fired ? ' and no execution of its job is running' : ''}`, evidence };
  }
  return { cause: 'quartz.trigger.state-unexpected', detail: `${label} has TRIGGER_STATE ${s || '(empty)'}; expected WAITING or ACQUIRED`, evidence };
}

/** Applies every rule of the guide to one trigger; a healthy trigger yields one info finding with its ages. */
export function judgeTrigger(t: TriggerRow, data: QuartzData, ctx: RuleContext): FindingInput[] {
  const interval = repeatInterval(t, data);
  const threshold = staleThreshold(interval, ctx.staleAfterMs);
  const label = `trigger ${t.triggerGroup}.${t.triggerName} (job ${t.jobGroup}.${t.jobName})`;
  const iso = (ms: number | null) => (ms === null || ms < 0 ? ms : new Date(ms).toISOString());
  const evidence: Record<string, unknown> = {
    trigger: `${t.triggerGroup}.${t.triggerName}`,
    job: `${t.jobGroup}.${t.jobName}`,
    triggerState: t.triggerState,
    prevFireTime: iso(t.prevFireTime),
    nextFireTime: iso(t.nextFireTime),
    asOf: new Date(ctx.asOf).toISOString(),
    repeatIntervalMs: interval?.ms ?? null,
    staleAfterMs: threshold,
    service: ctx.service,
  };
  const findings: FindingInput[] = [];
  const state = stateFinding(t, data, label, evidence, ctx.asOf);
  if (state) findings.push(state);
  const judgeTimes = ['WAITING', 'ACQUIRED', 'BLOCKED'].includes(t.triggerState);
  const repeats = repeatsText(interval);
  const prev = t.prevFireTime;
  if (judgeTimes && (prev === null || prev < 0)) {
    const sinceStart = t.startTime !== null && t.startTime > 0 ? ctx.asOf - t.startTime : undefined;
    const young = sinceStart !== undefined && sinceStart <= threshold;
    findings.push({
      cause: 'quartz.trigger.never-fired',
      ...(young ? { severity: 'info' as const } : {}),
      detail: `${label} has never fired (PREV_FIRE_TIME ${prev ?? 'NULL'})${sinceStart !== undefined ? `; it started ${formatDuration(sinceStart)} ago` : ''}${repeats}`,
      evidence: { ...evidence, sinceStartMs: sinceStart ?? null },
    });
  } else if (judgeTimes && prev !== null && ctx.asOf - prev > threshold) {
    findings.push({
      cause: 'quartz.trigger.stale',
      detail: `${label} last fired ${formatDuration(ctx.asOf - prev)} ago${repeats}; more than ${formatDuration(threshold)} counts as stale`,
      evidence: { ...evidence, prevFireAgeMs: ctx.asOf - prev },
    });
  }
  const next = t.nextFireTime;
  if (judgeTimes && (next === null || next < 0)) {
    findings.push({ cause: 'quartz.trigger.not-scheduled', detail: `${label} has no NEXT_FIRE_TIME (NULL): nothing will fire it`, evidence });
  } else if (judgeTimes && next !== null && ctx.asOf - next > MISFIRE_GRACE_MS) {
    findings.push({
      cause: 'quartz.trigger.not-scheduled',
      detail: `${label} was due ${formatDuration(ctx.asOf - next)} ago (NEXT_FIRE_TIME in the past)${repeats}`,
      evidence: { ...evidence, overdueMs: ctx.asOf - next },
    });
  }
  if (findings.length === 0) {
    const ages = [
      prev !== null && prev >= 0 ? `last fired ${formatDuration(ctx.asOf - prev)} ago` : '',
      next !== null ? (next >= ctx.asOf ? `next in ${formatDuration(next - ctx.asOf)}` : `next due now`) : '',
    ];
    findings.push({ cause: 'quartz.trigger.ok', detail: `${label} is ${t.triggerState}; ${ages.filter(Boolean).join(', ')}${repeats}`, evidence });
  }
  return findings;
}
