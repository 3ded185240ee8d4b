// The evidence the HTML pictures are drawn from, on real inputs: journey step counts, audit statuses per hour,
// the wait-for graph of real JVM dumps and Quartz fire times, all valid against the published schema.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const F = (path: string) => join(import.meta.dirname, '../../fixtures', path);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('chart evidence', () => {
  it('audit: statuses per hour add up to the status counts, and every documented status lands on its journey step', async () => {
    const { report } = await runJson(['audit', F('audit/full.csv')]);
    expect(schemaErrors(report)).toEqual([]);
    const e = report.results[0].evidence;
    expect(e.statusTimeline.bucketMinutes).toBe(60);
    expect(e.statusTimeline.start).toBe('2026-11-13T09:00:00.000Z');
    for (const [status, counts] of Object.entries(e.statusTimeline.statuses) as Array<[string, number[]]>) expect(sum(counts), status).toBe(e.statuses[status]);
    const s = e.statuses;
    expect(e.journeySteps).toEqual([
      { step: 3, reached: s.RECEIVED, failed: 0, ignored: 0 },
      { step: 4, reached: 0, failed: s['PROCESSED FAILED'] + s['ATTACHMENT PROCESSED FAILED'], ignored: s['RECEIVED IGNORED'] },
      { step: 5, reached: s.PROCESSED + s['ATTACHMENT PROCESSED'], failed: 0, ignored: 0 },
      { step: 6, reached: 0, failed: s.SEND_FAILED, ignored: s.SEND_IGNORED },
      { step: 7, reached: s.SENT, failed: 0, ignored: 0 },
    ]);
    const spike = report.results[0].findings.find((f: any) => f.cause === 'audit.send-failed.spike');
    const hour = Date.parse(spike.evidence.start);
    const at = (hour - Date.parse(e.statusTimeline.start)) / 3_600_000;
    expect(e.statusTimeline.statuses.SEND_FAILED[Math.floor(at)]).toBeGreaterThanOrEqual(spike.evidence.failed);
  });

  it('logs: fetch runs count for step 2 and logged audit statuses for their steps', async () => {
    const { report } = await runJson(['logs', F('logs/tenant/apolo/logs')]);
    expect(schemaErrors(report)).toEqual([]);
    const r = report.results[0];
    const fired = r.findings.find((f: any) => f.cause === 'log.polling.fired');
    const steps = Object.fromEntries(r.evidence.journeySteps.map((s: any) => [s.step, s]));
    expect(steps[2].reached).toBe(fired.evidence.fetches);
    const count = (cause: string) => r.findings.find((f: any) => f.cause === cause)?.evidence.count ?? 0;
    expect(steps[6].failed).toBe(count('log.send.failed') + count('audit.outgoing.connection-failed'));
    expect(steps[7].reached).toBe(count('audit.outgoing.sent'));
    for (const f of r.findings.filter((x: any) => x.evidence.timeline)) expect(sum(f.evidence.timeline.counts), f.cause).toBe(f.evidence.count);
  });

  it('threaddump: the deadlock of a real JVM is one cycle of two waits; the blocked dump is a holder chain without a cycle', async () => {
    const deadlock = (await runJson(['threaddump', F('threaddump/emailjob-deadlock.jstack.txt')])).report;
    expect(schemaErrors(deadlock)).toEqual([]);
    const g = deadlock.results[0].evidence.lockGraph;
    expect(g.cycles.map((c: string[]) => [...c].sort())).toEqual([['emailjob-1', 'emailjob-2']]);
    expect(g.edges.map((e: any) => `${e.waiter}>${e.holder}`).sort()).toEqual(['emailjob-1>emailjob-2', 'emailjob-2>emailjob-1']);
    expect(g.edges.map((e: any) => e.lockClass.split('$').pop()).sort()).toEqual(['MailboxLock', 'TicketLock']);
    const blocked = (await runJson(['threaddump', F('threaddump/email-blocked.jstack.txt')])).report;
    const b = blocked.results[0].evidence.lockGraph;
    expect(b.cycles).toEqual([]);
    const waits = b.edges.map((e: any) => `${e.waiter}>${e.holder}`);
    expect(waits).toEqual(expect.arrayContaining(['emailjob-fetch-1>ticket-sync', 'email-sender-1>ticket-sync', 'emailjob-2>emailjob-fetch-1']));
    expect(b.omittedEdges).toBe(0);
  });

  it('quartz: a stale trigger carries its fire times, interval and stale limit', async () => {
    const { report } = await runJson([
      'quartz',
      '--file',
      F('quartz/stale/qrtz_triggers.csv'),
      '--file',
      F('quartz/stale/qrtz_simple_triggers.csv'),
      '--as-of',
      '2026-11-22T00:13:26.891Z',
      '--no-service',
    ]);
    expect(schemaErrors(report)).toEqual([]);
    const stale = report.results[0].findings.find((f: any) => f.cause === 'quartz.trigger.stale');
    expect(stale.evidence).toMatchObject({
      prevFireTime: '2026-11-21T21:01:26.891Z',
      asOf: '2026-11-22T00:13:26.891Z',
      repeatIntervalMs: 60_000,
      staleAfterMs: 300_000,
    });
  });
});
