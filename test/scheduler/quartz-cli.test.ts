// The quartz command on the committed exports (fixtures/quartz, taken from a real PostgreSQL) and on bad input.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const FIXTURES = resolve(__dirname, '../../fixtures/quartz');
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as {
  asOf: string;
  tz: string;
  scenarios: Record<string, { status: string; causes: string[]; says?: string }>;
};
const TABLES = ['qrtz_triggers', 'qrtz_simple_triggers', 'qrtz_cron_triggers', 'qrtz_fired_triggers', 'qrtz_scheduler_state'];

function files(scenario: string, ext: string): string[] {
  return TABLES.map((t) => join(FIXTURES, scenario, `${t}.${ext}`)).filter((f) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  });
}

describe('quartz --file on the committed exports', () => {
  const cases = Object.entries(manifest.scenarios).flatMap(([name, want]) => ['csv', 'tsv', 'json', 'txt'].map((ext) => [name, ext, want] as const));

  it.each(cases)('%s (%s)', async (name, ext, want) => {
    const args = ['quartz', ...files(name, ext).flatMap((f) => ['--file', f]), '--as-of', manifest.asOf, '--tz', manifest.tz, '--no-service'];
    const { code, report } = await runJson(args);
    const q = report.results[0];
    expect(q.status).toBe(want.status);
    expect([...new Set(q.findings.map((f: any) => f.cause))].sort()).toEqual(want.causes);
    if (want.says) expect(JSON.stringify(q.findings.map((f: any) => f.detail))).toContain(want.says);
    expect(code).toBe(want.status === 'fail' ? 1 : 0);
    expect(schemaErrors(report)).toEqual([]);
  });

  it('judges the same export a day later as stale, and uses now without --as-of', async () => {
    const file = join(FIXTURES, 'healthy', 'qrtz_triggers.csv');
    const later = new Date(Date.parse(manifest.asOf) + 86_400_000).toISOString();
    const { report } = await runJson(['quartz', '--file', file, '--as-of', later, '--no-service']);
    expect(report.results[0].findings.map((f: any) => f.cause).sort()).toEqual(['quartz.trigger.not-scheduled', 'quartz.trigger.stale']);
    const before = Date.now();
    const now = await runJson(['quartz', '--file', file, '--no-service']);
    expect(Date.parse(now.report.results[0].evidence.asOf)).toBeGreaterThanOrEqual(before);
  });

  it('with --fail-on warn, a dead cluster node makes the exit code 1', async () => {
    const args = ['quartz', ...files('dead_node', 'csv').flatMap((f) => ['--file', f]), '--as-of', manifest.asOf, '--no-service', '--fail-on', 'warn'];
    expect((await runJson(args)).code).toBe(1);
  });

  it('lists every trigger it considered in the evidence, and says which rule fired in text output', async () => {
    const { stdout, code } = await runCli([
      'quartz',
      ...files('stale', 'json').flatMap((f) => ['--file', f]),
      '--as-of',
      manifest.asOf,
      '--no-service',
      '--no-color',
    ]);
    expect(stdout).toContain('last fired 3 h 12 min ago; it repeats every 1 min');
    expect(stdout).toContain('sudo systemctl restart flotomate-main');
    expect(code).toBe(1);
  });

  it('honours --job and --service in findings', async () => {
    const args = [
      'quartz',
      '--file',
      join(FIXTURES, 'healthy', 'qrtz_triggers.csv'),
      '--as-of',
      manifest.asOf,
      '--job',
      'SlaEscalation',
      '--service',
      'serviceops',
      '--no-service',
    ];
    const { report } = await runJson(args);
    expect(report.results[0].findings.map((f: any) => f.detail).join()).toContain('SlaEscalationJob');
    const stale = await runJson(['quartz', '--file', join(FIXTURES, 'stale', 'qrtz_triggers.csv'), '--as-of', manifest.asOf, '--service', 'serviceops']);
    expect(stale.report.results[0].findings[0].fixes[0].commands).toEqual(['sudo systemctl restart serviceops']);
    expect(stale.report.results[1]).toMatchObject({ id: 'service', target: 'serviceops' });
  });
});

describe('quartz bad input: exit 2 with one line, never a stack trace', () => {
  let dir: string;
  const csv = readFileSync(join(FIXTURES, 'healthy', 'qrtz_triggers.csv'), 'utf8');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'maildoctor-quartz-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function fails(args: string[], message: RegExp, env: NodeJS.ProcessEnv = {}): Promise<void> {
    const r = await runCli(args, { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  }

  it('a CSV with a missing column', async () => {
    const lines = csv
      .trim()
      .split('\n')
      .map((l) =>
        l
          .split(',')
          .filter((_, i) => i !== 7)
          .join(','),
      );
    await writeFile(join(dir, 'missing.csv'), `${lines.join('\n')}\n`);
    await fails(['quartz', '--file', join(dir, 'missing.csv')], /lacks the column PREV_FIRE_TIME/);
  });

  it('a truncated row', async () => {
    await writeFile(join(dir, 'truncated.csv'), csv.slice(0, csv.length - 25));
    await fails(['quartz', '--file', join(dir, 'truncated.csv')], /line \d+ has \d+ fields but the header has 15/);
  });

  it('binary garbage', async () => {
    const garbage = Buffer.alloc(2048);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 131 + 7) % 256;
    await writeFile(join(dir, 'garbage.csv'), garbage);
    await fails(['quartz', '--file', join(dir, 'garbage.csv')], /binary data/);
  });

  it('a missing file, and exports without qrtz_triggers', async () => {
    await fails(['quartz', '--file', join(dir, 'nope.csv')], /no such file/);
    await fails(['quartz', '--file', join(FIXTURES, 'healthy', 'qrtz_scheduler_state.csv')], /no qrtz_triggers export/);
  });

  it('bad options', async () => {
    await fails(['quartz'], /nothing to read: give --db URL/);
    await fails(['quartz', '--db', 'postgres://u@h/d', '--file', 'x.csv'], /either --db or --file/);
    await fails(['quartz', '--db', 'postgres://u:topsecret9@h/d'], /do not put the password in the URL/);
    await fails(['quartz', '--file', 'x.csv', '--tz', 'Mars/Base'], /unknown time zone/);
    await fails(['quartz', '--file', 'x.csv', '--as-of', 'soon'], /--as-of: cannot read "soon"/);
    await fails(['quartz', '--file', 'x.csv', '--stale-after', '10'], /not a duration/);
    await fails(['quartz', '--file', 'x.csv', '--job', '(('], /not a valid regular expression/);
    await fails(['quartz', '--db', 'postgres://u@h/d', '--schema', 'x;drop'], /not a schema name/);
    await fails(['quartz', '--db', 'postgres://u@h/d', '--password-env', 'NOPE_UNSET'], /NOPE_UNSET .* is not set/);
  });

  it('never echoes a password given in the URL', async () => {
    const r = await runCli(['quartz', '--db', 'postgres://u:topsecret9@h/d']);
    expect(r.stderr).not.toContain('topsecret9');
  });
});
