// `maildoctor logs` through the CLI: report, exit codes, usage errors.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const FIXTURE = 'fixtures/logs/tenant/apolo/logs';

describe('maildoctor logs', () => {
  it('scans a folder and exits 1 with failing causes in the JSON report', async () => {
    const r = await runJson(['logs', FIXTURE, '--until', '2026-11-21 10:40:00', '--workers', '0']);
    expect(r.code).toBe(1);
    const result = r.report.results[0];
    expect(result.id).toBe('logs');
    expect(result.status).toBe('fail');
    expect(result.findings.some((f: { cause: string }) => f.cause === 'log.connection.failed')).toBe(true);
    expect(r.stdout).not.toContain('Hunter2Secret');
  });

  it('prints causes, sparkline-bearing details and fixes as text', async () => {
    const r = await runCli(['logs', FIXTURE, '--until', '2026-11-21 10:40:00', '--workers', '0', '--bucket', '15m', '--format', 'text', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Mail server connection failures in the logs/);
    expect(r.stdout).toMatch(/per 15 min: [▁▂▃▄▅▆▇█ ]+/);
    expect(r.stdout).toMatch(/Polling stopped/);
  });

  it('rejects bad values with one line and exit 2', async () => {
    for (const args of [
      ['logs', FIXTURE, '--since', 'yesterday'],
      ['logs', FIXTURE, '--bucket', '10s'],
      ['logs', FIXTURE, '--grep', '(unclosed'],
      ['logs', FIXTURE, '--samples', 'many'],
      ['logs', 'no/such/dir'],
      ['logs', FIXTURE, '--tenant', 'apolo'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe.skipIf(existsSync('/opt/flotomate/main-server'))('maildoctor logs without arguments', () => {
  it('says that no tenant logs folder was found under /opt/flotomate/main-server', async () => {
    const r = await runCli(['logs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no tenant logs folder found under \/opt\/flotomate\/main-server\/\*\/logs\//);
  });
});

describe('logs as a check type of maildoctor run', () => {
  it('is registered and builds the check from a config entry, paths relative to the config', async () => {
    const { checkKind } = await import('../../src/checks/index.js');
    const { runChecks } = await import('../../src/core/runner.js');
    const { resolve } = await import('node:path');
    const { configBuildContext, fromConfig } = await import('../helpers/contexts.js');
    expect(checkKind('logs')).toBeDefined();
    const checks = await fromConfig(
      { type: 'logs', paths: ['tenant/apolo/logs'], until: '2026-11-21 10:40:00', samples: 1 },
      configBuildContext({}, resolve('fixtures/logs')),
    );
    const [result] = await runChecks(checks);
    expect(result?.status).toBe('fail');
    expect(result?.findings.find((f) => f.cause === 'log.connection.failed')?.evidence).toMatchObject({ count: 3 });
  });
});
