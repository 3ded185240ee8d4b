import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCerts } from '../../helpers/certs.js';
import { runCli, runJson } from '../../helpers/cli.js';
import { startSmtpServer, type SmtpTestServer } from '../../helpers/smtp-server.js';

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpServer({ users: { 'alice@example.test': 'Cli-Pa55-1' } });
});
afterAll(async () => smtp?.close());

/** `smtp` against the test server, logging in as alice with the password in $PW, then `extra`. */
const smtpLogin = (...extra: string[]) => [
  'smtp',
  '--host',
  'localhost',
  '--port',
  String(smtp.port),
  '--ca',
  testCerts().caPath,
  '--user',
  'alice@example.test',
  '--password-env',
  'PW',
  ...extra,
];

describe('mail commands: bad usage is one line on stderr and exit 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [['smtp'], /give the server: HOST\[:PORT\], --host HOST or --preset/],
    [['imap', '--host', 'mail.test', '--port', '70000'], /out of range/],
    [['pop3', '--host', 'mail.test', '--security', 'ssl'], /--security must be one of/],
    [['smtp', '--preset', 'yahoo'], /unknown preset "yahoo"/],
    [['imap', '--host', 'mail.test', '--user', 'a@b.test', '--password-env', 'A', '--oauth-token-env', 'B'], /not both/],
    [['smtp', '--host', 'mail.test', '--password-env', 'A'], /--user is required/],
    [['smtp', '--host', 'mail.test', '--user', 'a@b.test', '--password-env', 'NOT_SET_ANYWHERE'], /NOT_SET_ANYWHERE.*not set/],
    [['smtp', '--host', 'mail.test', '--user', 'a@b.test', '--password-env', 'p4ss!word'], /not an environment variable name/],
    [['smtp', '--host', 'mail.test', '--send-to', 'x@y.test>\r\nDATA'], /not an email address/],
    [['imap', '--host', 'mail.test', '--ca', '/nonexistent/ca.pem'], /no such file/],
    [['pop3', '--host', 'mail.test', '--password', 'hunter2'], /unknown option/],
    [['imap', 'mail.test:993', '--host', 'other.test'], /give the server once: mail\.test:993 or --host/],
    [['smtp', 'mail.test:587', '--port', '25'], /names port 587, --port 25: give the port once/],
    [['pop3', 'mail test:995'], /"mail test" is not a valid host name/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('mail commands end to end through the CLI', () => {
  it('smtp --format json: a pass report with the smtp check and its evidence', async () => {
    const r = await runJson(smtpLogin(), { env: { PW: 'Cli-Pa55-1' } });
    expect(r.code).toBe(0);
    expect(r.report.results[0]).toMatchObject({ id: 'smtp', status: 'pass', evidence: { security: 'starttls', mechanism: 'PLAIN' } });
  });

  it('the server as one argument, HOST:PORT, is the same check as --host and --port', async () => {
    const args = ['--ca', testCerts().caPath, '--user', 'alice@example.test', '--password-env', 'PW'];
    const positional = await runJson(['smtp', `localhost:${smtp.port}`, ...args], { env: { PW: 'Cli-Pa55-1' } });
    const flags = await runJson(smtpLogin(), { env: { PW: 'Cli-Pa55-1' } });
    expect(positional.code).toBe(0);
    expect(positional.report.results[0]).toMatchObject({
      id: 'smtp',
      status: 'pass',
      target: flags.report.results[0]?.target,
      evidence: { port: smtp.port, security: 'starttls' },
    });
  });

  it('a passing login renders its table row intact in text and markdown (no "PASS ***")', async () => {
    for (const format of ['text', 'markdown']) {
      const r = await runCli(smtpLogin('--no-color', '--format', format), { env: { PW: 'Cli-Pa55-1' } });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/PASS\s+[│|]\s+smtp/);
      expect(r.stdout).not.toMatch(/PASS\s+\*\*\*/);
    }
  });

  it('smtp with a wrong password exits 1 and names the cause and its fix in text output', async () => {
    const r = await runCli(smtpLogin('--no-color'), { env: { PW: 'nope-nope' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/535 5\.7\.8/);
    expect(r.stdout).toMatch(/smtp\.auth\.rejected|wrong user name or password/);
  });

  it('nagios output for a failing login is CRITICAL (exit 2)', async () => {
    const r = await runCli(smtpLogin('--format', 'nagios'), { env: { PW: 'nope-nope' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/CRITICAL/);
  });

  it('explain recognises a pasted Java mail exception', async () => {
    const r = await runJson([
      'explain',
      'javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    ]);
    const causes = r.report.results[0].findings.map((f: { cause: string }) => f.cause);
    expect(causes).toEqual(expect.arrayContaining(['mail.java.auth-failed', 'smtp.auth.client-auth-disabled']));
  });

  it('each mail command is listed in the help with its options', async () => {
    for (const name of ['smtp', 'imap', 'pop3']) {
      const r = await runCli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/--password-env/);
      expect(r.stdout).toMatch(/--oauth-token-file/);
      expect(r.stdout).toMatch(/--preset/);
    }
  });
});
