// End to end: the token from the local token endpoint logs in by XOAUTH2 to the test SMTP server and to a real Dovecot.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../../helpers/cli.js';
import { testCerts } from '../../helpers/certs.js';
import { startDovecot, startIntrospection, type DovecotServer, type IntrospectionServer } from '../../helpers/dovecot.js';
import { liveAvailable } from '../../helpers/live.js';
import { startSmtpServer, type SmtpTestServer } from '../../helpers/smtp-server.js';
import { entraError, makeJwt, startOAuthServer, type OAuthServer } from '../../helpers/oauth-server.js';

const USER = 'helpdesk@contoso.com';
const exp = () => Math.floor(Date.now() / 1000) + 3600;
const SMTP_TOKEN = makeJwt({ aud: 'https://outlook.office.com', upn: USER, scp: 'SMTP.Send', exp: exp() });
const IMAP_TOKEN = makeJwt({ aud: 'https://outlook.office.com', upn: USER, scp: 'IMAP.AccessAsUser.All', exp: exp() });
const STRANGER = makeJwt({ aud: 'https://outlook.office.com', upn: USER, scp: 'SMTP.Send', nonce: 'not-known-to-the-server', exp: exp() });
const ok = (token: string) => ({ status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: token } });

let tokens: OAuthServer;
let dir: string;
const env = { CS: 'cs-e2e-client-secret' };

beforeAll(async () => {
  tokens = await startOAuthServer({
    graphToken: 'unused',
    cases: {
      smtp: ok(SMTP_TOKEN),
      imap: ok(IMAP_TOKEN),
      stranger: ok(STRANGER),
      consent: { status: 400, body: entraError('invalid_grant', 65001, 'The user or administrator has not consented to use the application.') },
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'maildoctor-xoauth2-'));
});
afterAll(async () => {
  await tokens.close();
  rmSync(dir, { recursive: true, force: true });
});

function runConfig(name: string, tenant: string, forWhat: 'smtp' | 'imap', mail: string[]): string {
  const file = join(dir, name);
  const oauth = [
    '  - type: oauth',
    '    name: m365',
    '    provider: microsoft',
    `    authority: ${tokens.url}`,
    `    tenant: ${tenant}`,
    '    clientId: app',
    '    clientSecretEnv: CS',
    `    for: ${forWhat}`,
  ];
  writeFileSync(file, ['checks:', ...oauth, ...mail, ''].join('\n'));
  return file;
}

describe('XOAUTH2 to SMTP (smtp-server)', () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpServer({ tokens: { [SMTP_TOKEN]: USER }, requireStartTls: true });
  });
  afterAll(async () => smtp.close());
  const smtpEntry = () => [
    '  - type: smtp',
    '    host: 127.0.0.1',
    `    port: ${smtp.port}`,
    '    security: starttls',
    `    ca: ${testCerts().caPath}`,
    `    user: ${USER}`,
    '    oauth: m365',
  ];

  it('the issued token logs in', async () => {
    const r = await runJson(['run', '--config', runConfig('smtp-ok.yaml', 'smtp', 'smtp', smtpEntry())], { env });
    const byKey = Object.fromEntries(r.report.results.map((x: { key: string; status: string }) => [x.key, x.status]));
    expect(byKey['oauth m365']).toBe('pass');
    expect(r.report.results.find((x: { id: string }) => x.id === 'smtp').status).toBe('pass');
    expect(smtp.authAttempts.at(-1)).toEqual({ user: USER, method: 'XOAUTH2', accepted: true });
  });

  it('a token the server does not accept fails the SMTP login after a passing oauth check', async () => {
    const r = await runJson(['run', '--config', runConfig('smtp-stranger.yaml', 'stranger', 'smtp', smtpEntry())], { env });
    expect(r.report.results.find((x: { key: string }) => x.key === 'oauth m365').status).toBe('pass');
    expect(r.report.results.find((x: { id: string }) => x.id === 'smtp').status).toBe('fail');
    expect(smtp.authAttempts.at(-1)).toMatchObject({ method: 'XOAUTH2', accepted: false });
  });

  it('when the token is refused, the SMTP check is skipped naming the oauth check', async () => {
    const attempts = smtp.authAttempts.length;
    const r = await runJson(['run', '--config', runConfig('smtp-consent.yaml', 'consent', 'smtp', smtpEntry())], { env });
    const oauth = r.report.results.find((x: { key: string }) => x.key === 'oauth m365');
    expect(oauth.findings[0].cause).toBe('oauth.consent.missing');
    const mail = r.report.results.find((x: { id: string }) => x.id === 'smtp');
    expect(mail.status).toBe('skip');
    expect(mail.summary).toContain('oauth m365');
    expect(smtp.authAttempts.length).toBe(attempts);
  });
});

const live = liveAvailable('dovecot', 'doveadm');

describe.skipIf(!live)('XOAUTH2 to IMAP (Dovecot with an introspection endpoint)', () => {
  let dovecot: DovecotServer;
  let introspection: IntrospectionServer;
  beforeAll(async () => {
    introspection = await startIntrospection({ [IMAP_TOKEN]: USER });
    dovecot = await startDovecot({ users: { [USER]: 'unused-password' }, oauthIntrospectionUrl: introspection.url, oauthMechanisms: ['xoauth2'] });
  });
  afterAll(async () => {
    await dovecot?.stop();
    await introspection?.close();
  });

  it('the issued token opens the mailbox over IMAPS', async () => {
    const imap = [
      '  - type: imap',
      '    host: 127.0.0.1',
      `    port: ${dovecot.ports.imaps}`,
      '    security: tls',
      `    ca: ${testCerts().caPath}`,
      `    user: ${USER}`,
      '    oauth: m365',
    ];
    const r = await runJson(['run', '--config', runConfig('imap-ok.yaml', 'imap', 'imap', imap)], { env });
    expect(r.report.results.find((x: { key: string }) => x.key === 'oauth m365').status).toBe('pass');
    const result = r.report.results.find((x: { id: string }) => x.id === 'imap');
    expect(result.status, JSON.stringify(result.findings.map((f: { cause: string; detail: string }) => [f.cause, f.detail]))).toBe('pass');
  });
});
