import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../../src/checks/mail/target.js';
import type { MailAuth } from '../../../src/checks/mail/auth.js';
import { smtpCheck, type SmtpCheckOptions } from '../../../src/checks/mail/smtp.js';
import { runChecks } from '../../../src/core/runner.js';
import { Secret } from '../../../src/core/secret.js';
import type { CheckResult } from '../../../src/core/types.js';
import { testCerts } from '../../helpers/certs.js';
import { closedPort, lineServer, type TestServer } from '../../helpers/net-servers.js';
import { hostilePeerCases } from '../../helpers/hostile-mail-peers.js';
import { REAL_REPLIES, startSmtpServer, type SmtpTestServer } from '../../helpers/smtp-server.js';
import { starttlsServer } from '../../helpers/tls-servers.js';

const ALICE = 'alice@example.test';
const PASSWORD = 'Sm7p-Pa55-alice';
const TOKEN = 'ya29.smtp-good-token-0123456789';
const password = (value = PASSWORD): MailAuth => ({ kind: 'password', secret: new Secret(value) });
const token = (value = TOKEN): MailAuth => ({ kind: 'token', secret: new Secret(value) });

let starttls: SmtpTestServer;
let implicit: SmtpTestServer;
let strict: SmtpTestServer;
let busy: SmtpTestServer;
const extra: TestServer[] = [];

beforeAll(async () => {
  const users = { [ALICE]: PASSWORD };
  const authReplies = {
    'tenant@example.test': REAL_REPLIES.smtpAuthDisabled,
    'basic@example.test': REAL_REPLIES.basicAuthDisabled,
    'gmail@example.test': REAL_REPLIES.appPassword,
    'flaky@example.test': REAL_REPLIES.tempAuthFailure,
  };
  starttls = await startSmtpServer({
    users,
    tokens: { [TOKEN]: ALICE },
    authReplies,
    senderReplies: { 'ceo@example.test': REAL_REPLIES.sendAsDenied },
    recipientReplies: { 'outside@elsewhere.test': REAL_REPLIES.relayDenied },
  });
  implicit = await startSmtpServer({ secure: true, users });
  strict = await startSmtpServer({ users, requireStartTls: true });
  busy = await startSmtpServer({ users, refuseConnect: REAL_REPLIES.tooManyConnections });
});

afterAll(async () => {
  await Promise.all([starttls, implicit, strict, busy].map((s) => s?.close()));
  await Promise.all(extra.map((s) => s.close()));
});

async function run(
  port: number,
  security: 'tls' | 'starttls' | 'none',
  o: Partial<SmtpCheckOptions> & { auth?: MailAuth },
  timeoutMs = 3000,
): Promise<CheckResult> {
  const target = await resolveTarget('smtp', { host: 'localhost', port, security, ca: testCerts().caPath }, '/');
  const [result] = await runChecks([smtpCheck({ target, auth: o.auth ?? { kind: 'none' }, ...o })], { verbose: true, timeoutMs });
  if (!result) throw new Error('no result');
  return result;
}
const causes = (r: CheckResult) => r.findings.map((f) => f.cause);

describe('smtp against an SMTP server on 127.0.0.1 (smtp-server answering like real servers)', () => {
  it('STARTTLS + AUTH PLAIN + NOOP: pass, with the advertised mechanisms as evidence', async () => {
    const r = await run(starttls.port, 'starttls', { user: ALICE, auth: password() });
    expect(r.status).toBe('pass');
    expect(r.summary).toMatch(/authenticated as alice@example.test with PLAIN over STARTTLS/);
    expect(r.evidence).toMatchObject({ encrypted: true, mechanism: 'PLAIN', authMechanisms: ['PLAIN', 'LOGIN', 'XOAUTH2'] });
    expect(r.transcript?.map((l) => l.text)).toEqual(expect.arrayContaining(['STARTTLS', 'AUTH PLAIN ***', 'NOOP']));
    expect(starttls.authAttempts.some((a) => a.user === ALICE && a.accepted)).toBe(true);
  });

  it('implicit TLS (465-style) logs in too', async () => {
    const r = await run(implicit.port, 'tls', { user: ALICE, auth: password() });
    expect(r.status).toBe('pass');
    expect(r.summary).toMatch(/over implicit TLS/);
  });

  it('wrong password: 535 5.7.8 -> smtp.auth.rejected with the reply as evidence', async () => {
    const r = await run(starttls.port, 'starttls', { user: ALICE, auth: password('wrong-password-1') });
    expect(r.status).toBe('fail');
    expect(causes(r)).toEqual(['smtp.auth.rejected']);
    expect(r.findings[0]?.evidence).toMatchObject({ stage: 'auth', replyCode: 535, enhancedCode: '5.7.8' });
    expect(r.evidence.stages).toEqual([
      { stage: 'connect', result: 'ok' },
      { stage: 'greeting', result: 'ok' },
      { stage: 'capabilities', result: 'ok' },
      { stage: 'starttls', result: 'ok' },
      { stage: 'auth', result: 'failed' },
      { stage: 'after-auth', result: 'not run' },
    ]);
  });

  it('unknown user gets the same 535 and cause', async () => {
    const r = await run(starttls.port, 'starttls', { user: 'nobody@example.test', auth: password() });
    expect(causes(r)).toEqual(['smtp.auth.rejected']);
  });

  it.each([
    ['tenant@example.test', 'smtp.auth.client-auth-disabled'],
    ['basic@example.test', 'smtp.auth.basic-disabled'],
    ['gmail@example.test', 'mail.app-password-required'],
    ['flaky@example.test', 'smtp.auth.temporary'],
  ])('%s: the provider reply maps to %s', async (user, cause) => {
    const r = await run(starttls.port, 'starttls', { user, auth: password() });
    expect(r.status).toBe('fail');
    expect(causes(r)).toEqual([cause]);
  });

  it('530 5.7.0 before STARTTLS -> smtp.starttls-required, plus the clear-text warning', async () => {
    const r = await run(strict.port, 'none', { user: ALICE, auth: password() });
    expect(r.status).toBe('fail');
    expect(causes(r)).toEqual(['mail.cleartext-credentials', 'smtp.starttls-required']);
    expect(r.findings[1]?.evidence).toMatchObject({ replyCode: 530, enhancedCode: '5.7.0' });
  });

  it('421 4.7.0 on connect -> smtp.rate-limited', async () => {
    const r = await run(busy.port, 'starttls', { user: ALICE, auth: password() });
    expect(r.status).toBe('fail');
    expect(causes(r)).toEqual(['smtp.rate-limited']);
    expect(r.findings[0]?.evidence).toMatchObject({ stage: 'greeting', replyCode: 421 });
  });

  it('XOAUTH2 with the known token passes, then NOOP is sent', async () => {
    const r = await run(starttls.port, 'starttls', { user: ALICE, auth: token() });
    expect(r.status).toBe('pass');
    expect(r.evidence).toMatchObject({ mechanism: 'XOAUTH2', afterAuthReply: expect.stringMatching(/^250/) });
    expect(r.transcript?.map((l) => l.text)).toContain('AUTH XOAUTH2 ***');
  });

  it('XOAUTH2 with another token: the provider JSON challenge, then mail.auth.oauth-rejected', async () => {
    const r = await run(starttls.port, 'starttls', { user: ALICE, auth: token('ya29.revoked-token-987654') });
    expect(causes(r)).toEqual(['mail.auth.oauth-rejected']);
    expect(r.findings[0]?.evidence).toMatchObject({ mechanism: 'XOAUTH2', oauthStatus: { status: '401', schemes: 'bearer' } });
  });

  it('--send-to delivers a message the server received, with its queue id', async () => {
    const before = starttls.received.length;
    const r = await run(starttls.port, 'starttls', { user: ALICE, auth: password(), sendTo: 'bob@example.test' });
    expect(r.status).toBe('pass');
    const got = starttls.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ from: ALICE, to: ['bob@example.test'], user: ALICE });
    expect(got[0]?.body).toMatch(/Subject: maildoctor test message/);
    const finding = r.findings.find((f) => f.cause === 'smtp.message-accepted');
    expect(finding?.evidence.queueId).toBe(got[0]?.queueId);
  });

  it('--from that the mailbox may not send as: 550 5.7.60 -> smtp.sendas-denied; nothing is sent', async () => {
    const before = starttls.received.length;
    const r = await run(starttls.port, 'starttls', { user: ALICE, auth: password(), from: 'ceo@example.test' });
    expect(causes(r)).toEqual(['smtp.sendas-denied']);
    expect(r.findings[0]?.evidence).toMatchObject({ stage: 'envelope', enhancedCode: '5.7.60' });
    expect(starttls.received.length).toBe(before);
  });

  it('--from accepted: MAIL FROM then RSET, nothing sent', async () => {
    const before = starttls.received.length;
    const r = await run(starttls.port, 'starttls', { user: ALICE, auth: password(), from: ALICE });
    expect(r.status).toBe('pass');
    expect(r.summary).toMatch(/MAIL FROM:<alice@example.test> accepted/);
    expect(r.transcript?.map((l) => l.text)).toContain('RSET');
    expect(starttls.received.length).toBe(before);
  });

  it('relay denied for the test recipient -> smtp.relay-denied', async () => {
    const r = await run(starttls.port, 'starttls', { user: ALICE, auth: password(), sendTo: 'outside@elsewhere.test' });
    expect(causes(r)).toEqual(['smtp.relay-denied']);
  });

  it('AUTH LOGIN when the server offers only LOGIN: the password line is masked', async () => {
    const srv = await startSmtpServer({ users: { [ALICE]: PASSWORD }, authMethods: ['LOGIN'] });
    try {
      const r = await run(srv.port, 'starttls', { user: ALICE, auth: password() });
      expect(r.status).toBe('pass');
      expect(r.evidence.mechanism).toBe('LOGIN');
      const sent = r.transcript?.filter((l) => l.dir === '>').map((l) => l.text) ?? [];
      expect(sent).toEqual(expect.arrayContaining(['AUTH LOGIN', Buffer.from(ALICE).toString('base64'), '***']));
      expect(JSON.stringify(r)).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    } finally {
      await srv.close();
    }
  });

  it('a token where the server offers no XOAUTH2 -> mail.auth.mechanism-unavailable, nothing sent', async () => {
    const srv = await startSmtpServer({ users: { [ALICE]: PASSWORD }, authMethods: ['PLAIN', 'LOGIN'] });
    try {
      const r = await run(srv.port, 'starttls', { user: ALICE, auth: token() });
      expect(causes(r)).toEqual(['mail.auth.mechanism-unavailable']);
      expect(r.findings[0]?.evidence).toMatchObject({ mechanism: 'XOAUTH2', advertised: ['PLAIN', 'LOGIN'] });
      expect(srv.authAttempts).toEqual([]);
    } finally {
      await srv.close();
    }
  });

  it('no credentials: stops after EHLO with an info finding', async () => {
    const r = await run(starttls.port, 'starttls', {});
    expect(r.status).toBe('pass');
    expect(causes(r)).toEqual(['mail.no-credentials']);
  });
});

describe('smtp against misbehaving peers: each bounded by the timeout, each a clear cause', () => {
  it('the server accepts AUTH for a token but fails the next command (Microsoft mismatched user)', async () => {
    const srv = await lineServer('220 fake.test ESMTP\r\n', (line) => {
      if (/^EHLO/i.test(line)) return '250-fake.test\r\n250 AUTH PLAIN XOAUTH2\r\n';
      if (/^AUTH/i.test(line)) return '235 2.7.0 Authentication successful\r\n';
      if (/^NOOP/i.test(line)) return '530 5.7.57 Client not authenticated to send mail. [MN2PR15CA0057.namprd15.prod.outlook.com]\r\n';
      return '221 2.0.0 bye\r\n';
    });
    extra.push(srv);
    const r = await run(srv.port, 'none', { user: ALICE, auth: token() });
    expect(causes(r)).toContain('smtp.auth.client-not-authenticated');
    expect(r.findings.find((f) => f.cause === 'smtp.auth.client-not-authenticated')?.evidence.stage).toBe('after-auth');
  });

  it('connection refused -> tcp.refused', async () => {
    const r = await run(await closedPort(), 'starttls', {});
    expect(causes(r)).toEqual(['tcp.refused']);
  });

  it('an expired certificate after STARTTLS -> tls.cert-expired, and no AUTH is sent', async () => {
    const srv = await starttlsServer('smtp', 'ok', 'expired');
    extra.push(srv);
    const r = await run(srv.port, 'starttls', { user: ALICE, auth: password() });
    expect(causes(r)).toEqual(['tls.cert-expired']);
    expect(r.transcript?.some((l) => /^AUTH/.test(l.text))).toBe(false);
  });

  it('a STARTTLS port that does not offer STARTTLS -> tls.starttls-not-offered, no AUTH in clear', async () => {
    const srv = await lineServer('220 old.test ESMTP\r\n', (line) => {
      if (/^EHLO/i.test(line)) return '250-old.test\r\n250 AUTH PLAIN LOGIN\r\n';
      if (/^STARTTLS/i.test(line)) return '502 5.5.1 Error: command not implemented\r\n';
      return '221 2.0.0 Bye\r\n';
    });
    extra.push(srv);
    const r = await run(srv.port, 'starttls', { user: ALICE, auth: password() });
    expect(causes(r)).toEqual(['tls.starttls-not-offered']);
    expect(r.transcript?.some((l) => /^AUTH/.test(l.text))).toBe(false);
  });
});

describe('smtp against the peers every mail check must survive', () => {
  hostilePeerCases({
    protocol: 'smtp',
    greeting: '220',
    credentials: /^AUTH\b/i,
    run: (port, security, timeoutMs) => run(port, security, { user: ALICE, auth: password() }, timeoutMs),
  });
});
