import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailAuth } from '../../../src/checks/mail/auth.js';
import { resolveTarget } from '../../../src/checks/mail/target.js';
import { pop3Check, type Pop3CheckOptions } from '../../../src/checks/mail/pop3.js';
import { runChecks } from '../../../src/core/runner.js';
import { Secret } from '../../../src/core/secret.js';
import type { CheckResult } from '../../../src/core/types.js';
import { testCerts } from '../../helpers/certs.js';
import { startDovecot, startIntrospection, type DovecotServer, type IntrospectionServer } from '../../helpers/dovecot.js';
import { hostilePeerCases } from '../../helpers/hostile-mail-peers.js';
import { liveAvailable } from '../../helpers/live.js';
import { lineServer, type TestServer } from '../../helpers/net-servers.js';
import { tlsServer } from '../../helpers/tls-servers.js';

const live = liveAvailable('dovecot', 'doveadm');
const ALICE = 'alice@example.test';
const PASSWORD = 'P0p3-Pa55-alice';
const TOKEN = 'ya29.pop3-good-token-0123456789';
const password = (value = PASSWORD): MailAuth => ({ kind: 'password', secret: new Secret(value) });
const token = (value = TOKEN): MailAuth => ({ kind: 'token', secret: new Secret(value) });
const causes = (r: CheckResult) => r.findings.map((f) => f.cause);
const failing = (r: CheckResult) => r.findings.filter((f) => f.severity === 'fail').map((f) => f.cause);

let dovecot: DovecotServer;
let introspection: IntrospectionServer;
const extra: TestServer[] = [];

async function run(host: string, port: number, security: 'tls' | 'starttls' | 'none', o: Partial<Pop3CheckOptions>, timeoutMs = 4000): Promise<CheckResult> {
  const target = await resolveTarget('pop3', { host, port, security, ca: testCerts().caPath }, '/');
  const [result] = await runChecks([pop3Check({ target, auth: o.auth ?? { kind: 'none' }, ...o })], { verbose: true, timeoutMs });
  if (!result) throw new Error('no result');
  return result;
}

describe.skipIf(!live)('pop3 against a real Dovecot on 127.0.0.1', () => {
  beforeAll(async () => {
    introspection = await startIntrospection({ [TOKEN]: ALICE });
    dovecot = await startDovecot({ users: { [ALICE]: PASSWORD }, oauthIntrospectionUrl: introspection.url, oauthMechanisms: ['xoauth2'] });
    dovecot.deliver(ALICE, { subject: 'Laptop broken' });
    dovecot.deliver(ALICE, { subject: 'Seen before', seen: true });
  });
  afterAll(async () => {
    await dovecot?.stop();
    await introspection?.close();
  });

  it('implicit TLS, USER/PASS, STAT: warns that IMAP is preferred, nothing fails', async () => {
    const r = await run('localhost', dovecot.ports.pop3s, 'tls', { user: ALICE, auth: password() });
    expect(r.status).toBe('warn');
    expect(causes(r)).toEqual(['pop3.instead-of-imap']);
    expect(r.evidence).toMatchObject({ encrypted: true, mechanism: 'USER', messages: 2 });
    const sent = r.transcript?.filter((l) => l.dir === '>').map((l) => l.text) ?? [];
    expect(sent).toEqual(['CAPA', `USER ${ALICE}`, 'PASS ***', 'STAT', 'QUIT']);
  });

  it('STLS on the plain port', async () => {
    const r = await run('localhost', dovecot.ports.pop3, 'starttls', { user: ALICE, auth: password() });
    expect(failing(r)).toEqual([]);
    expect(r.evidence.messages).toBe(2);
    expect(r.transcript?.map((l) => l.text)).toContain('STLS');
  });

  it('wrong password -> pop3.auth.failed', async () => {
    const r = await run('localhost', dovecot.ports.pop3s, 'tls', { user: ALICE, auth: password('wrong-password-1') });
    expect(r.status).toBe('fail');
    expect(failing(r)).toEqual(['pop3.auth.failed']);
    expect(String(r.findings.find((f) => f.cause === 'pop3.auth.failed')?.evidence.reply)).toMatch(/^-ERR/);
  });

  it('unknown user -> pop3.auth.failed', async () => {
    const r = await run('localhost', dovecot.ports.pop3s, 'tls', { user: 'nobody@example.test', auth: password() });
    expect(failing(r)).toEqual(['pop3.auth.failed']);
  });

  it('plaintext login refused before STLS (remote client, no encryption) -> pop3.plaintext-disallowed', async () => {
    const r = await run(dovecot.remoteAddress, dovecot.ports.pop3, 'none', { user: ALICE, auth: password() });
    expect(r.status).toBe('fail');
    expect(causes(r)).toEqual(['pop3.instead-of-imap', 'mail.cleartext-credentials', 'pop3.plaintext-disallowed']);
  });

  it('AUTH XOAUTH2 with a known token', async () => {
    const r = await run('localhost', dovecot.ports.pop3s, 'tls', { user: ALICE, auth: token() });
    expect(failing(r)).toEqual([]);
    expect(r.evidence).toMatchObject({ mechanism: 'XOAUTH2', messages: 2 });
    expect(r.transcript?.map((l) => l.text)).toContain('AUTH XOAUTH2 ***');
  });

  it('AUTH XOAUTH2 with an unknown token -> mail.auth.oauth-rejected', async () => {
    const r = await run('localhost', dovecot.ports.pop3s, 'tls', { user: ALICE, auth: token('ya29.revoked-token-000000') });
    expect(failing(r)).toEqual(['mail.auth.oauth-rejected']);
    expect(r.findings.find((f) => f.cause === 'mail.auth.oauth-rejected')?.evidence.oauthStatus).toMatchObject({ status: '401' });
  });

  it('read-only: after pop3 every message is still there with its \\Seen flag unchanged; never RETR or DELE', async () => {
    const before = dovecot.messages(ALICE).map((m) => ({ name: m.name, seen: m.seen }));
    const a = await run('localhost', dovecot.ports.pop3s, 'tls', { user: ALICE, auth: password() });
    const b = await run('localhost', dovecot.ports.pop3, 'starttls', { user: ALICE, auth: token() });
    const after = dovecot.messages(ALICE).map((m) => ({ name: m.name, seen: m.seen }));
    expect(after).toEqual(before);
    expect(after).toHaveLength(2);
    for (const r of [a, b]) expect(r.transcript?.some((l) => l.dir === '>' && /^(RETR|DELE|TOP)\b/i.test(l.text))).toBe(false);
  });
});

describe('pop3 against misbehaving peers', () => {
  afterAll(async () => {
    await Promise.all(extra.map((s) => s.close()));
  });

  it('-ERR [IN-USE] after PASS -> pop3.in-use', async () => {
    const srv = await lineServer('+OK POP3 ready\r\n', (line) => {
      if (line === 'CAPA') return '+OK\r\nUSER\r\n.\r\n';
      if (line.startsWith('USER')) return '+OK\r\n';
      if (line.startsWith('PASS')) return '-ERR [IN-USE] Mailbox is locked by another POP3 session.\r\n';
      return '+OK bye\r\n';
    });
    extra.push(srv);
    const r = await run('localhost', srv.port, 'none', { user: ALICE, auth: password() });
    expect(failing(r)).toEqual(['pop3.in-use']);
  });

  it('expired certificate on 995 -> tls.cert-expired, no credentials sent', async () => {
    const srv = await tlsServer('expired', '+OK POP3 ready\r\n');
    extra.push(srv);
    const r = await run('localhost', srv.port, 'tls', { user: ALICE, auth: password() });
    expect(failing(r)).toEqual(['tls.cert-expired']);
    expect((r.evidence.stages as Array<{ stage: string; result: string }>).map((s) => `${s.stage}:${s.result}`)).toEqual([
      'connect:ok',
      'tls:failed',
      'greeting:not run',
      'capabilities:not run',
      'auth:not run',
      'after-auth:not run',
    ]);
    expect(r.transcript?.some((l) => /^(USER|PASS|AUTH)/.test(l.text))).toBe(false);
  });
});

describe('pop3 against the peers every mail check must survive', () => {
  hostilePeerCases({
    protocol: 'pop3',
    greeting: '+OK',
    credentials: /^(USER|PASS|AUTH)\b/i,
    run: (port, security, timeoutMs) => run('localhost', port, security, { user: ALICE, auth: password() }, timeoutMs),
  });
});
