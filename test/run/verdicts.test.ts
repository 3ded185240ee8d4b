// The verdict engine on hand-made results: severity and wording under agreement, scoping, folding, stage naming, order.
import { describe, expect, it } from 'vitest';
import { resolveFinding } from '../../src/core/finding.js';
import type { CheckResult, FindingInput, Status } from '../../src/core/types.js';
import type { ServerChain } from '../../src/run/chains.js';
import { drawVerdicts } from '../../src/run/verdicts.js';

function r(key: string, id: string, target: string, status: Status, findings: FindingInput[] = []): CheckResult {
  return { id, key, title: id, target, status, durationMs: 1, summary: `${id} ${status}`, findings: findings.map(resolveFinding), evidence: {} };
}

const chain = (server: string, direction: 'incoming' | 'outgoing', notifiesThrough?: string): ServerChain => ({
  server,
  direction,
  protocol: direction === 'incoming' ? 'imap' : 'smtp',
  endpoint: 'mail.example.test:993',
  usesOAuth: false,
  stages: [
    { stage: 'dns', key: `${direction} ${server} dns` },
    { stage: 'port', key: `${direction} ${server} port` },
    { stage: 'tls', key: `${direction} ${server} tls` },
    { stage: 'auth', key: `${direction} ${server} auth` },
  ],
  ...(notifiesThrough ? { notifiesThrough } : {}),
});

const causes = (v: ReturnType<typeof drawVerdicts>) => v.map((f) => f.cause);
const SSL_WARN: FindingInput = {
  cause: 'threaddump.ssl-handshake-hang',
  severity: 'warn',
  detail: '1 thread stuck in TLS code: imap-1 (RUNNABLE, in handshake, reading the socket)',
};

describe('strong faults', () => {
  it('one check alone is a verdict at its own severity; another check agreeing raises it and says which', () => {
    const dump = r('threaddump a.txt', 'threaddump', 'a.txt', 'warn', [SSL_WARN]);
    const alone = drawVerdicts([dump], []);
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatchObject({ cause: 'verdict.ssl-handshake-hang', severity: 'warn' });
    expect(alone[0]!.detail).toMatch(/— found by threaddump \(threaddump\.ssl-handshake-hang\); one dump is one moment/);
    const logs = r('logs x', 'logs', 'x', 'fail', [{ cause: 'log.tls.handshake', detail: '3 lines' }]);
    const agreed = drawVerdicts([dump, logs], []);
    expect(agreed[0]).toMatchObject({ cause: 'verdict.ssl-handshake-hang', severity: 'fail' });
    expect(agreed[0]!.detail).toMatch(/; confirmed by logs \(log\.tls\.handshake\)$/);
    expect(agreed[0]!.evidence).toMatchObject({
      rule: 'ssl-handshake-hang',
      found: [{ check: 'threaddump a.txt', cause: 'threaddump.ssl-handshake-hang' }],
      agrees: [{ check: 'logs x', cause: 'log.tls.handshake' }],
    });
  });

  it('a socket read without a timeout says nothing alone, and becomes the hung-job verdict when polling stopped', () => {
    const dump = r('threaddump a.txt', 'threaddump', 'a.txt', 'warn', [
      { cause: 'threaddump.mail-socket-read', detail: 'imap-1 reads from a socket with no timeout' },
    ]);
    expect(drawVerdicts([dump], [])).toEqual([]);
    const logs = r('logs x', 'logs', 'x', 'fail', [{ cause: 'log.polling.stopped', detail: 'no email fetch for 90 min' }]);
    expect(causes(drawVerdicts([dump, logs], []))).toEqual(['verdict.polling-stopped', 'verdict.email-job-hung']);
  });

  it('a cause found by the wrong kind of check only agrees: OAuth errors in the logs are not the OAuth verdict', () => {
    const logs = r('logs x', 'logs', 'x', 'fail', [{ cause: 'oauth.grant.revoked', detail: '2 lines' }]);
    expect(drawVerdicts([logs], [])).toEqual([]);
    const oauth = r('oauth app', 'oauth', 'app', 'fail', [{ cause: 'oauth.grant.revoked', detail: 'AADSTS50173' }]);
    const v = drawVerdicts([oauth, logs], []);
    expect(causes(v)).toEqual(['verdict.oauth-token-problem']);
    expect(v[0]!.detail).toMatch(/confirmed by logs \(oauth\.grant\.revoked\)$/);
  });

  it('the same check does not confirm itself', () => {
    const dump = r('threaddump a.txt', 'threaddump', 'a.txt', 'fail', [
      { cause: 'threaddump.deadlock', detail: 'Deadlock (a, b)' },
      { cause: 'threaddump.stuck-thread', detail: 'c is stuck' },
    ]);
    const v = drawVerdicts([dump], []);
    expect(v[0]!.evidence.agrees).toEqual([]);
  });

  it('confirmed faults come before unconfirmed ones of the same severity, info last', () => {
    const dump = r('threaddump a.txt', 'threaddump', 'a.txt', 'fail', [{ cause: 'threaddump.deadlock', detail: 'Deadlock (a, b)' }]);
    const audit = r('audit e.csv', 'audit', 'e.csv', 'fail', [{ cause: 'audit.send-failed.spike', detail: '12 SEND_FAILED' }]);
    const logs = r('logs x', 'logs', 'x', 'fail', [{ cause: 'log.polling.stopped', detail: 'no email fetch for 90 min' }]);
    const v = drawVerdicts([audit, dump, logs], [], [{ cause: 'verdict.not-checked', detail: 'no database' }]);
    expect(causes(v)).toEqual(['verdict.polling-stopped', 'verdict.email-threads-deadlocked', 'verdict.send-failed-spike', 'verdict.not-checked']);
  });
});

describe('mailbox chains', () => {
  const stages = (server: string, statuses: Status[], findings: FindingInput[][] = []) =>
    (['dns', 'port', 'tls', 'auth'] as const).map((s, i) =>
      r(`incoming ${server} ${s}`, s === 'auth' ? 'imap' : s, 'mail.example.test', statuses[i]!, findings[i] ?? []),
    );

  it('names the first stage that failed, not a later one that was skipped', () => {
    const results = stages(
      'support',
      ['warn', 'fail', 'skip', 'skip'],
      [[{ cause: 'dns.system-disagrees', detail: 'differs' }], [{ cause: 'tcp.timeout', detail: 'timed out' }]],
    );
    const [v] = drawVerdicts(results, [chain('support', 'incoming')]);
    expect(v).toMatchObject({ cause: 'verdict.mailbox-broken', evidence: { stage: 'port', cause: 'tcp.timeout' } });
    expect(v!.detail).toMatch(/stops at port: port fail \[tcp\.timeout\]; tls, auth not tried$/);
  });

  it('a chain skipped for a reason outside it says it was skipped, at the stage that was', () => {
    const results = stages('support', ['pass', 'pass', 'skip', 'skip']);
    const [v] = drawVerdicts(results, [chain('support', 'incoming')]);
    expect(v!.detail).toMatch(/stops at tls: was skipped: tls skip; auth not tried$/);
  });

  it('notifications fail for a mailbox whose outgoing server stops; both are folded under offline when it explains them', () => {
    const results = [
      ...stages('support', ['pass', 'pass', 'pass', 'pass']),
      ...(['dns', 'port', 'tls', 'auth'] as const).map((s, i) =>
        r(
          `outgoing notify ${s}`,
          s === 'auth' ? 'smtp' : s,
          'smtp.example.test',
          (['pass', 'fail', 'skip', 'skip'] as Status[])[i]!,
          i === 1 ? [{ cause: 'tcp.timeout', detail: 'timed out' }] : [],
        ),
      ),
    ];
    const chains = [chain('support', 'incoming', 'notify'), chain('notify', 'outgoing')];
    expect(causes(drawVerdicts(results, chains))).toEqual(['verdict.mailbox-broken', 'verdict.notifications-failing', 'verdict.mailbox-ok']);
    const triage = r('triage x', 'triage', 'x 8.8.8.8:53', 'fail', [{ cause: 'net.no-outbound', detail: 'names resolve, nothing answers' }]);
    const v = drawVerdicts([triage, ...results], chains);
    expect(causes(v)).toEqual(['verdict.offline', 'verdict.mailbox-ok']);
    expect(v[0]!.detail).toMatch(/; explains outgoing "notify" at port$/);
  });

  it('offline that only blocks outbound traffic does not explain a name that does not exist', () => {
    const results = stages('support', ['fail', 'skip', 'skip', 'skip'], [[{ cause: 'dns.nxdomain', detail: 'NXDOMAIN' }]]);
    const triage = r('triage x', 'triage', 'x', 'fail', [{ cause: 'net.no-outbound', detail: 'nothing answers' }]);
    expect(causes(drawVerdicts([triage, ...results], [chain('support', 'incoming')]))).toEqual(['verdict.offline', 'verdict.mailbox-broken']);
  });

  it('every network check down is offline without a triage check', () => {
    const results = [
      r('dns a', 'dns', 'smtp.office365.com', 'fail', [{ cause: 'dns.server-unreachable', detail: '' }]),
      r('port b', 'port', 'imap.gmail.com:993', 'fail', [{ cause: 'tcp.name-not-resolved', detail: '' }]),
      r('port c', 'port', '8.8.8.8:53', 'fail', [{ cause: 'tcp.timeout', detail: '' }]),
    ];
    expect(causes(drawVerdicts(results, []))).toEqual(['verdict.offline']);
  });

  it('names failing while a literal address answers is DNS, not connectivity', () => {
    const results = [
      r('port a', 'port', 'smtp.office365.com:587', 'fail', [{ cause: 'tcp.name-not-resolved', detail: '' }]),
      r('port b', 'port', '8.8.8.8:53', 'pass'),
    ];
    expect(causes(drawVerdicts(results, []))).toEqual(['verdict.dns-not-connectivity']);
  });
});
