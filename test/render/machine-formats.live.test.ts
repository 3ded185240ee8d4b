// Real reports checked by the tools that consume them: Jenkins' junit-10 schema via xmllint, the exposition format via promtool.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import type { CheckResult } from '../../src/core/types.js';
import { renderReport } from '../../src/render/index.js';
import { runCli } from '../helpers/cli.js';
import { liveAvailable } from '../helpers/live.js';

const XSD = new URL('../../fixtures/junit/jenkins-junit-10.xsd', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'md-formats-'));

/** Commands over the repository's fixtures: every status, odd characters, paths as targets. */
const COMMANDS = [
  ['audit', 'fixtures/audit/full.csv'],
  ['audit', 'fixtures/audit/browser-paste.tsv'],
  ['logs', 'fixtures/logs/tenant'],
  ['threaddump', 'fixtures/threaddump/ssl-hang.jstack.txt', 'fixtures/threaddump/emailjob-deadlock.console.log'],
  ['eml', 'fixtures/eml/folder'],
  ['quartz', '--file', 'fixtures/quartz/stale/qrtz_triggers.csv', '--file', 'fixtures/quartz/stale/qrtz_simple_triggers.csv', '--no-service'],
  ['explain', 'Ignoring this Email — Ticket Creation with CC/BCC is disabled', '--verbose'],
  ['port', '127.0.0.1:1'],
];

function result(p: Partial<CheckResult> & Pick<CheckResult, 'id' | 'status'>): CheckResult {
  return { key: `${p.id} k`, title: p.id, target: 'x <&> "q" \u0001 é', durationMs: 1234567, summary: 'a ]]> b', findings: [], evidence: {}, ...p };
}

/** Every status at once, with characters XML and the exposition format must escape. */
const sample = buildReport({
  command: 'run --config "odd <name>.yaml"',
  startedAt: new Date(),
  failOn: 'warn',
  results: [
    result({ id: 'port', status: 'pass' }),
    result({ id: 'tls', status: 'warn' }),
    result({ id: 'smtp', status: 'fail' }),
    result({ id: 'imap', status: 'skip' }),
    result({ id: 'oauth', status: 'error', error: { name: 'Error', message: 'boom\nline 2' } }),
  ],
});

function save(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe.skipIf(!liveAvailable('xmllint'))('junit against the junit-10 schema (xmllint)', () => {
  const validate = (path: string) => spawnSync('xmllint', ['--noout', '--schema', XSD, path], { encoding: 'utf8' });

  it('the schema fixture refuses a skipped count on <testsuites>, the shape Jenkins rejected', () => {
    const old = save(
      'old.xml',
      '<?xml version="1.0"?>\n<testsuites name="m" tests="1" failures="0" errors="0" skipped="0" time="0.1"><testsuite name="s" tests="1" failures="0" errors="0"/></testsuites>\n',
    );
    const r = validate(old);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/attribute 'skipped' is not allowed/);
  });

  it('a report with every status and hostile characters validates', () => {
    const r = validate(save('sample.xml', renderReport(sample, 'junit', { color: false, verbose: true, quiet: false })));
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });

  it.each(COMMANDS.map((c) => [c.join(' '), c]))('maildoctor %s --format junit validates', async (_name, args) => {
    const out = await runCli([...args, '--format', 'junit']);
    expect(out.stdout).toMatch(/^<\?xml/);
    const r = validate(save(`${args[0]}.xml`, out.stdout));
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!liveAvailable('promtool'))('prometheus exposition (promtool check metrics)', () => {
  const check = (text: string) => spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });

  it('promtool refuses an unescaped label value, so a pass below means something', () => {
    const r = check('# HELP x y\n# TYPE x gauge\nx{a="b"c"} 1\n');
    expect(r.status).not.toBe(0);
  });

  it('a report with every status and hostile characters passes, with every metric family', () => {
    const text = renderReport(sample, 'prometheus', { color: false, verbose: false, quiet: false });
    const r = check(text);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const name of [
      'maildoctor_check_status',
      'maildoctor_check_duration_seconds',
      'maildoctor_cause_occurrences',
      'maildoctor_cert_expiry_seconds',
      'maildoctor_last_run_timestamp_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} gauge`);
    }
  });

  it('the shipped alerting rules load', () => {
    const r = spawnSync('promtool', ['check', 'rules', new URL('../../contrib/prometheus/maildoctor-alerts.yml', import.meta.url).pathname], {
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('SUCCESS: 4 rules found');
    expect(r.status).toBe(0);
  });

  it.each(COMMANDS.map((c) => [c.join(' '), c]))('maildoctor %s --format prometheus passes', async (_name, args) => {
    const out = await runCli([...args, '--format', 'prometheus']);
    expect(out.stdout).toContain('maildoctor_last_run_timestamp_seconds ');
    const r = check(out.stdout);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
