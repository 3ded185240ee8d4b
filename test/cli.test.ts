import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli.js';
import { runCli, runJson } from './helpers/cli.js';
import { schemaErrors } from './helpers/schema.js';

const fixture = (name: string) => join(process.cwd(), 'fixtures/config', name);

function expectUsageError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('help and version', () => {
  it('--help lists every command with a summary and examples', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c.id);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes');
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('no command at all prints help to stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: maildoctor');
  });
});

describe('bad usage is one line on stderr and exit 2', () => {
  it('unknown command', async () => expectUsageError(await runCli(['frobnicate']), /unknown command 'frobnicate'/));
  it('unknown option', async () => expectUsageError(await runCli(['port', '--bogus', 'a:1']), /unknown option '--bogus'/));
  it('bad format', async () => expectUsageError(await runCli(['port', 'a:1', '--format', 'xml']), /--format/));
  it('bad timeout', async () => expectUsageError(await runCli(['port', 'a:1', '--timeout', 'soon']), /--timeout/));
  it('host:notaport', async () => expectUsageError(await runCli(['port', 'mail.example.com:smtp']), /not a port number/));
  it('port over 65535', async () => expectUsageError(await runCli(['port', 'mail.example.com:70000']), /out of range/));
  it('missing port', async () => expectUsageError(await runCli(['port', 'mail.example.com']), /give a port/));
  it('empty host', async () => expectUsageError(await runCli(['port', ':25']), /host is empty/));
  it('IPv6 literal without brackets', async () => expectUsageError(await runCli(['port', '::1:25']), /IPv6 address in brackets/));
  it('IPv6 literal with brackets works', async () => {
    const r = await runJson(['port', '[::1]:1', '--timeout', '500']);
    expect(r.code).toBe(1);
    expect(r.report.results[0].target).toBe('[::1]:1');
  });
});

describe('explain', () => {
  it('explains an audit message with its documented status and captures', async () => {
    const { code, report } = await runJson(['explain', 'Request has been created With Id = INC-2']);
    expect(code).toBe(0);
    expect(schemaErrors(report)).toEqual([]);
    const [f] = report.results[0].findings;
    expect(f).toMatchObject({ cause: 'audit.incoming.request-created', severity: 'info' });
    expect(f.evidence).toMatchObject({ status: 'PROCESSED', id: 'INC-2' });
    expect(f.explanation.length).toBeGreaterThan(20);
    expect(f.reference).toContain('ServiceOps — Email Server Troubleshooting › Email Audit Reference');
  });

  it('reads stdin one message per line, folding repeats', async () => {
    const stdin = 'Email Sent Successfully\nOutgoing failed: Mail server connection failed\n\nEmail Sent Successfully\n';
    const { code, report } = await runJson(['explain', '-'], { stdin });
    expect(code).toBe(1);
    expect(report.results).toHaveLength(2);
    expect(report.results[0].evidence.occurrences).toBe(2);
    expect(report.results[1].findings[0].evidence.status).toBe('SEND_FAILED');
  });

  it('an unknown text is not an error: it says so and suggests the nearest entries', async () => {
    const { code, report } = await runJson(['explain', 'Ignoring this mail, sender archived']);
    expect(code).toBe(0);
    expect(report.results[0].findings[0].cause).toBe('explain.no-match');
    expect(report.results[0].summary).toBe('no documented message matches this text');
  });

  it('binary stdin is refused with one line', async () => {
    expectUsageError(
      await runCli(['explain', '-'], { stdin: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]) }),
      /standard input looks like binary data/,
    );
  });

  it('empty stdin is refused with one line', async () => {
    expectUsageError(await runCli(['explain', '-'], { stdin: '\n\n' }), /standard input was empty/);
  });
});

describe('run --config', () => {
  it('composes checks from a YAML file and honours the config timeout', async () => {
    const { code, report } = await runJson(['run', '--config', fixture('valid.yaml')]);
    expect(code).toBe(1);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.results.map((r: { id: string }) => r.id)).toEqual(['port', 'explain']);
    expect(report.results[1].findings[0].cause).toBe('audit.outgoing.connection-failed');
  });

  it('--only and --skip pick checks by id', async () => {
    const only = await runJson(['run', '--config', fixture('valid.yaml'), '--only', 'explain']);
    expect(only.report.results.map((r: { id: string }) => r.id)).toEqual(['explain']);
    const skip = await runJson(['run', '--config', fixture('valid.yaml'), '--skip', 'explain']);
    expect(skip.report.results.map((r: { id: string }) => r.id)).toEqual(['port']);
  });

  it('a YAML syntax error names the file and line', async () =>
    expectUsageError(await runCli(['run', '--config', fixture('syntax-error.yaml')]), /syntax-error\.yaml:\d+: not valid YAML or JSON/));
  it('a wrong type names the key and line', async () =>
    expectUsageError(
      await runCli(['run', '--config', fixture('wrong-type.yaml')]),
      /wrong-type\.yaml:3: checks\[0\]\.targets: expected a list of text values, got number 587/,
    ));
  it('an unknown key suggests the right one', async () =>
    expectUsageError(
      await runCli(['run', '--config', fixture('unknown-key.yaml')]),
      /unknown-key\.yaml:4: checks\[0\]\.tagets: unknown key \(did you mean "targets"\?\)/,
    ));
  it('an unknown check type lists the known ones', async () =>
    expectUsageError(await runCli(['run', '--config', fixture('unknown-type.json')]), /checks\[0\]\.type: type "smtpp"; expected one of .*port/));
  it('a missing config file', async () =>
    expectUsageError(await runCli(['run', '--config', '/nonexistent/maildoctor.yaml']), /cannot read config \/nonexistent\/maildoctor\.yaml: no such file/));
  it('a binary config file', async () => expectUsageError(await runCli(['run', '--config', '/bin/sh']), /is not a text file|binary/));
});

describe('output options', () => {
  it('-o writes the report to a file and nothing to stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'md-')), 'report.xml');
    const r = await runCli(['explain', 'Email Sent Successfully', '--format', 'junit', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<testsuites');
  });

  it('--fail-on warn turns a warning into exit 1', async () => {
    const text = 'Ignoring this Email — sender matched spam/ignore filter';
    expect((await runCli(['explain', text])).code).toBe(0);
    expect((await runCli(['explain', text, '--fail-on', 'warn'])).code).toBe(1);
  });

  it('--format nagios uses the plugin exit codes', async () => {
    const r = await runCli(['explain', 'Outgoing failed: Mail server connection failed', '--format', 'nagios']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^MAILDOCTOR CRITICAL - /);
  });
});
