import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { testCerts } from '../helpers/certs.js';
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js';
import { liveAvailable } from '../helpers/live.js';
import { blackholeServer, type TestServer } from '../helpers/net-servers.js';
import { schemaErrors } from '../helpers/schema.js';
import { startSmtpServer, type SmtpTestServer } from '../helpers/smtp-server.js';
import { withinTimeout } from '../helpers/timing.js';

const live = liveAvailable('dovecot', 'openssl');
const ALICE = 's3cret-alice-run';
const SMTP_PASSWORD = 'smtp-Pa55-run';
const WRONG = 'definitely-Wrong-Pa55';

describe.skipIf(!live)('maildoctor run end to end against real servers', () => {
  let dovecot: DovecotServer;
  let smtp: SmtpTestServer;
  let silent: TestServer;
  let dir: string;
  const env = () => ({ ALICE_PW: ALICE, SMTP_PW: SMTP_PASSWORD, WRONG_PW: WRONG });

  beforeAll(async () => {
    [dovecot, smtp, silent] = await Promise.all([
      startDovecot({ users: { 'alice@example.test': ALICE } }),
      startSmtpServer({ users: { 'alice@example.test': SMTP_PASSWORD }, requireStartTls: true }),
      blackholeServer(),
    ]);
    dir = mkdtempSync(join(tmpdir(), 'md-run-'));
    const ca = testCerts().caPath;
    // A whole check (a TLS login and EXAMINE) has one --timeout: 4 s leaves room for a loaded machine, and the silent
    // server's check still ends within it plus 1 s.
    writeFileSync(
      join(dir, 'maildoctor.yaml'),
      [
        'timeout: 4000',
        'incoming:',
        '  - name: support',
        '    protocol: imap',
        `    host: 127.0.0.1`,
        `    port: ${dovecot.ports.imaps}`,
        '    security: tls',
        '    user: alice@example.test',
        '    address: alice@example.test',
        '    passwordEnv: ALICE_PW',
        `    ca: ${ca}`,
        '    primary: true',
        '    outgoing: notify',
        '    technicianGroup: Service Desk',
        '    category: Email',
        '  - name: wrongpass',
        '    protocol: imap',
        '    host: 127.0.0.1',
        `    port: ${dovecot.ports.imaps}`,
        '    security: tls',
        '    user: alice@example.test',
        '    passwordEnv: WRONG_PW',
        `    ca: ${ca}`,
        '    outgoing: notify',
        '  - name: nodns',
        '    protocol: imap',
        '    host: no-such-mailhost.invalid',
        '    port: 993',
        '    user: alice@example.test',
        '    passwordEnv: ALICE_PW',
        'outgoing:',
        '  - name: notify',
        '    host: 127.0.0.1',
        `    port: ${smtp.port}`,
        '    security: starttls',
        '    user: alice@example.test',
        '    passwordEnv: SMTP_PW',
        `    ca: ${ca}`,
        '    replyTo: alice@example.test',
        '    primary: true',
        '  - name: silent',
        '    host: 127.0.0.1',
        `    port: ${silent.port}`,
        '    security: tls',
        '    replyTo: alice@example.test',
        '',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await Promise.all([dovecot?.stop(), smtp?.close(), silent?.close()]);
  });

  it('gives each mailbox its verdict within a timeout (a silent server included), exit 1, valid JSON', async () => {
    const { code, report, stderr } = await runJson(['run', '--config', join(dir, 'maildoctor.yaml')], { env: env() });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(schemaErrors(report)).toEqual([]);
    const verdict = (server: string) => report.verdicts.find((v: any) => v.evidence.server === server && v.cause.startsWith('verdict.mailbox'));
    expect(verdict('support').cause).toBe('verdict.mailbox-ok');
    expect(verdict('notify').cause).toBe('verdict.mailbox-ok');
    expect(verdict('wrongpass')).toMatchObject({ cause: 'verdict.mailbox-broken', evidence: { stage: 'auth' } });
    expect(verdict('nodns')).toMatchObject({ cause: 'verdict.mailbox-broken', evidence: { stage: 'dns' } });
    expect(verdict('silent')).toMatchObject({ cause: 'verdict.mailbox-broken', evidence: { stage: 'tls' } });
    const skipped = report.results.find((r: any) => r.key === 'incoming nodns port');
    expect(skipped.status).toBe('skip');
    expect(skipped.summary).toContain('needs incoming nodns dns');
    // The checks' own time (the report's duration): the first import of the mail libraries in a busy test worker is not the run's.
    expect(report.durationMs).toBeLessThan(withinTimeout(4000));
    expect(report.verdicts[0].severity).toBe('fail');
  });

  it('the bundle opens and holds no secret', async () => {
    const bundle = join(dir, 'ticket.tar.gz');
    const r = await runCli(['run', '--config', join(dir, 'maildoctor.yaml'), '--bundle', bundle, '--format', 'json', '-v'], { env: env() });
    expect(r.code).toBe(1);
    const files = execFileSync('tar', ['-tzf', bundle]).toString().trim().split('\n');
    expect(files).toContain('maildoctor/report.json');
    expect(files).toContain('maildoctor/summary.md');
    const all = execFileSync('tar', ['-xzOf', bundle]).toString();
    for (const secret of [ALICE, SMTP_PASSWORD, WRONG]) {
      expect(all).not.toContain(secret);
      expect(r.stdout).not.toContain(secret);
    }
    expect(JSON.parse(execFileSync('tar', ['-xzOf', bundle, 'maildoctor/report.json']).toString()).schemaVersion).toBe(1);
  });

  it('markdown puts the verdicts first, then the checks table', async () => {
    const r = await runCli(['run', '--config', join(dir, 'maildoctor.yaml'), '--format', 'markdown'], { env: env() });
    const verdicts = r.stdout.indexOf('## Verdicts');
    const checks = r.stdout.indexOf('## Checks');
    expect(verdicts).toBeGreaterThan(0);
    expect(checks).toBeGreaterThan(verdicts);
    expect(r.stdout).toContain('Mailbox chain stops at a stage');
  });

  it('nagios exits CRITICAL with one status line', async () => {
    const r = await runCli(['run', '--config', join(dir, 'maildoctor.yaml'), '--format', 'nagios'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toMatch(/^MAILDOCTOR CRITICAL - /);
  });

  it('the read-only review finds the config mistakes without the network', async () => {
    const { report } = await runJson(['run', '--config', join(dir, 'maildoctor.yaml'), '--only', 'practices,linking'], { env: env() });
    const causes = report.results.flatMap((r: any) => r.findings.map((f: any) => f.cause));
    expect(causes).toContain('practice.smtp-not-587-starttls');
    expect(report.results.map((r: any) => r.id)).toEqual(['practices', 'linking']);
  });
});

describe('run config mistakes are clear errors', () => {
  const write = (text: string) => {
    const d = mkdtempSync(join(tmpdir(), 'md-cfg-'));
    const f = join(d, 'maildoctor.yaml');
    writeFileSync(f, text);
    return f;
  };
  const cases: Array<[string, string, RegExp]> = [
    [
      'dangling link',
      'incoming:\n  - name: a\n    protocol: imap\n    host: h.example\n    outgoing: nope\n',
      /:5: incoming\[0\]\.outgoing: no outgoing server is named "nope"/,
    ],
    ['unknown oauth', 'outgoing:\n  - name: a\n    host: h.example\n    oauth: app\n', /:4: outgoing\[0\]\.oauth: no oauth entry is named "app"/],
    ['duplicate name', 'outgoing:\n  - name: a\n    host: h.example\n  - name: a\n    host: h.example\n', /:4: outgoing\[1\]\.name: "a" is used twice/],
    ['bad protocol', 'incoming:\n  - name: a\n    protocol: mapi\n', /:3: incoming\[0\]\.protocol: "mapi" is not one of imap, pop3, graph/],
    ['bad port', 'outgoing:\n  - name: a\n    host: h.example\n    port: 70000\n', /:4: outgoing\[0\]\.port: must be at most 65535/],
    ['unknown preset', 'preset: yahoo\noutgoing:\n  - name: a\n', /:1: preset: "yahoo" is not one of office365, gmail/],
    [
      'password without source',
      'outgoing:\n  - name: a\n    host: h.example\n    user: u\n    auth: password\n',
      /:5: outgoing\[0\]\.auth: auth is password but neither passwordEnv nor passwordFile/,
    ],
    [
      'secret written inline',
      'outgoing:\n  - name: a\n    host: h.example\n    password: hunter2\n',
      /:4: outgoing\[0\]\.password: unknown key \(did you mean "passwordEnv"\?\)/,
    ],
    ['no host and no preset', 'outgoing:\n  - name: a\n', /outgoing server "a" has no host/],
    ['empty document', '# nothing\n', /expected a mapping/],
  ];
  for (const [name, text, pattern] of cases) {
    it(name, async () => {
      const r = await runCli(['run', '--config', write(text)]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toContain('hunter2');
    });
  }

  it('a log folder that is not on this machine is a warning about that check, not a failed run', async () => {
    const f = write('logs:\n  dirs: [/nonexistent/maildoctor/logs]\nchecks:\n  - { type: explain, texts: ["Email Sent Successfully"] }\n');
    const { code, report } = await runJson(['run', '--config', f]);
    expect(code).toBe(0);
    const logs = report.results.find((r: any) => r.id === 'logs');
    expect(logs.status).toBe('warn');
    expect(logs.findings[0].cause).toBe('verdict.not-checked');
    expect(logs.summary).toContain('/nonexistent/maildoctor/logs');
  });

  it('init writes a config that validates, and refuses to overwrite', async () => {
    const d = mkdtempSync(join(tmpdir(), 'md-init-'));
    for (const preset of ['office365', 'gmail', 'generic']) {
      const file = join(d, `${preset}.yaml`);
      const r = await runCli(['init', file, '--preset', preset]);
      expect(r.code).toBe(0);
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/password:|secret:/i);
      const review = await runJson(['run', '--config', file, '--only', 'practices,linking'], {
        env: { MAIL_PASSWORD: 'x1', MAIL_CLIENT_SECRET: 'x2', MAIL_REFRESH_TOKEN: 'x3' },
      });
      expect(review.code).toBe(0);
      expect(review.report.results.map((r: any) => r.status)).toEqual(['pass', 'pass']);
    }
    const again = await runCli(['init', join(d, 'gmail.yaml')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; use --force/);
  });
});
