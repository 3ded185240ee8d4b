import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCerts } from '../../helpers/certs.js';
import { runCli } from '../../helpers/cli.js';
import { startDovecot, startIntrospection, type DovecotServer, type IntrospectionServer } from '../../helpers/dovecot.js';
import { liveAvailable } from '../../helpers/live.js';
import { schemaErrors } from '../../helpers/schema.js';
import { startSmtpServer, type SmtpTestServer } from '../../helpers/smtp-server.js';

const live = liveAvailable('dovecot', 'doveadm');
const USER = 'alice@example.test';
const PASSWORD = 'Leak-Pa55-Zq81!';
const WRONG = 'Wrong-Pa55-Zq82!';
const TOKEN = 'ya29.LeakToken-Zq81-abcdefghijklmnop';
const BAD_TOKEN = 'ya29.BadToken-Zq83-qrstuvwxyz0123';
const FORMATS = ['text', 'json', 'markdown', 'junit', 'nagios', 'html'] as const;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** Every form a secret could leak in: itself, base64, unpadded base64, URL-encoded, and the SASL payloads. */
function forbidden(): string[] {
  const out: string[] = [];
  for (const secret of [PASSWORD, WRONG, TOKEN, BAD_TOKEN]) {
    out.push(secret, b64(secret), b64(secret).replace(/=+$/, ''), encodeURIComponent(secret));
  }
  for (const pw of [PASSWORD, WRONG]) out.push(b64(`\x00${USER}\x00${pw}`).replace(/=+$/, ''));
  for (const t of [TOKEN, BAD_TOKEN]) out.push(b64(`user=${USER}\x01auth=Bearer ${t}\x01\x01`).replace(/=+$/, ''), `Bearer ${t}`);
  return out;
}

let smtp: SmtpTestServer;
let dovecot: DovecotServer | undefined;
let introspection: IntrospectionServer | undefined;
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-leak-'));

beforeAll(async () => {
  smtp = await startSmtpServer({ users: { [USER]: PASSWORD }, tokens: { [TOKEN]: USER } });
  if (live) {
    introspection = await startIntrospection({ [TOKEN]: USER });
    dovecot = await startDovecot({ users: { [USER]: PASSWORD }, oauthIntrospectionUrl: introspection.url, oauthMechanisms: ['xoauth2'], allowPlaintext: true });
    dovecot.deliver(USER, { subject: 'hello' });
  }
  writeFileSync(join(dir, 'password.txt'), `${PASSWORD}\n`);
});
afterAll(async () => {
  await smtp?.close();
  await dovecot?.stop();
  await introspection?.close();
});

const AUTHS: Array<[string, string[], NodeJS.ProcessEnv]> = [
  ['good password (env)', ['--password-env', 'MD_SECRET'], { MD_SECRET: PASSWORD }],
  ['good password (file)', ['--password-file', join(dir, 'password.txt')], {}],
  ['wrong password', ['--password-env', 'MD_SECRET'], { MD_SECRET: WRONG }],
  ['good token', ['--oauth-token-env', 'MD_TOKEN'], { MD_TOKEN: TOKEN }],
  ['rejected token', ['--oauth-token-env', 'MD_TOKEN'], { MD_TOKEN: BAD_TOKEN }],
];

async function assertNoLeak(base: string[], auth: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const bad = forbidden();
  let json = '';
  await Promise.all(
    FORMATS.map(async (format) => {
      const r = await runCli([...base, '--user', USER, ...auth, '-v', '--format', format, '--timeout', '4000'], { env });
      const all = `${r.stdout}\n${r.stderr}`;
      expect(r.stdout.length).toBeGreaterThan(0);
      for (const s of bad) expect(all.includes(s), `${format} output contains a secret form "${s.slice(0, 6)}…"`).toBe(false);
      if (format === 'json') {
        json = r.stdout;
        expect(schemaErrors(JSON.parse(r.stdout))).toEqual([]);
      }
    }),
  );
  return json;
}

describe('no secret reaches any output: every mail command, -v, every format (JSON validated against the schema)', () => {
  const ca = testCerts().caPath;
  for (const [name, auth, env] of AUTHS) {
    it(`smtp STARTTLS, ${name}, with --send-to`, async () => {
      const json = await assertNoLeak(
        ['smtp', '--host', 'localhost', '--port', String(smtp.port), '--security', 'starttls', '--ca', ca, '--send-to', 'bob@example.test'],
        auth,
        env,
      );
      const report = JSON.parse(json);
      const sent = report.results[0].transcript.map((l: { text: string }) => l.text);
      expect(sent.some((t: string) => /^AUTH (PLAIN|XOAUTH2) \*\*\*$/.test(t))).toBe(true);
    });
  }

  it('smtp with no encryption (credentials really sent in clear) still masks the AUTH payload', async () => {
    const json = await assertNoLeak(['smtp', '--host', '127.0.0.1', '--port', String(smtp.port), '--security', 'none'], ['--password-env', 'MD_SECRET'], {
      MD_SECRET: PASSWORD,
    });
    expect(JSON.parse(json).results[0].findings.map((f: { cause: string }) => f.cause)).toContain('mail.cleartext-credentials');
  });

  for (const [name, auth, env] of AUTHS) {
    it.skipIf(!live)(`imap TLS, ${name}`, async () => {
      const json = await assertNoLeak(['imap', '--host', 'localhost', '--port', String(dovecot?.ports.imaps), '--security', 'tls', '--ca', ca], auth, env);
      expect(JSON.parse(json).results[0].transcript.length).toBeGreaterThan(3);
    });
    it.skipIf(!live)(`pop3 STLS, ${name}`, async () => {
      const json = await assertNoLeak(['pop3', '--host', 'localhost', '--port', String(dovecot?.ports.pop3), '--security', 'starttls', '--ca', ca], auth, env);
      expect(JSON.parse(json).results[0].transcript.length).toBeGreaterThan(3);
    });
  }

  it.skipIf(!live)('imap and pop3 in clear text (LOGIN / USER-PASS on the wire) mask the password', async () => {
    await assertNoLeak(['imap', '--host', '127.0.0.1', '--port', String(dovecot?.ports.imap), '--security', 'none'], ['--password-env', 'MD_SECRET'], {
      MD_SECRET: PASSWORD,
    });
    await assertNoLeak(['pop3', '--host', '127.0.0.1', '--port', String(dovecot?.ports.pop3), '--security', 'none'], ['--password-env', 'MD_SECRET'], {
      MD_SECRET: WRONG,
    });
  });
});
