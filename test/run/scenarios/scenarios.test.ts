// One host per verdict, hosts with several faults and one with none: each verdict fires where it should and nowhere else,
// and every rule of the table is reached by some scenario.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/runner.js';
import { isCauseId } from '../../../src/knowledge/index.js';
import { logsCheck, logsSettings } from '../../../src/logs/check.js';
import { serviceCheck } from '../../../src/scheduler/service/check.js';
import { VERDICT_RULES, ruleCauses } from '../../../src/run/verdict-rules.js';
import { drawVerdicts } from '../../../src/run/verdicts.js';
import { testCerts } from '../../helpers/certs.js';
import { closedPort } from '../../helpers/net-servers.js';
import { startSmtpServer, type SmtpTestServer } from '../../helpers/smtp-server.js';
import { droppingPort, type DroppingPort } from '../../helpers/syn-drop.js';
import { entraError, startOAuthServer, type OAuthServer } from '../../helpers/oauth-server.js';
import { FIXTURES, HAS_PUBLIC_DUMPS, runScenario, verdictOf, type ScenarioRun } from './harness.js';

const PASSWORD = 'pw-Scenario-4711';
const SECRET = 'secret-Scenario-0815';
const ENV = { SCENARIO_PASSWORD: PASSWORD, SCENARIO_SECRET: SECRET };

/** Every rule some scenario reached; the last test holds the table to it. */
const reached = new Set<string>();

function expectRules(run: ScenarioRun, expected: string[]): void {
  run.rules.forEach((r) => reached.add(r));
  expect([...run.rules].sort()).toEqual([...expected].sort());
}

describe('verdict scenarios', () => {
  let smtp: SmtpTestServer;
  let oauth: OAuthServer;
  let drop: DroppingPort;
  const values: Record<string, string | number> = {};

  beforeAll(async () => {
    [smtp, oauth, drop] = await Promise.all([
      startSmtpServer({ users: { 'notify@example.test': PASSWORD }, requireStartTls: true }),
      startOAuthServer({
        cases: {
          'secret-expired': {
            status: 401,
            body: entraError(
              'invalid_client',
              7000222,
              "The provided client secret keys for app '11111111-2222-3333-4444-555555555555' are expired. Visit the Azure portal to create new keys for your app.",
            ),
          },
        },
        graphToken: 'unused',
      }),
      droppingPort(),
    ]);
    Object.assign(values, {
      SMTP_PORT: smtp.port,
      CA: testCerts().caPath,
      CLOSED_PORT: await closedPort(),
      CLOSED_PORT2: await closedPort(),
      DROP_PORT: drop.port,
      OAUTH_URL: oauth.url,
    });
  });

  afterAll(async () => {
    drop?.stop();
    await Promise.all([smtp?.close(), oauth?.close()]);
  });

  const run = (name: string) => runScenario(name, values, ENV);

  it('polling stopped in the logs is a verdict by itself, saying nothing else confirms it', async () => {
    const r = await run('polling-stopped');
    expectRules(r, ['polling-stopped']);
    const v = verdictOf(r, 'polling-stopped');
    expect(v).toMatchObject({ severity: 'fail', cause: 'verdict.polling-stopped' });
    expect(v.detail).toMatch(/^no email fetch for 92 min .* — found by logs \(log\.polling\.stopped\); no other check confirms it/);
    expect(v.evidence.found).toEqual([{ check: expect.stringMatching(/^logs /), cause: 'log.polling.stopped' }]);
    expect(v.evidence.agrees).toEqual([]);
  });

  it.each([
    ['trigger-blocked', 'quartz.trigger.blocked', /is BLOCKED/],
    ['trigger-stale', 'quartz.trigger.stale', /last fired 3 h 12 min ago/],
  ])('%s: an abnormal Quartz email trigger is a verdict by itself', async (name, cause, says) => {
    const r = await run(name);
    expectRules(r, ['email-trigger']);
    const v = verdictOf(r, 'email-trigger');
    expect(v.detail).toMatch(says);
    expect(v.evidence.found).toEqual([expect.objectContaining({ cause })]);
  });

  it.skipIf(!HAS_PUBLIC_DUMPS)('a deadlock in a third-party jstack dump is a verdict by itself', async () => {
    const r = await run('deadlock');
    expectRules(r, ['threads-deadlocked']);
    expect(verdictOf(r, 'threads-deadlocked').detail).toMatch(/^Deadlock \(DeadlockThread-A, DeadlockThread-B\)/);
  });

  it('BLOCKED email threads are a verdict by itself', async () => {
    const r = await run('email-blocked');
    expectRules(r, ['email-threads-blocked']);
    expect(verdictOf(r, 'email-threads-blocked').detail).toMatch(/blocked behind ticket-sync/);
  });

  it('an SSL handshake hang is a verdict, next to the email thread it blocks', async () => {
    const r = await run('ssl-hang');
    expectRules(r, ['ssl-handshake-hang', 'email-threads-blocked']);
    expect(verdictOf(r, 'ssl-handshake-hang').detail).toMatch(/imap-ssl-verify \(BLOCKED/);
  });

  it('a SEND_FAILED spike in the Email Audit is a verdict by itself', async () => {
    const r = await run('send-failed-spike');
    expectRules(r, ['send-failed-spike']);
    expect(verdictOf(r, 'send-failed-spike').detail).toMatch(/12 SEND_FAILED \(0 SENT\)/);
  });

  it('emails stuck at step 4 in the Email Audit are a verdict by itself', async () => {
    const r = await run('stuck-at-processing');
    expectRules(r, ['stuck-at-processing']);
    expect(verdictOf(r, 'stuck-at-processing').detail).toMatch(/Café machine broken/);
  });

  it('a token endpoint refusing the secret is the OAuth verdict', async () => {
    const r = await run('oauth-refused');
    expectRules(r, ['oauth-token-refused']);
    expect(verdictOf(r, 'oauth-token-refused').detail).toMatch(/AADSTS7000222/);
  });

  it('mailbox chains: the stage that failed first, the mailbox whose notifications go through it, and the one that works', async () => {
    const r = await run('mailboxes');
    expectRules(r, ['mailbox-broken', 'mailbox-broken', 'notifications-failing', 'mailbox-ok']);
    const broken = r.verdicts.filter((v) => v.evidence.rule === 'mailbox-broken');
    expect(broken.map((v) => [v.evidence.server, v.evidence.stage, v.evidence.cause])).toEqual([
      ['support', 'port', 'tcp.refused'],
      ['relay', 'port', 'tcp.refused'],
    ]);
    expect(broken[0]!.detail).toMatch(/stops at port: .*; tls, auth not tried$/);
    expect(verdictOf(r, 'notifications-failing').detail).toBe('notifications for "support" go out through "relay", which stops at port');
    expect(verdictOf(r, 'mailbox-ok').detail).toMatch(/^outgoing "notify" \(smtp 127\.0\.0\.1:\d+\): port → tls → auth all passed$/);
    expect(r.verdicts.at(-1)?.cause).toBe('verdict.mailbox-ok');
  });

  it('offline folds the mailbox failure it explains, and not the deadlock it cannot explain', async () => {
    const r = await run('offline');
    expectRules(r, ['offline', 'threads-deadlocked']);
    const offline = verdictOf(r, 'offline');
    expect(offline.detail).toMatch(/explains incoming "support" at dns$/);
    expect(offline.evidence.explains).toEqual([expect.objectContaining({ cause: 'verdict.mailbox-broken' })]);
    expect(verdictOf(r, 'threads-deadlocked').detail).toMatch(/Deadlock between email threads \(emailjob-1, emailjob-2\)/);
  });

  it('names failing while a literal address answers is DNS, and it folds the mailbox whose name failed', async () => {
    const r = await run('dns-broken');
    expectRules(r, ['dns-not-connectivity']);
    expect(verdictOf(r, 'dns-not-connectivity').detail).toMatch(/explains incoming "support" at dns$/);
  });

  it('a socket read without timeout becomes the hung-job verdict only with the scheduler and logs agreeing; agreement raises and rewords', async () => {
    const r = await run('email-job-hung');
    expectRules(r, ['email-job-hung', 'polling-stopped', 'email-trigger', 'email-threads-blocked', 'ssl-handshake-hang']);
    const hung = verdictOf(r, 'email-job-hung');
    expect(hung.detail).toMatch(/smtp-sender-1 reads from a socket with no timeout/);
    expect(hung.detail).toMatch(
      /confirmed by quartz \(quartz\.trigger\.blocked-by-running-job, quartz\.trigger\.stale, quartz\.fired\.stuck\), logs \(log\.polling\.stopped\)$/,
    );
    const polling = verdictOf(r, 'polling-stopped');
    expect(polling.detail).toMatch(/confirmed by threaddump \(.*\), quartz \(.*\)$/);
    expect(polling.detail).not.toMatch(/no other check/);
  });

  it.skipIf(!HAS_PUBLIC_DUMPS)('a healthy host has no verdict, even with log failures and third-party dumps full of BLOCKED threads', async () => {
    const r = await run('healthy');
    expect(r.report.results.map((x) => x.status)).toContain('fail');
    expectRules(r, []);
  });

  it('a stopped service is a verdict, confirmed by polling that stopped', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'md-systemctl-'));
    writeFileSync(join(bin, 'systemctl'), `#!/bin/sh\ncat '${join(FIXTURES, 'scenarios', 'systemctl-failed.txt')}'\nexit 3\n`);
    chmodSync(join(bin, 'systemctl'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const logs = logsCheck(logsSettings({ paths: [join(FIXTURES, 'logs/tenant/apolo/logs')], until: '2026-11-21 11:30:00', workers: 0 }, process.cwd()));
      const results = await runChecks([serviceCheck('flotomate-main', () => true), logs]);
      const verdicts = drawVerdicts(results, []);
      const rules = verdicts.map((v) => String(v.evidence.rule));
      rules.forEach((x) => reached.add(x));
      expect(rules.sort()).toEqual(['polling-stopped', 'service-down']);
      expect(verdicts.find((v) => v.evidence.rule === 'service-down')?.detail).toMatch(
        /^flotomate-main is failed \(Result: exit-code\) since Sat 2026-11-21 10:02:41 UTC — found by service \(service\.inactive\); confirmed by logs \(log\.polling\.stopped\)$/,
      );
    } finally {
      process.env.PATH = path;
    }
  });

  it('every rule of the table is reached by a scenario, and every cause a rule names exists', () => {
    for (const rule of VERDICT_RULES) for (const cause of ruleCauses(rule)) expect(isCauseId(cause), `${rule.id}: ${cause}`).toBe(true);
    if (!HAS_PUBLIC_DUMPS) return;
    expect(VERDICT_RULES.map((r) => r.id).filter((id) => !reached.has(id))).toEqual([]);
  });
});
