import { describe, expect, it } from 'vitest';
import { resolveFinding } from '../../src/core/finding.js';
import type { CheckResult, FindingInput, Status } from '../../src/core/types.js';
import type { ServerChain } from '../../src/run/chains.js';
import { drawVerdicts } from '../../src/run/verdicts.js';

function r(key: string, id: string, target: string, status: Status, findings: FindingInput[] = []): CheckResult {
  return { id, key, title: id, target, status, durationMs: 1, summary: `${id} ${status}`, findings: findings.map(resolveFinding), evidence: {} };
}

const chain = (server: string, direction: 'incoming' | 'outgoing', usesOAuth = false, notifiesThrough?: string): ServerChain => ({
  server,
  direction,
  protocol: direction === 'incoming' ? 'imap' : 'smtp',
  endpoint: 'mail.example.test:993',
  usesOAuth,
  stages: [
    ...(usesOAuth ? [{ stage: 'oauth' as const, key: 'oauth app' }] : []),
    { stage: 'port', key: `${direction} ${server} port` },
    { stage: 'tls', key: `${direction} ${server} tls` },
    { stage: 'auth', key: `${direction} ${server} auth` },
  ],
  ...(notifiesThrough ? { notifiesThrough } : {}),
});

describe('verdicts', () => {
  it('one verdict per mailbox, broken ones first with the stage that stopped them', () => {
    const results = [
      r('incoming support port', 'port', 'a:993', 'pass'),
      r('incoming support tls', 'tls', 'a:993', 'pass'),
      r('incoming support auth', 'imap', 'a:993', 'pass'),
      r('outgoing notify port', 'port', 'b:587', 'pass'),
      r('outgoing notify tls', 'tls', 'b:587', 'fail', [{ cause: 'tls.cert-expired', detail: 'expired' }]),
      r('outgoing notify auth', 'smtp', 'b:587', 'skip'),
    ];
    const v = drawVerdicts(results, [chain('support', 'incoming', false, 'notify'), chain('notify', 'outgoing')]);
    expect(v.map((f) => f.cause)).toEqual(['verdict.mailbox-broken', 'verdict.notifications-failing', 'verdict.mailbox-ok']);
    expect(v[0]?.detail).toContain('stops at tls');
    expect(v[0]?.evidence.cause).toBe('tls.cert-expired');
    expect(v[1]?.detail).toContain('"support"');
  });

  it('all network checks down with unreachable causes is the offline verdict', () => {
    const results = [
      r('dns a', 'dns', 'smtp.office365.com', 'fail', [{ cause: 'tcp.name-not-resolved', detail: '' }]),
      r('port b', 'port', 'imap.gmail.com:993', 'fail', [{ cause: 'tcp.name-not-resolved', detail: '' }]),
      r('port c', 'port', '8.8.8.8:53', 'fail', [{ cause: 'tcp.timeout', detail: '' }]),
    ];
    expect(drawVerdicts(results, []).map((f) => f.cause)).toEqual(['verdict.offline']);
  });

  it('names failing while a literal IP answers is DNS, not connectivity', () => {
    const results = [
      r('port a', 'port', 'smtp.office365.com:587', 'fail', [{ cause: 'tcp.name-not-resolved', detail: '' }]),
      r('port b', 'port', '8.8.8.8:53', 'pass'),
    ];
    expect(drawVerdicts(results, []).map((f) => f.cause)).toEqual(['verdict.dns-not-connectivity']);
  });

  it('network fine but only OAuth logins fail is a token problem', () => {
    const results = [
      r('oauth app', 'oauth', 'app', 'fail', [{ cause: 'audit.outgoing.oauth-failed', detail: '' }]),
      r('incoming support port', 'port', 'a:993', 'pass'),
      r('incoming support tls', 'tls', 'a:993', 'pass'),
      r('incoming support auth', 'imap', 'a:993', 'skip'),
    ];
    expect(drawVerdicts(results, [chain('support', 'incoming', true)]).map((f) => f.cause)).toContain('verdict.oauth-token-problem');
  });

  it('a stale trigger and quiet logs are stopped polling; with a mail thread stuck in a socket read, a hung job', () => {
    const quartz = r('quartz db', 'quartz', 'db', 'fail', [{ cause: 'quartz.trigger.stale', detail: '' }]);
    const logs = r('logs x', 'logs', 'x', 'fail', [{ cause: 'log.polling.stopped', detail: '' }]);
    const dump = r('threaddump d', 'threaddump', 'd', 'fail', [{ cause: 'threaddump.mail-socket-read', detail: '' }]);
    expect(drawVerdicts([quartz, logs], []).map((f) => f.cause)).toEqual(['verdict.polling-stopped']);
    expect(drawVerdicts([quartz, logs, dump], []).map((f) => f.cause)).toEqual(['verdict.email-job-hung']);
    const notSeen = r('logs y', 'logs', 'y', 'warn', [{ cause: 'log.polling.not-seen', detail: '' }]);
    const notScheduled = r('quartz e', 'quartz', 'e', 'fail', [{ cause: 'quartz.trigger.not-scheduled', detail: '' }]);
    expect(drawVerdicts([notScheduled, notSeen], []).map((f) => f.cause)).toEqual(['verdict.polling-stopped']);
    expect(drawVerdicts([quartz], []).map((f) => f.cause)).toEqual([]);
  });

  it('notes about checks that were not available come last', () => {
    const v = drawVerdicts([], [], [{ cause: 'verdict.not-checked', detail: 'no quartz' }]);
    expect(v.map((f) => f.cause)).toEqual(['verdict.not-checked']);
  });
});
