// One Quartz scenario per rule, with times relative to `now`, as SQL for a schema and the expected verdict.
import type { CauseId } from '../../src/knowledge/index.js';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

/** The email trigger (or another job's) of a scenario. */
interface TriggerSpec {
  name: string;
  job: string;
  state: string;
  prev: number | null;
  next: number | null;
  start: number;
  interval?: number;
  cron?: string;
}

/** One scenario: its rows, and what the quartz check must conclude about them. */
export interface Scenario {
  name: string;
  triggers: TriggerSpec[];
  fired?: Array<{ entry: string; trigger: string; job: string; instance: string; fired: number }>;
  nodes?: Array<{ instance: string; checkin: number; interval: number }>;
  status: 'pass' | 'warn' | 'fail';
  causes: CauseId[];
  /** A fragment the summary or a finding detail must contain (the actual ages). */
  says?: string;
}

const EMAIL = 'EmailFetchJob';
const SLA = (now: number): TriggerSpec => ({
  name: 'SlaEscalationTrigger',
  job: 'SlaEscalationJob',
  state: 'WAITING',
  prev: now - 20 * S,
  next: now + 40 * S,
  start: now - 48 * H,
  cron: '0 * * * * ?',
});
const email = (now: number, t: Partial<TriggerSpec>): TriggerSpec => ({
  name: 'EmailFetchTrigger',
  job: EMAIL,
  state: 'WAITING',
  prev: now - 30 * S,
  next: now + 30 * S,
  start: now - 24 * H,
  interval: 60 * S,
  ...t,
});

/** Every scenario; `now` is the moment the rows describe. */
export function scenarios(now: number): Scenario[] {
  const live = [{ instance: 'node-a1700000000000', checkin: now - 3 * S, interval: 7500 }];
  return [
    { name: 'healthy', triggers: [email(now, {}), SLA(now)], nodes: live, status: 'pass', causes: ['quartz.trigger.ok'], says: 'last fired 30 s ago' },
    { name: 'acquired', triggers: [email(now, { state: 'ACQUIRED', prev: now - 50 * S, next: now + 10 * S })], status: 'pass', causes: ['quartz.trigger.ok'] },
    { name: 'error', triggers: [email(now, { state: 'ERROR' }), SLA(now)], status: 'fail', causes: ['quartz.trigger.error'] },
    { name: 'blocked', triggers: [email(now, { state: 'BLOCKED' })], fired: [], status: 'fail', causes: ['quartz.trigger.blocked'] },
    {
      name: 'blocked_running',
      triggers: [email(now, { state: 'BLOCKED', prev: now - 90 * S, next: now + 20 * S })],
      fired: [{ entry: 'node-a17000000000001', trigger: 'EmailFetchTrigger', job: EMAIL, instance: 'node-a1700000000000', fired: now - 90 * S }],
      status: 'warn',
      causes: ['quartz.trigger.blocked-by-running-job'],
    },
    {
      name: 'hung',
      triggers: [email(now, { state: 'BLOCKED', prev: now - (3 * H + 12 * MIN), next: now - (3 * H + 11 * MIN) })],
      fired: [{ entry: 'node-a17000000000002', trigger: 'EmailFetchTrigger', job: EMAIL, instance: 'node-a1700000000000', fired: now - (3 * H + 12 * MIN) }],
      nodes: live,
      status: 'fail',
      causes: ['quartz.trigger.blocked-by-running-job', 'quartz.trigger.stale', 'quartz.trigger.not-scheduled', 'quartz.fired.stuck'],
      says: 'EXECUTING on node-a1700000000000 for 3 h 12 min',
    },
    {
      name: 'paused',
      triggers: [email(now, { state: 'PAUSED', prev: now - 2 * H, next: now - 2 * H + MIN })],
      status: 'fail',
      causes: ['quartz.trigger.paused'],
    },
    { name: 'complete', triggers: [email(now, { state: 'COMPLETE', next: null })], status: 'fail', causes: ['quartz.trigger.complete'] },
    {
      name: 'stale',
      triggers: [email(now, { prev: now - (3 * H + 12 * MIN) })],
      status: 'fail',
      causes: ['quartz.trigger.stale'],
      says: 'last fired 3 h 12 min ago; it repeats every 1 min',
    },
    {
      name: 'never_fired_new',
      triggers: [email(now, { prev: -1, start: now - 20 * S, next: now + 40 * S })],
      status: 'pass',
      causes: ['quartz.trigger.never-fired'],
    },
    {
      name: 'never_fired_old',
      triggers: [email(now, { prev: -1, start: now - 2 * H })],
      status: 'warn',
      causes: ['quartz.trigger.never-fired'],
      says: 'started 2 h ago',
    },
    { name: 'next_null', triggers: [email(now, { next: null })], status: 'fail', causes: ['quartz.trigger.not-scheduled'], says: 'NULL' },
    {
      name: 'next_past',
      triggers: [email(now, { interval: undefined, cron: '0 0/30 * * * ?', prev: now - 40 * MIN, next: now - 10 * MIN })],
      status: 'fail',
      causes: ['quartz.trigger.not-scheduled'],
      says: 'due 10 min ago',
    },
    {
      name: 'dead_node',
      triggers: [email(now, {})],
      nodes: [...live, { instance: 'node-b1700000000000', checkin: now - H, interval: 7500 }],
      status: 'warn',
      causes: ['quartz.trigger.ok', 'quartz.scheduler.instance-dead'],
      says: 'node-b1700000000000 last checked in 1 h ago',
    },
    {
      name: 'no_live_node',
      triggers: [email(now, { prev: now - 2 * H, next: now - 2 * H + MIN })],
      nodes: [{ instance: 'node-a1700000000000', checkin: now - 2 * H, interval: 7500 }],
      status: 'fail',
      causes: ['quartz.trigger.stale', 'quartz.trigger.not-scheduled', 'quartz.scheduler.no-live-instance'],
    },
    { name: 'no_email_job', triggers: [SLA(now)], status: 'fail', causes: ['quartz.job.not-found'], says: 'SlaEscalationJob' },
  ];
}

const q = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);
const SCHED = 'FlotomateScheduler';
const JOB_CLASS: Record<string, string> = { [EMAIL]: 'com.flotomate.email.job.EmailFetchJob', SlaEscalationJob: 'com.flotomate.sla.job.SlaEscalationJob' };

/** The INSERTs of a scenario (the tables must exist in the search path). */
export function scenarioSql(s: Scenario): string {
  const out: string[] = [];
  const jobs = [...new Set(s.triggers.map((t) => t.job))];
  for (const j of jobs) {
    out.push(`insert into qrtz_job_details values (${q(SCHED)}, ${q(j)}, 'DEFAULT', NULL, ${q(JOB_CLASS[j] ?? j)}, true, true, false, false, NULL);`);
  }
  for (const t of s.triggers) {
    out.push(
      `insert into qrtz_triggers values (${q(SCHED)}, ${q(t.name)}, 'DEFAULT', ${q(t.job)}, 'DEFAULT', NULL, ${q(t.next)}, ${q(t.prev)}, 5, ${q(t.state)}, ${q(t.cron ? 'CRON' : 'SIMPLE')}, ${q(t.start)}, 0, NULL, 0, NULL);`,
    );
    if (t.cron) out.push(`insert into qrtz_cron_triggers values (${q(SCHED)}, ${q(t.name)}, 'DEFAULT', ${q(t.cron)}, 'UTC');`);
    else out.push(`insert into qrtz_simple_triggers values (${q(SCHED)}, ${q(t.name)}, 'DEFAULT', -1, ${q(t.interval ?? 60_000)}, 1234);`);
  }
  for (const f of s.fired ?? []) {
    out.push(
      `insert into qrtz_fired_triggers values (${q(SCHED)}, ${q(f.entry)}, ${q(f.trigger)}, 'DEFAULT', ${q(f.instance)}, ${q(f.fired)}, ${q(f.fired)}, 5, 'EXECUTING', ${q(f.job)}, 'DEFAULT', true, false);`,
    );
  }
  for (const n of s.nodes ?? []) out.push(`insert into qrtz_scheduler_state values (${q(SCHED)}, ${q(n.instance)}, ${q(n.checkin)}, ${q(n.interval)});`);
  return out.join('\n');
}
