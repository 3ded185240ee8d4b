// Every command that can meet a secret, in every format with -v: the secret must never come out.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { closedPort } from './helpers/net-servers.js';

const SECRETS = {
  password: 'Leak-Test-Pa55word-9731',
  token: 'ya29.LeakTestAccessToken-77aa',
  clientSecret: 'Zx8Q~LeakTestClientSecret~42',
  dbPassword: 'Db-Leak-Secret-5521',
};
const ALL = Object.values(SECRETS);
const FORMATS = ['text', 'json', 'markdown', 'junit', 'nagios', 'html'];

function expectClean(out: { stdout: string; stderr: string }, what: string): void {
  for (const s of ALL) {
    expect(out.stdout, `${what}: stdout`).not.toContain(s);
    expect(out.stderr, `${what}: stderr`).not.toContain(s);
    const b64 = Buffer.from(s).toString('base64');
    expect(out.stdout, `${what}: base64`).not.toContain(b64);
  }
}

describe('no secret leaves maildoctor, whatever the command and format', () => {
  let dir: string;
  let dbPort: number;
  const env = { DB_PW: SECRETS.dbPassword, SMTP_PW: SECRETS.password, TOKEN: SECRETS.token, SECRET: SECRETS.clientSecret };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'md-leak-'));
    dbPort = await closedPort();
    mkdirSync(join(dir, 'logs'));
    writeFileSync(
      join(dir, 'logs', 'email.log'),
      [
        `2026-11-21 10:15:32,123 ERROR [emailjob-1] Outgoing failed: Invalid username or password (password=${SECRETS.password})`,
        `2026-11-21 10:16:00,001 ERROR [emailjob-2] OAuth token refresh failed: Authorization: Bearer ${SECRETS.token} invalid_grant AADSTS70008`,
        `2026-11-21 10:17:00,001 INFO [emailjob-3] client_secret=${SECRETS.clientSecret} loaded`,
        // A routine line the scanner counts without a regex: its sample is decoded later, and must be redacted too.
        `2026-11-21 10:18:00,001 INFO  [EmailProcessor-1] c.m.s.email.EmailAuditService - Incoming mail received successfully password=${SECRETS.password} access_token=${SECRETS.token}`,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'props.txt'),
      `client_id=abc\nclient_secret=${SECRETS.clientSecret}\nclient_secret=${SECRETS.clientSecret}x\nclient_secret =${SECRETS.clientSecret}\n`,
    );
    writeFileSync(
      join(dir, 'audit.csv'),
      [
        'Event Time,Email Server,From,Subject,Status,Message',
        `2026-11-21 10:00:00,smtp-1,a@b.c,Hi,SEND_FAILED,"Outgoing failed: Authorization: Bearer ${SECRETS.token}"`,
        '',
      ].join('\r\n'),
    );
  });

  const cases: Array<[string, () => string[]]> = [
    ['explain', () => ['explain', `Outgoing failed: auth failed for password=${SECRETS.password} and access_token=${SECRETS.token}`]],
    ['logs', () => ['logs', join(dir, 'logs')]],
    ['config lint', () => ['config', 'lint', join(dir, 'props.txt')]],
    ['audit', () => ['audit', join(dir, 'audit.csv')]],
    ['quartz', () => ['quartz', '--db', `postgres://maildoctor@127.0.0.1:${dbPort}/x`, '--password-env', 'DB_PW', '--no-service']],
    ['smtp', () => ['smtp', '--host', '127.0.0.1', '--port', String(dbPort), '--security', 'none', '--user', 'u@example.test', '--password-env', 'SMTP_PW']],
    [
      'oauth',
      () => [
        'oauth',
        '--provider',
        'custom',
        '--token-url',
        `http://127.0.0.1:${dbPort}/token`,
        '--client-id',
        'id',
        '--client-secret-env',
        'SECRET',
        '--grant',
        'client_credentials',
      ],
    ],
  ];

  for (const [name, args] of cases) {
    it(name, async () => {
      for (const format of FORMATS) {
        const out = await runCli([...args(), '--format', format, '-v', '--timeout', '1000'], { env });
        if (format === 'nagios') expect(out.stdout, `${name} nagios`).toMatch(/^MAILDOCTOR (OK|WARNING|CRITICAL|UNKNOWN) - /);
        else expect(out.code, `${name} ${format}: ${out.stderr}`).not.toBe(2);
        expectClean(out, `${name} --format ${format}`);
      }
    });
  }
});
