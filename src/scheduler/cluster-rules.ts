// Rules beyond the guide: dead scheduler nodes (qrtz_scheduler_state) and hung executions (qrtz_fired_triggers).
import type { FindingInput } from '../core/types.js';
import { formatDuration } from '../core/duration.js';
import { repeatInterval } from './interval.js';
import type { QuartzData, SchedulerStateRow, TriggerRow } from './types.js';

/** Grace Quartz's ClusterManager adds before it declares an instance failed. */
const CLUSTER_GRACE_MS = 7_500;
/** Check-ins that may be missed before a node counts as dead. */
const MISSED_CHECKINS = 3;
/** An execution counts as hung after this many repeat intervals, and never before STUCK_MIN_MS. */
const STUCK_INTERVALS = 5;
const STUCK_MIN_MS = 10 * 60_000;

/** Whether a scheduler node has missed several check-ins as of `asOf`. */
export function instanceDead(row: SchedulerStateRow, asOf: number): boolean {
  return asOf - row.lastCheckinTime > MISSED_CHECKINS * row.checkinInterval + CLUSTER_GRACE_MS;
}

/** Findings about the scheduler nodes: each dead one, or one finding when none is alive. */
export function judgeSchedulerState(rows: readonly SchedulerStateRow[], asOf: number, service: string): FindingInput[] {
  const describe = (r: SchedulerStateRow) =>
    `${r.instanceName} last checked in ${formatDuration(asOf - r.lastCheckinTime)} ago (every ${formatDuration(r.checkinInterval)})`;
  const dead = rows.filter((r) => instanceDead(r, asOf));
  const evidence = (r: SchedulerStateRow) => ({
    instance: r.instanceName,
    lastCheckin: new Date(r.lastCheckinTime).toISOString(),
    checkinIntervalMs: r.checkinInterval,
    ageMs: asOf - r.lastCheckinTime,
    service,
  });
  if (rows.length > 0 && dead.length === rows.length) {
    return [
      {
        cause: 'quartz.scheduler.no-live-instance',
        detail: `no scheduler instance is checking in: ${dead.map(describe).join('; ')}`,
        evidence: { instances: dead.map(evidence), service },
      },
    ];
  }
  return dead.map((r) => ({ cause: 'quartz.scheduler.instance-dead', detail: `scheduler instance ${describe(r)}`, evidence: evidence(r) }));
}

/** Findings about executions of the email triggers that run far longer than their interval. */
export function judgeFired(triggers: readonly TriggerRow[], data: QuartzData, asOf: number, service: string): FindingInput[] {
  const findings: FindingInput[] = [];
  const seen = new Set<string>();
  for (const t of triggers) {
    const interval = repeatInterval(t, data);
    const limit = Math.max(STUCK_INTERVALS * (interval?.ms ?? 0), STUCK_MIN_MS);
    for (const f of data.fired ?? []) {
      const mine = (f.triggerName === t.triggerName && f.triggerGroup === t.triggerGroup) || (f.jobName === t.jobName && f.jobGroup === t.jobGroup);
      if (!mine || f.state !== 'EXECUTING' || asOf - f.firedTime <= limit || seen.has(f.entryId)) continue;
      seen.add(f.entryId);
      findings.push({
        cause: 'quartz.fired.stuck',
        detail: `job ${t.jobGroup}.${t.jobName} has been EXECUTING on ${f.instanceName} for ${formatDuration(asOf - f.firedTime)}${interval ? `; it repeats every ${formatDuration(interval.ms)}` : ''}`,
        evidence: {
          job: `${t.jobGroup}.${t.jobName}`,
          entryId: f.entryId,
          instance: f.instanceName,
          firedTime: new Date(f.firedTime).toISOString(),
          runningMs: asOf - f.firedTime,
          limitMs: limit,
          service,
        },
      });
    }
  }
  return findings;
}
