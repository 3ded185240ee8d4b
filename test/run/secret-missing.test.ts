// An unset secret variable in a run config is that check's finding, naming every missing variable; the rest still runs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { closedPort } from '../helpers/net-servers.js';

describe('secrets missing from the environment', () => {
  it('each check whose variables are unset reports all of them; every other check runs and the run exits 1, not 2', async () => {
    const port = await closedPort();
    const dir = mkdtempSync(join(tmpdir(), 'md-secrets-'));
    const file = join(dir, 'maildoctor.yaml');
    writeFileSync(
      file,
      [
        'timeout: 1500',
        'incoming:',
        `  - { name: a, protocol: imap, host: 127.0.0.1, port: ${port}, security: tls, user: a@example.test, passwordEnv: MD_MISSING_A, outgoing: b }`,
        'outgoing:',
        `  - { name: b, host: 127.0.0.1, port: ${port}, security: starttls, user: b@example.test, passwordEnv: MD_EMPTY_B, primary: true }`,
        'oauth:',
        '  - { name: m365, provider: microsoft, tenant: contoso.onmicrosoft.com, clientId: app, clientSecretEnv: MD_MISSING_C, refreshTokenEnv: MD_MISSING_D }',
        `database: { url: "postgres://u@127.0.0.1:${port}/db", passwordEnv: MD_MISSING_E }`,
        'checks:',
        '  - { type: explain, texts: ["Email Sent Successfully"] }',
        '',
      ].join('\n'),
    );
    const { code, report, stderr } = await runJson(['run', '--config', file], { env: { MD_EMPTY_B: '' } });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const missing = (id: string) => report.results.find((r: any) => r.id === id)?.findings.find((f: any) => f.cause === 'config.secret-missing');
    expect(
      missing('oauth')
        .evidence.variables.map((v: any) => v.variable)
        .sort(),
    ).toEqual(['MD_MISSING_C', 'MD_MISSING_D']);
    expect(missing('oauth').detail).toMatch(
      /MD_MISSING_\w \(for the refresh token\), MD_MISSING_\w \(for the client secret\)|MD_MISSING_\w \(for the client secret\), MD_MISSING_\w \(for the refresh token\)/,
    );
    expect(missing('imap').detail).toBe('environment variable MD_MISSING_A (for the password) is not set; set it where maildoctor runs');
    expect(missing('smtp').detail).toBe('environment variable MD_EMPTY_B (for the password) is empty; set it where maildoctor runs');
    expect(missing('quartz').evidence.variables).toEqual([{ variable: 'MD_MISSING_E', label: 'database password', empty: false }]);
    expect(report.results.find((r: any) => r.id === 'explain').status).toBe('pass');
    expect(report.results.filter((r: any) => r.id === 'port').map((r: any) => r.status)).toEqual(['fail', 'fail']);
  });

  it('on its own command line an unset variable is still one line on stderr and exit 2', async () => {
    const r = await runCli(['imap', '--host', '127.0.0.1', '--user', 'a@example.test', '--password-env', 'MD_MISSING_A']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('maildoctor: environment variable MD_MISSING_A (for the password) is not set');
  });
});
