import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resolveFinding } from '../../src/core/finding.js';
import { buildReport } from '../../src/core/report.js';
import { Secret } from '../../src/core/secret.js';
import type { CheckResult, Report } from '../../src/core/types.js';
import { FORMATS, nagiosExitCode, renderReport } from '../../src/render/index.js';
import { schemaErrors } from '../helpers/schema.js';

const PASSWORD = new Secret('Sup3r-S3cret-Pa55');
const TOKEN = new Secret('ya29.A0ARrdaM-token-value-123');

function result(partial: Partial<CheckResult> & Pick<CheckResult, 'id' | 'status'>): CheckResult {
  return { key: `${partial.id} x`, title: partial.id, target: 'mail.example.test:587', durationMs: 12, summary: 's', findings: [], evidence: {}, ...partial };
}

function sampleReport(failOn: 'warn' | 'fail' = 'fail'): Report {
  return buildReport({
    command: 'port mail.example.test:587',
    startedAt: new Date(Date.now() - 50),
    failOn,
    results: [
      result({ id: 'port', status: 'pass', summary: 'connected in 3 ms' }),
      result({
        id: 'smtp',
        target: 'mail <&> "quoted"',
        status: 'fail',
        summary: 'login rejected | 535',
        findings: [
          resolveFinding({
            cause: 'audit.outgoing.authentication-failed',
            detail: `password ${PASSWORD.reveal()} was refused`,
            evidence: { password: PASSWORD, token: String(TOKEN) },
          }),
        ],
        transcript: [
          { dir: '>', text: `AUTH PLAIN ${Buffer.from(`\0alice\0${PASSWORD.reveal()}`).toString('base64')}`, at: 1 },
          { dir: '<', text: '535 5.7.8 Error: authentication failed', at: 2 },
        ],
      }),
      result({ id: 'tls', status: 'warn', findings: [resolveFinding({ cause: 'tls.expiring-soon', detail: '10 days left' })] }),
      result({ id: 'imap', status: 'skip', summary: 'skipped: needs port x' }),
      result({ id: 'oauth', status: 'error', summary: 'boom', error: { name: 'Error', message: `bad token ${TOKEN.reveal()}` } }),
    ],
  });
}

const options = { color: false, verbose: true, quiet: false };

describe('renderers', () => {
  it('render the same report in every format without any secret', () => {
    const report = sampleReport();
    for (const format of FORMATS) {
      const text = renderReport(report, format, options);
      expect(text.length).toBeGreaterThan(50);
      expect(text, format).not.toContain('Sup3r-S3cret-Pa55');
      expect(text, format).not.toContain('ya29.A0ARrdaM');
      expect(text, format).not.toContain(Buffer.from('\0alice\0Sup3r-S3cret-Pa55').toString('base64'));
    }
  });

  it('json validates against the schema and keeps the stable fields', () => {
    const parsed = JSON.parse(renderReport(sampleReport(), 'json', options));
    expect(schemaErrors(parsed)).toEqual([]);
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.totals).toEqual({ pass: 1, warn: 1, fail: 1, skip: 1, error: 1 });
    expect(parsed.results[1].findings[0]).toMatchObject({ cause: 'audit.outgoing.authentication-failed', severity: 'fail' });
    expect(parsed.results[1].findings[0].fixes.length).toBeGreaterThan(0);
  });

  it('json without --verbose carries no transcript only when the runner did not keep one', () => {
    const parsed = JSON.parse(renderReport(sampleReport(), 'json', { ...options, verbose: false }));
    expect(parsed.results[0].transcript).toBeUndefined();
  });

  it('junit is well-formed XML with one testcase per result and the right counts', () => {
    const xml = renderReport(sampleReport(), 'junit', options);
    const summary = execFileSync(
      'python3',
      [
        '-c',
        [
          'import sys, xml.etree.ElementTree as ET',
          'root = ET.fromstring(sys.stdin.read())',
          'cases = root.findall(".//testcase")',
          'print(len(cases), len(root.findall(".//failure")), len(root.findall(".//error")), len(root.findall(".//skipped")), root.get("failures"))',
        ].join('\n'),
      ],
      { input: xml },
    )
      .toString()
      .trim();
    expect(summary).toBe('5 1 1 1 1');
    expect(xml).toContain('type="audit.outgoing.authentication-failed"');
    expect(xml).toContain('&lt;&amp;&gt;');
  });

  it('junit counts warnings as failures under --fail-on warn', () => {
    const xml = renderReport(sampleReport('warn'), 'junit', options);
    expect((xml.match(/<failure /g) ?? []).length).toBe(2);
  });

  it('nagios prints one status line with perfdata and exits per the plugin convention', () => {
    const text = renderReport(sampleReport(), 'nagios', options);
    const [first] = text.split('\n');
    expect(first).toMatch(/^MAILDOCTOR CRITICAL - .* \| pass=1;;;0;5 warn=1;;;0;5 fail=1;;;0;5 error=1;;;0;5 skip=1;;;0;5 /);
    expect(first?.split('|')).toHaveLength(2);
    expect(nagiosExitCode(sampleReport())).toBe(2);
    const ok = buildReport({ command: 'x', startedAt: new Date(), failOn: 'fail', results: [result({ id: 'port', status: 'pass' })] });
    expect(nagiosExitCode(ok)).toBe(0);
    expect(renderReport(ok, 'nagios', options)).toMatch(/^MAILDOCTOR OK - 1 of 1 checks passed \|/);
    const warn = buildReport({ command: 'x', startedAt: new Date(), failOn: 'fail', results: [result({ id: 'tls', status: 'warn' })] });
    expect(nagiosExitCode(warn)).toBe(1);
    const unknown = buildReport({ command: 'x', startedAt: new Date(), failOn: 'fail', results: [result({ id: 'tls', status: 'error' })] });
    expect(nagiosExitCode(unknown)).toBe(3);
  });

  it('markdown has the verdict line, a checks table and findings with fixes', () => {
    const md = renderReport(sampleReport(), 'markdown', options);
    expect(md).toMatch(/^# maildoctor report: port mail\.example\.test:587/);
    expect(md).toContain('| Status | Check | Target | Time | Summary |');
    expect(md).toContain('login rejected \\| 535');
    expect(md).toContain('**Fix 1:**');
    expect(md).toContain('`audit.outgoing.authentication-failed`');
  });

  it('text has no ANSI codes without colour and shows why and the fix', () => {
    const text = renderReport(sampleReport(), 'text', options);
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain('Why:');
    expect(text).toContain('Fix:');
    expect(text).toContain('1 error, 1 failed, 1 warning, 1 passed, 1 skipped (exit 1, --fail-on fail)');
    const coloured = renderReport(sampleReport(), 'text', { ...options, color: true });
    expect(coloured).toMatch(/\u001b\[/);
  });

  it('exit code follows --fail-on', () => {
    const warnOnly = (failOn: 'warn' | 'fail') =>
      buildReport({ command: 'x', startedAt: new Date(), failOn, results: [result({ id: 'tls', status: 'warn' })] });
    expect(warnOnly('fail').exitCode).toBe(0);
    expect(warnOnly('warn').exitCode).toBe(1);
  });
});

describe('text on a narrow terminal', () => {
  it('wraps prose to the width but leaves the table rows whole', () => {
    const report = buildReport({
      command: 'x',
      startedAt: new Date(),
      failOn: 'fail',
      results: [result({ id: 'port', status: 'fail', findings: [resolveFinding({ cause: 'tcp.refused', detail: 'refused' })] })],
    });
    const text = renderReport(report, 'text', { color: false, verbose: false, quiet: false, width: 90 });
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(90);
    expect(text).toContain('Why: The host answered');
  });
});

describe('nagios with verdicts', () => {
  it('names the first non-informational verdict on the status line', () => {
    const report = {
      ...buildReport({
        command: 'run',
        startedAt: new Date(),
        failOn: 'fail',
        results: [result({ id: 'port', status: 'fail' }), result({ id: 'dns', status: 'fail' })],
      }),
      verdicts: [resolveFinding({ cause: 'verdict.offline', detail: 'none of 2 network checks succeeded' })],
    };
    const [line] = renderReport(report, 'nagios', { color: false, verbose: false, quiet: false }).split('\n');
    expect(line).toMatch(
      /^MAILDOCTOR CRITICAL - 2 of 2 checks not OK: This server has no working connection to the outside \(none of 2 network checks succeeded\) \|/,
    );
  });
});

describe('text with verdicts', () => {
  it("shows one line per verdict, in the report's order, above the checks table; their why and fix stay with the checks", () => {
    const report = {
      ...buildReport({
        command: 'run',
        startedAt: new Date(),
        failOn: 'fail',
        results: [result({ id: 'logs', status: 'fail', findings: [resolveFinding({ cause: 'log.polling.stopped', detail: 'no email fetch for 92 min' })] })],
      }),
      verdicts: [
        resolveFinding({
          cause: 'verdict.polling-stopped',
          detail: 'no email fetch for 92 min — found by logs (log.polling.stopped); confirmed by quartz (quartz.trigger.blocked)',
        }),
        resolveFinding({ cause: 'verdict.mailbox-ok', detail: 'incoming "local" (imap localhost:993): dns → port → tls → auth all passed' }),
      ],
    };
    const lines = renderReport(report, 'text', { color: false, verbose: false, quiet: false }).split('\n');
    expect(lines.slice(2, 4)).toEqual([
      '✖ Emails are not being fetched: polling stopped: no email fetch for 92 min — found by logs (log.polling.stopped); confirmed by quartz (quartz.trigger.blocked)  [verdict.polling-stopped]',
      'i Mailbox chain works end to end: incoming "local" (imap localhost:993): dns → port → tls → auth all passed  [verdict.mailbox-ok]',
    ]);
    expect(lines[5]).toMatch(/^┌/);
    expect(lines.filter((l) => l.includes('Why:'))).toHaveLength(1);
  });
});
