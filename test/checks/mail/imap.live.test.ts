import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imapCheck, type ImapCheckOptions } from '../../../src/checks/mail/imap.js';
import type { MailAuth } from '../../../src/checks/mail/auth.js';
import { resolveTarget } from '../../../src/checks/mail/target.js';
import { runChecks } from '../../../src/core/runner.js';
import { buildReport } from '../../../src/core/report.js';
import { Secret } from '../../../src/core/secret.js';
import { renderReport } from '../../../src/render/index.js';
import type { CheckResult } from '../../../src/core/types.js';
import { testCerts } from '../../helpers/certs.js';
import { startDovecot, startIntrospection, type DovecotServer, type IntrospectionServer } from '../../helpers/dovecot.js';
import { hostilePeerCases } from '../../helpers/hostile-mail-peers.js';
import { liveAvailable } from '../../helpers/live.js';
import { lineServer, type TestServer } from '../../helpers/net-servers.js';

const live = liveAvailable('dovecot', 'doveadm');
const ALICE = 'alice@example.test';
const PASSWORD = 'Im4p-Pa55-alice';
const TOKEN = 'ya29.imap-good-token-0123456789';
const password = (value = PASSWORD): MailAuth => ({ kind: 'password', secret: new Secret(value) });
const token = (value = TOKEN): MailAuth => ({ kind: 'token', secret: new Secret(value) });
const causes = (r: CheckResult) => r.findings.map((f) => f.cause);

let dovecot: DovecotServer;
let introspection: IntrospectionServer;
const extra: TestServer[] = [];

async function run(host: string, port: number, security: 'tls' | 'starttls' | 'none', o: Partial<ImapCheckOptions>, timeoutMs = 4000): Promise<CheckResult> {
  const target = await resolveTarget('imap', { host, port, security, ca: testCerts().caPath }, '/');
  const [result] = await runChecks([imapCheck({ target, auth: o.auth ?? { kind: 'none' }, ...o })], { verbose: true, timeoutMs });
  if (!result) throw new Error('no result');
  return result;
}

describe.skipIf(!live)('imap against a real Dovecot on 127.0.0.1', () => {
  beforeAll(async () => {
    introspection = await startIntrospection({ [TOKEN]: ALICE });
    dovecot = await startDovecot({
      users: { [ALICE]: PASSWORD, 'bob@example.test': 'b0b-secret', 'mailbox@example.test': 'mailbox' },
      oauthIntrospectionUrl: introspection.url,
      oauthMechanisms: ['xoauth2'],
    });
    dovecot.deliver(ALICE, { subject: 'Printer on fire' });
    dovecot.deliver(ALICE, { subject: 'Already read', seen: true });
    dovecot.deliver(ALICE, { subject: 'VPN down' });
  });
  afterAll(async () => {
    await dovecot?.stop();
    await introspection?.close();
    await Promise.all(extra.map((s) => s.close()));
  });

  it('implicit TLS login, EXAMINE INBOX: counts, UIDVALIDITY, IDLE', async () => {
    const r = await run('localhost', dovecot.ports.imaps, 'tls', { user: ALICE, auth: password() });
    expect(r.status).toBe('pass');
    expect(r.evidence).toMatchObject({ encrypted: true, idle: true, mailbox: { path: 'INBOX', exists: 3, unseen: 2, readOnly: true } });
    expect(String((r.evidence.mailbox as { uidValidity: string }).uidValidity)).toMatch(/^\d+$/);
    expect(r.transcript?.map((l) => l.text).some((t) => /EXAMINE INBOX/.test(t))).toBe(true);
    expect(r.transcript?.map((l) => l.text).some((t) => /\bSELECT\b|\bFETCH\b|\bSTORE\b/.test(t))).toBe(false);
  });

  it('STARTTLS on the plain port logs in too', async () => {
    const r = await run('localhost', dovecot.ports.imap, 'starttls', { user: ALICE, auth: password() });
    expect(r.status).toBe('pass');
    expect(r.evidence.encrypted).toBe(true);
    expect(r.transcript?.map((l) => l.text)).toEqual(expect.arrayContaining([expect.stringMatching(/STARTTLS/)]));
  });

  it('wrong password -> imap.auth.failed ([AUTHENTICATIONFAILED])', async () => {
    const r = await run('localhost', dovecot.ports.imaps, 'tls', { user: ALICE, auth: password('wrong-password-1') });
    expect(r.status).toBe('fail');
    expect(causes(r)).toEqual(['imap.auth.failed']);
    expect(String(r.findings[0]?.evidence.reply)).toMatch(/AUTHENTICATIONFAILED/);
    expect((r.evidence.stages as Array<{ stage: string; result: string }>).map((s) => `${s.stage}:${s.result}`)).toEqual([
      'connect:ok',
      'tls:ok',
      'greeting:ok',
      'auth:failed',
      'after-auth:not run',
      'mailbox:not run',
    ]);
  });

  it('unknown user -> imap.auth.failed', async () => {
    const r = await run('localhost', dovecot.ports.imaps, 'tls', { user: 'nobody@example.test', auth: password() });
    expect(causes(r)).toEqual(['imap.auth.failed']);
  });

  it('plaintext login refused before STARTTLS (remote client, no encryption) -> imap.login-disabled', async () => {
    const r = await run(dovecot.remoteAddress, dovecot.ports.imap, 'none', { user: ALICE, auth: password() });
    expect(r.status).toBe('fail');
    expect(causes(r)).toEqual(['mail.cleartext-credentials', 'imap.login-disabled']);
    expect(r.evidence.capabilities).toContain('LOGINDISABLED');
  });

  it('the rendered text of a cleartext login cites the practices for both server kinds, not the outgoing server section', async () => {
    const r = await run(dovecot.remoteAddress, dovecot.ports.imap, 'none', { user: ALICE, auth: password() });
    const text = renderReport(buildReport({ command: 'imap', startedAt: new Date(), failOn: 'fail', results: [r] }), 'text', {
      color: false,
      verbose: false,
      quiet: false,
    });
    const block = text.slice(text.indexOf('[mail.cleartext-credentials]'));
    expect(block).toMatch(/Ref: ServiceOps — Email Server Troubleshooting › Configuration Best Practices; RFC 8314\n/);
    expect(block.slice(0, block.indexOf('[imap.login-disabled]'))).not.toContain('Outgoing Email Server');
  });

  it("a password that is the user name is said so, which explains the masked name; the guide's words stay whole", async () => {
    const r = await run('localhost', dovecot.ports.imaps, 'tls', { user: 'mailbox@example.test', auth: password('mailbox') });
    expect(causes(r)).toEqual(['mail.password-is-user-name']);
    const text = renderReport(buildReport({ command: 'imap', startedAt: new Date(), failOn: 'fail', results: [r] }), 'text', {
      color: false,
      verbose: false,
      quiet: false,
    });
    expect(text).toContain('logged in as ***@example.test');
    expect(text).toContain("the password is the user name's part before @");
    expect(text).toContain('Anyone who knows the mailbox address can log in.');
  });

  it('AUTHENTICATE XOAUTH2 with a token the introspection endpoint knows', async () => {
    const r = await run('localhost', dovecot.ports.imaps, 'tls', { user: ALICE, auth: token() });
    expect(r.status).toBe('pass');
    expect(r.evidence.mechanism).toBe('XOAUTH2');
    expect(r.transcript?.map((l) => l.text)).toContainEqual(expect.stringMatching(/^\S+ AUTHENTICATE XOAUTH2 \*\*\*$/));
  });

  it('XOAUTH2 with an unknown token -> mail.auth.oauth-rejected with the provider status', async () => {
    const r = await run('localhost', dovecot.ports.imaps, 'tls', { user: ALICE, auth: token('ya29.expired-token-000000') });
    expect(causes(r)).toEqual(['mail.auth.oauth-rejected']);
    expect(r.findings[0]?.evidence.oauthStatus).toMatchObject({ status: '401' });
  });

  it('a server offering both OAUTHBEARER and XOAUTH2: imapflow uses OAUTHBEARER, reported as the mechanism', async () => {
    const both = await startDovecot({ users: { [ALICE]: PASSWORD }, oauthIntrospectionUrl: introspection.url });
    try {
      const r = await run('localhost', both.ports.imaps, 'tls', { user: ALICE, auth: token() });
      expect(r.status).toBe('pass');
      expect(r.evidence.mechanism).toBe('OAUTHBEARER');
      expect(r.evidence.authMechanisms).toEqual(expect.arrayContaining(['XOAUTH2', 'OAUTHBEARER']));
      expect(JSON.stringify(r)).not.toContain(TOKEN);
    } finally {
      await both.stop();
    }
  });

  it('a folder that does not exist -> imap.mailbox-not-found', async () => {
    const r = await run('localhost', dovecot.ports.imaps, 'tls', { user: ALICE, auth: password(), mailbox: 'Helpdesk' });
    expect(causes(r)).toEqual(['imap.mailbox-not-found']);
  });

  it('no credentials: greeting and capabilities only, as info', async () => {
    const r = await run('localhost', dovecot.ports.imaps, 'tls', {});
    expect(r.status).toBe('pass');
    expect(causes(r)).toEqual(['mail.no-credentials']);
    expect(r.evidence.authMechanisms).toEqual(expect.arrayContaining(['PLAIN', 'LOGIN', 'XOAUTH2']));
  });

  it('read-only: after the checks every message is still there with its \\Seen flag unchanged', async () => {
    const before = dovecot.messages(ALICE).map((m) => ({ name: m.name, seen: m.seen }));
    expect(before).toHaveLength(3);
    await run('localhost', dovecot.ports.imaps, 'tls', { user: ALICE, auth: password() });
    await run('localhost', dovecot.ports.imap, 'starttls', { user: ALICE, auth: token() });
    const after = dovecot.messages(ALICE).map((m) => ({ name: m.name, seen: m.seen }));
    expect(after).toEqual(before);
    expect(after.filter((m) => m.seen)).toHaveLength(1);
  });
});

describe('imap against misbehaving peers', () => {
  afterAll(async () => {
    await Promise.all(extra.map((s) => s.close()));
  });

  it('XOAUTH2 accepted but the next command fails (Microsoft) -> imap.not-connected at after-auth', async () => {
    const srv = await lineServer(
      '* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 IDLE] The Microsoft Exchange IMAP4 service is ready.\r\n',
      (line) => {
        const [tag, cmd] = line.split(' ');
        if (!tag || !cmd) return null;
        if (/^CAPABILITY$/i.test(cmd)) return `* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 IDLE\r\n${tag} OK CAPABILITY completed.\r\n`;
        if (/^AUTHENTICATE$/i.test(cmd)) return `${tag} OK AUTHENTICATE completed.\r\n`;
        if (/^LOGOUT$/i.test(cmd)) return `* BYE\r\n${tag} OK LOGOUT completed.\r\n`;
        return `${tag} BAD User is authenticated but not connected.\r\n`;
      },
    );
    extra.push(srv);
    const r = await run('localhost', srv.port, 'none', { user: ALICE, auth: token() });
    expect(r.findings.filter((f) => f.severity === 'fail').map((f) => [f.cause, f.evidence.stage])).toEqual([['imap.not-connected', 'after-auth']]);
    expect(r.transcript?.map((l) => l.text)).toContain('1 AUTHENTICATE XOAUTH2 ***');
  });
});

describe('imap against the peers every mail check must survive', () => {
  hostilePeerCases({
    protocol: 'imap',
    greeting: '* OK',
    credentials: /\b(LOGIN|AUTHENTICATE)\b/i,
    run: (port, security, timeoutMs) => run('localhost', port, security, { user: ALICE, auth: password() }, timeoutMs),
  });
});
