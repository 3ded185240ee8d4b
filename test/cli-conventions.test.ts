// The command line's Unix and monitoring conventions, end to end through main(): help, errors as UNKNOWN for nagios,
// --only/--skip typos, -o -, colour, thresholds, --max-time and `-` (or /dev/stdin) for every input.
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../src/cli.js';
import { testCerts } from './helpers/certs.js';
import { runCli, runJson } from './helpers/cli.js';
import { blackholeServer, listen, type TestServer } from './helpers/net-servers.js';
import { tlsServer } from './helpers/tls-servers.js';

const F = join(process.cwd(), 'fixtures');
const ANSI = /\u001b\[\d+m/;

function expectUnknown(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(3);
  expect(r.stderr).toBe('');
  expect(r.stdout.split('\n')).toHaveLength(2);
  expect(r.stdout).toMatch(/^MAILDOCTOR UNKNOWN - /);
  expect(r.stdout).toMatch(pattern);
}

describe('help', () => {
  it.each(COMMANDS.map((c) => [c.id]))('maildoctor %s --help lists the global options', async (id) => {
    const r = await runCli([...id.split(' '), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Global Options:');
    for (const flag of [
      '--format <format>',
      '-o, --output <file>',
      '--timeout <ms>',
      '--color',
      '--no-color',
      '--max-time <time>',
      '--warning <range>',
      '--critical <range>',
    ])
      expect(r.stdout).toContain(flag);
  });
});

describe('--format nagios errors are UNKNOWN status lines with exit 3', () => {
  it.each([
    [['port', '127.0.0.1:1', '--bogus'], /unknown option '--bogus'/],
    [['audit', '/nonexistent/export.csv'], /cannot read .*\/nonexistent\/export\.csv/],
    [['tls', '127.0.0.1:1', '--critical', 'ten'], /"ten" is not a number/],
    [['run', '--config', join(F, 'config/valid.yaml'), '--only', 'tlss'], /--only: no check is called "tlss"; this run has explain, port/],
    [['port', '127.0.0.1:1', '--max-time', '0'], /--max-time/],
  ])('%j', async (args, pattern) => {
    expectUnknown(await runCli([...args, '--format', 'nagios']), pattern);
    expectUnknown(await runCli([...args, '--format=nagios']), pattern);
  });

  it('other formats keep one line on stderr and exit 2', async () => {
    const r = await runCli(['audit', '/nonexistent/export.csv', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^maildoctor: cannot read /);
  });
});

describe('--only and --skip', () => {
  it('an unknown id exits 2 naming the ids this run has and the others', async () => {
    const r = await runCli(['run', '--config', join(F, 'config/valid.yaml'), '--skip', 'prot']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^maildoctor: --skip: no check is called "prot"; this run has explain, port \(other ids: audit, ca-store, .*tls, triage\), or give a key such as "port 127\.0\.0\.1:1"\n$/,
    );
  });

  it('a known id that this run does not have is fine to skip', async () => {
    const r = await runJson(['run', '--config', join(F, 'config/valid.yaml'), '--skip', 'quartz,explain']);
    expect(r.report.results.map((x: { id: string }) => x.id)).toEqual(['port']);
  });
});

describe('-o', () => {
  it('- is standard output', async () => {
    const r = await runCli(['explain', '535 5.7.8 Error: authentication failed', '-o', '-', '--format', 'json']);
    expect(JSON.parse(r.stdout).results[0].id).toBe('explain');
    expect(r.stderr).toBe('');
  });

  it('a file is written whole, with nothing on stdout and nothing left beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-out-'));
    const r = await runCli(['explain', '535 5.7.8 Error: authentication failed', '-o', join(dir, 'r.prom'), '--format', 'prometheus', '-q']);
    expect(r.stdout + r.stderr).toBe('');
    expect(readFileSync(join(dir, 'r.prom'), 'utf8')).toMatch(/^# HELP maildoctor_check_status /);
    expect(readdirSync(dir)).toEqual(['r.prom']);
  });
});

describe('colour', () => {
  const args = ['explain', '535 5.7.8 Error: authentication failed'];
  it('none into a pipe by default, --color and FORCE_COLOR force it, --no-color beats FORCE_COLOR', async () => {
    expect((await runCli(args)).stdout).not.toMatch(ANSI);
    expect((await runCli([...args, '--color'])).stdout).toMatch(ANSI);
    expect((await runCli([...args, '--color'], { env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(args, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(args, { env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI);
    expect((await runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli([...args, '--color', '--format', 'json'])).stdout).not.toMatch(ANSI);
  });
});

describe('thresholds on a real TLS endpoint', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await tlsServer('expiringSoon');
  });
  afterAll(async () => {
    await server.close();
  });
  const tls = () => ['tls', `localhost:${server.port}`, '--starttls', 'none', '--ca', testCerts().caPath, '--warn-days', '5', '--format', 'nagios'];

  it('a bare range is about the certificate days: CRITICAL under it', async () => {
    const ok = await runCli(tls());
    expect(ok.stdout).toMatch(/^MAILDOCTOR OK - 1 of 1 checks passed \| .*tls_cert_days=(9|10) causes=/);
    const r = await runCli([...tls(), '--warning', '30:', '--critical', '20:']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /^MAILDOCTOR CRITICAL - 0 of 1 checks not OK: tls localhost:\d+ cert-days (9|10) \(critical 20:\) \| .*tls_cert_days=(9|10);30:;20:/,
    );
  });

  it('a named range, WARNING between the two', async () => {
    const r = await runCli([...tls(), '--warning', 'cert-days=30:', '--critical', 'cert-days=7:']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^MAILDOCTOR WARNING - /);
  });

  it('a bare range where the command measures nothing in particular is a usage error', async () => {
    expectUnknown(await runCli(['explain', 'x', '--format', 'nagios', '--warning', '5']), /does not say which figure it is for/);
  });
});

describe('--max-time', () => {
  let silent: TestServer;
  let open: TestServer;
  beforeAll(async () => {
    silent = await blackholeServer();
    open = await listen(createServer((s) => s.end()));
  });
  afterAll(async () => {
    await Promise.all([silent.close(), open.close()]);
  });

  it('stops what is still running, reports what finished, and nagios says UNKNOWN', async () => {
    const started = Date.now();
    const r = await runCli(['tls', `127.0.0.1:${silent.port}`, '--timeout', '30s', '--max-time', '2', '--format', 'nagios']);
    expect(Date.now() - started).toBeLessThan(5 * 2000 + 1000);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^MAILDOCTOR UNKNOWN - 1 of 1 checks not OK: tls 127\.0\.0\.1:\d+ not finished within --max-time 2 s \|/);
    const both = await runJson(['port', `127.0.0.1:${open.port}`, '--max-time', '2']);
    expect(both.report.results[0].status).toBe('pass');
  });
});

/** The same command reading the file, and reading it from standard input. */
const STDIN_CASES: Array<[string, string[], string]> = [
  ['audit', ['audit', '-'], join(F, 'audit/full.csv')],
  ['eml', ['eml', '-'], join(F, 'eml/new.eml')],
  ['threaddump', ['threaddump', '-'], join(F, 'threaddump/ssl-hang.jstack.txt')],
  ['logs', ['logs', '-'], join(F, 'logs/tenant/apolo/logs/email.log')],
  ['logs /dev/stdin', ['logs', '/dev/stdin'], join(F, 'logs/tenant/apolo/logs/email.log')],
  ['run --config', ['run', '--config', '-'], join(F, 'config/valid.yaml')],
  [
    'quartz --file',
    ['quartz', '--no-service', '--file', join(F, 'quartz/stale/qrtz_triggers.csv'), '--file', '-'],
    join(F, 'quartz/stale/qrtz_simple_triggers.csv'),
  ],
];

describe('"-" reads standard input', () => {
  it.each(STDIN_CASES)('%s: the same findings as from the file, the target says "standard input"', async (_name, args, file) => {
    const fromFile = await runJson(args.map((a) => (a === '-' || a === '/dev/stdin' ? file : a)));
    const fromStdin = await runJson(args, { stdin: readFileSync(file) });
    expect(fromStdin.stderr).toBe('');
    const causes = (r: typeof fromFile) => r.report.results.map((x: { findings: { cause: string }[] }) => x.findings.map((f) => f.cause));
    expect(causes(fromStdin)).toEqual(causes(fromFile));
    expect(causes(fromStdin).flat().length).toBeGreaterThan(0);
    expect(fromStdin.code).toBe(fromFile.code);
    if (args[0] !== 'run') expect(fromStdin.report.results[0].target).toContain('standard input');
    expect(fromStdin.stdout).not.toContain(join(tmpdir(), 'maildoctor-'));
  });

  it('standard input can be named once only', async () => {
    const r = await runCli(['audit', '-', '/dev/stdin'], { stdin: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/standard input can be read only once/);
  });

  it('a pipe that stays silent ends with one line after --timeout, not a hang', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    stdout.resume();
    const started = Date.now();
    const code = await main(['node', 'maildoctor', 'audit', '-', '--timeout', '500'], { stdin, stdout, stderr, env: {}, cwd: process.cwd() });
    expect(Date.now() - started).toBeLessThan(5 * 500 + 1000);
    expect(code).toBe(2);
    expect(err).toBe('maildoctor: nothing arrived on standard input for 0.5 s; pipe the data in, give a file instead of "-", or raise --timeout\n');
    stdin.end();
  });
});
