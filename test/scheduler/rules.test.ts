import { describe, expect, it } from 'vitest';
import { instanceDead, judgeSchedulerState } from '../../src/scheduler/cluster-rules.js';
import { cronInterval } from '../../src/scheduler/interval.js';
import { jobPattern, selectEmailTriggers } from '../../src/scheduler/job-match.js';
import { judgeQuartz } from '../../src/scheduler/quartz-check.js';
import { judgeTrigger, staleThreshold } from '../../src/scheduler/trigger-rules.js';
import type { QuartzData, TriggerRow } from '../../src/scheduler/types.js';
import { scenarios, type Scenario } from './scenarios.js';

const NOW = Date.parse('2026-11-21T14:05:00Z');

/** The rows a scenario puts in the database, as the reader would return them. */
function dataOf(s: Scenario): QuartzData {
  return {
    triggers: s.triggers.map((t) => ({
      schedName: 'S',
      triggerName: t.name,
      triggerGroup: 'DEFAULT',
      jobName: t.job,
      jobGroup: 'DEFAULT',
      description: null,
      triggerState: t.state,
      triggerType: t.cron ? 'CRON' : 'SIMPLE',
      nextFireTime: t.next,
      prevFireTime: t.prev,
      startTime: t.start,
      endTime: 0,
    })),
    simple: s.triggers
      .filter((t) => !t.cron)
      .map((t) => ({ schedName: 'S', triggerName: t.name, triggerGroup: 'DEFAULT', repeatInterval: t.interval ?? 60_000, repeatCount: -1, timesTriggered: 1 })),
    cron: s.triggers
      .filter((t) => t.cron)
      .map((t) => ({ schedName: 'S', triggerName: t.name, triggerGroup: 'DEFAULT', cronExpression: t.cron!, timeZoneId: 'UTC' })),
    fired: (s.fired ?? []).map((f) => ({
      schedName: 'S',
      entryId: f.entry,
      triggerName: f.trigger,
      triggerGroup: 'DEFAULT',
      instanceName: f.instance,
      firedTime: f.fired,
      state: 'EXECUTING',
      jobName: f.job,
      jobGroup: 'DEFAULT',
      isNonconcurrent: true,
    })),
    schedulerState: (s.nodes ?? []).map((n) => ({ schedName: 'S', instanceName: n.instance, lastCheckinTime: n.checkin, checkinInterval: n.interval })),
  };
}

const worst = (severities: string[]) => (severities.includes('fail') ? 'fail' : severities.includes('warn') ? 'warn' : 'pass');
const SEVERITY: Record<string, string> = {
  'quartz.trigger.ok': 'info',
  'quartz.trigger.error': 'fail',
  'quartz.trigger.blocked': 'fail',
  'quartz.trigger.blocked-by-running-job': 'warn',
  'quartz.trigger.paused': 'fail',
  'quartz.trigger.complete': 'fail',
  'quartz.trigger.stale': 'fail',
  'quartz.trigger.never-fired': 'warn',
  'quartz.trigger.not-scheduled': 'fail',
  'quartz.job.not-found': 'fail',
  'quartz.scheduler.instance-dead': 'warn',
  'quartz.scheduler.no-live-instance': 'fail',
  'quartz.fired.stuck': 'fail',
};

describe('the guide rules on every scenario', () => {
  it.each(scenarios(NOW).map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const judged = judgeQuartz(dataOf(s), { service: 'flotomate-main' }, NOW);
    expect([...new Set(judged.findings.map((f) => f.cause))].sort()).toEqual([...s.causes].sort());
    expect(worst(judged.findings.map((f) => f.severity ?? SEVERITY[f.cause]!))).toBe(s.status);
    if (s.says) expect(judged.findings.map((f) => f.detail).join('\n')).toContain(s.says);
  });
});

describe('trigger rules', () => {
  const row = (t: Partial<TriggerRow>): TriggerRow => ({
    schedName: 'S',
    triggerName: 'EmailFetchTrigger',
    triggerGroup: 'DEFAULT',
    jobName: 'EmailFetchJob',
    jobGroup: 'DEFAULT',
    description: null,
    triggerState: 'WAITING',
    triggerType: 'SIMPLE',
    nextFireTime: NOW + 30_000,
    prevFireTime: NOW - 30_000,
    startTime: NOW - 3_600_000,
    endTime: null,
    ...t,
  });

  it('derives the stale threshold from the repeat interval, with --stale-after winning', () => {
    expect(staleThreshold(undefined)).toBe(300_000);
    expect(staleThreshold({ ms: 600_000, from: 'simple' })).toBe(1_800_000);
    expect(staleThreshold({ ms: 600_000, from: 'simple' }, 60_000)).toBe(60_000);
    const f = judgeTrigger(row({ prevFireTime: NOW - 120_000 }), { triggers: [] }, { asOf: NOW, service: 'x', staleAfterMs: 90_000 });
    expect(f.map((x) => x.cause)).toEqual(['quartz.trigger.stale']);
    expect(f[0]!.detail).toContain('last fired 2 min ago; more than 1 min 30 s counts as stale');
  });

  it('puts the service name in the evidence so the fix names the right unit', () => {
    const f = judgeTrigger(row({ triggerState: 'ERROR' }), { triggers: [] }, { asOf: NOW, service: 'serviceops-main' });
    expect(f[0]).toMatchObject({ cause: 'quartz.trigger.error', evidence: { service: 'serviceops-main' } });
  });

  it('treats a NEXT_FIRE_TIME within the misfire threshold as still being handled', () => {
    const f = judgeTrigger(row({ triggerState: 'ACQUIRED', nextFireTime: NOW - 20_000 }), { triggers: [] }, { asOf: NOW, service: 'x' });
    expect(f.map((x) => x.cause)).toEqual(['quartz.trigger.ok']);
    expect(f[0]!.detail).toContain('next due now');
  });

  it('flags an unknown state', () => {
    const f = judgeTrigger(row({ triggerState: 'DELETED' }), { triggers: [] }, { asOf: NOW, service: 'x' });
    expect(f.map((x) => x.cause)).toEqual(['quartz.trigger.state-unexpected']);
  });
});

describe('cron intervals', () => {
  it('estimates the shortest gap of Quartz cron expressions', () => {
    expect(cronInterval('0 * * * * ?')).toBe(60_000);
    expect(cronInterval('0 0/5 * * * ?')).toBe(300_000);
    expect(cronInterval('*/30 * * * * ?')).toBe(30_000);
    expect(cronInterval('0 0,15,30,45 * * * ?')).toBe(900_000);
    expect(cronInterval('0 0 * * * ?')).toBe(3_600_000);
    expect(cronInterval('0 30 2 * * ?')).toBe(86_400_000);
    expect(cronInterval('0 30 2 ? * MON')).toBeUndefined();
    expect(cronInterval('garbage')).toBeUndefined();
  });
});

describe('email job selection', () => {
  const t = (job: string, trigger = `${job}Trigger`): TriggerRow => ({
    schedName: 'S',
    triggerName: trigger,
    triggerGroup: 'DEFAULT',
    jobName: job,
    jobGroup: 'DEFAULT',
    description: null,
    triggerState: 'WAITING',
    triggerType: 'SIMPLE',
    nextFireTime: 1,
    prevFireTime: 1,
    startTime: 1,
    endTime: null,
  });

  it('prefers incoming mail jobs over other mail jobs, and falls back to anything about email', () => {
    const data: QuartzData = { triggers: [t('EmailNotificationJob'), t('IncomingEmailPoller'), t('SlaJob')] };
    expect(selectEmailTriggers(data).selected.map((x) => x.jobName)).toEqual(['IncomingEmailPoller']);
    expect(selectEmailTriggers({ triggers: [t('EmailNotificationJob'), t('SlaJob')] }).selected.map((x) => x.jobName)).toEqual(['EmailNotificationJob']);
  });

  it('matches the job class name from qrtz_job_details', () => {
    const data: QuartzData = {
      triggers: [t('job-17', 'trigger-17')],
      jobDetails: [{ schedName: 'S', jobName: 'job-17', jobGroup: 'DEFAULT', jobClassName: 'com.flotomate.email.MailboxReaderJob', isNonconcurrent: true }],
    };
    expect(selectEmailTriggers(data).selected).toHaveLength(1);
  });

  it('uses --job as a case-insensitive regular expression and rejects a bad one', () => {
    const data: QuartzData = { triggers: [t('IncomingEmailPoller'), t('MailboxSyncJob')] };
    expect(selectEmailTriggers(data, jobPattern('mailboxsync')).selected.map((x) => x.jobName)).toEqual(['MailboxSyncJob']);
    expect(() => jobPattern('([')).toThrow(/not a valid regular expression/);
  });
});

describe('scheduler state', () => {
  it("declares a node dead after three missed check-ins plus Quartz's grace", () => {
    const row = { schedName: 'S', instanceName: 'n1', lastCheckinTime: NOW - 30_000, checkinInterval: 7500 };
    expect(instanceDead(row, NOW)).toBe(false);
    expect(instanceDead({ ...row, lastCheckinTime: NOW - 31_000 }, NOW)).toBe(true);
    expect(judgeSchedulerState([], NOW, 'x')).toEqual([]);
  });
});
