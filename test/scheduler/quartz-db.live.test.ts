// Live: a real PostgreSQL with the Quartz tables, one schema per scenario, read with --db and with its own exports.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';
import { liveAvailable } from '../helpers/live.js';
import { blackholeServer, closedPort } from '../helpers/net-servers.js';
import { postgresBin, startPostgres, type PgServer } from '../helpers/postgres.js';
import { UI_ZONE, exportScenario } from './export-scenario.js';
import { scenarioSql, scenarios, type Scenario } from './scenarios.js';

const bin = postgresBin();
const live = liveAvailable(bin ? join(bin, 'initdb') : '/usr/lib/postgresql/15/bin/initdb', 'psql');
const ROLE = 'maildoctor_ro';
const PASSWORD = 'Qz-secret-7f3a9c';
const FIXTURES = resolve(__dirname, '../../fixtures/quartz');
const env = { DB_PW: PASSWORD, HOME: '/nonexistent' };

function causes(result: any): string[] {
  return [...new Set<string>(result.findings.map((f: any) => f.cause))].sort();
}

describe.skipIf(!live)('quartz against PostgreSQL', () => {
  let pg: PgServer;
  let tmp: string;
  let now: number;
  let all: Scenario[];

  beforeAll(async () => {
    pg = await startPostgres();
    tmp = await mkdtemp(join(tmpdir(), 'maildoctor-quartz-'));
    const ddl = await readFile(join(FIXTURES, 'tables_postgres.sql'), 'utf8');
    now = Date.now();
    all = scenarios(now);
    const healthy = all.find((s) => s.name === 'healthy')!;
    const setup = [`create role ${ROLE} login password '${PASSWORD}';`, 'create schema empty_schema;', `grant usage on schema empty_schema to ${ROLE};`];
    for (const [schema, s] of [['master', healthy], ...all.map((x) => [`s_${x.name}`, x] as const)] as const) {
      setup.push(
        `create schema ${schema}; set search_path to ${schema};`,
        ddl,
        scenarioSql(s),
        `grant usage on schema ${schema} to ${ROLE}; grant select on all tables in schema ${schema} to ${ROLE};`,
      );
    }
    await pg.psql(setup.join('\n'));
  });

  afterAll(async () => {
    await pg?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const db = () => pg.url(ROLE);

  it('reads master.qrtz_triggers by default and passes a healthy email trigger', async () => {
    const pwFile = join(tmp, 'pw');
    await writeFile(pwFile, `${PASSWORD}\n`);
    const { code, report, stdout } = await runJson(['quartz', '--db', db(), '--password-file', pwFile, '-v'], { env });
    const q = report.results.find((r: any) => r.id === 'quartz');
    expect(q.status).toBe('pass');
    expect(q.target).toContain('schema master');
    expect(causes(q)).toEqual(['quartz.trigger.ok']);
    expect(q.evidence.tables).toEqual(expect.arrayContaining(['qrtz_triggers', 'qrtz_simple_triggers', 'qrtz_scheduler_state']));
    expect(q.evidence.triggers.map((t: any) => [t.job, t.emailJob])).toEqual(
      expect.arrayContaining([
        ['DEFAULT.EmailFetchJob', true],
        ['DEFAULT.SlaEscalationJob', false],
      ]),
    );
    expect(q.transcript.some((l: any) => /select \* from "master"\."qrtz_triggers"/.test(l.text))).toBe(true);
    expect(q.transcript.map((l: any) => l.text)).toContain('password ***');
    expect(stdout).not.toContain(PASSWORD);
    expect(code).toBe(0);
  });

  it.each(scenarios(Date.now()).map((s) => s.name))('scenario %s gives its documented cause from the database', async (name) => {
    const s = all.find((x) => x.name === name)!;
    const { report, stdout } = await runJson(
      ['quartz', '--db', db(), '--schema', `s_${name}`, '--password-env', 'DB_PW', '--no-service', '--as-of', String(now)],
      { env },
    );
    const q = report.results[0];
    expect(q.status).toBe(s.status);
    expect(causes(q)).toEqual([...s.causes].sort());
    if (s.says) expect(JSON.stringify(q.findings.map((f: any) => f.detail))).toContain(s.says);
    expect(stdout).not.toContain(PASSWORD);
  });

  it('gives the same verdicts from CSV, pasted TSV with UI dates, JSON and psql output read with --as-of', async () => {
    const write = process.env.MAILDOCTOR_WRITE_FIXTURES === '1';
    const manifest: Record<string, unknown> = { asOf: new Date(now).toISOString(), tz: UI_ZONE, scenarios: {} };
    const exported = await Promise.all(all.map((s) => exportScenario(pg, `s_${s.name}`, write ? join(FIXTURES, s.name) : join(tmp, 'exports', s.name))));
    for (const [i, s] of all.entries()) {
      const files = exported[i]!;
      for (const format of ['csv', 'tsv', 'json', 'txt'] as const) {
        const args = ['quartz', ...files[format].flatMap((f) => ['--file', f]), '--as-of', String(now), '--tz', UI_ZONE, '--no-service'];
        const { report } = await runJson(args, { env: {} });
        const q = report.results[0];
        expect({ scenario: s.name, format, status: q.status, causes: causes(q) }).toEqual({
          scenario: s.name,
          format,
          status: s.status,
          causes: [...s.causes].sort(),
        });
      }
      (manifest.scenarios as Record<string, unknown>)[s.name] = { status: s.status, causes: [...s.causes].sort(), ...(s.says ? { says: s.says } : {}) };
    }
    if (write) await writeFile(join(FIXTURES, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  });

  it('takes the connection from PG* variables and the password from .pgpass', async () => {
    const home = join(tmp, 'home');
    await rm(home, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(home));
    await writeFile(join(home, '.pgpass'), `# test\notherhost:*:*:*:nope\n127.0.0.1:${pg.port}:${pg.database}:${ROLE}:${PASSWORD}\n`);
    await chmod(join(home, '.pgpass'), 0o600);
    const pgEnv = { PGHOST: '127.0.0.1', PGPORT: String(pg.port), PGUSER: ROLE, PGDATABASE: pg.database, HOME: home };
    const ok = await runJson(['quartz', '--db', '--schema', 's_stale', '--no-service'], { env: pgEnv });
    expect(ok.report.results[0].findings.map((f: any) => f.cause)).toEqual(['quartz.trigger.stale']);
    expect(ok.report.results[0].evidence.passwordFrom).toBe(join(home, '.pgpass'));
    await chmod(join(home, '.pgpass'), 0o644);
    const loose = await runJson(['quartz', '--db', '--no-service'], { env: pgEnv });
    expect(loose.report.results[0].findings[0].cause).toBe('quartz.db.password-missing');
    expect(loose.report.results[0].evidence.passwordFrom).toMatch(/ignored: it has group or world access/);
  });

  it('connects through a unix socket named by PGHOST (the local trust rule needs no password)', async () => {
    const { report } = await runJson(['quartz', '--db', '--schema', 's_error', '--no-service'], {
      env: { PGHOST: pg.socketDir, PGPORT: String(pg.port), PGUSER: 'postgres', PGDATABASE: pg.database, HOME: '/nonexistent' },
    });
    const q = report.results[0];
    expect(q.target).toContain(`${pg.socketDir} (socket)`);
    expect(q.findings.map((f: any) => f.cause)).toEqual(['quartz.trigger.error']);
    expect(q.evidence.passwordFrom).toBe('none');
  });

  it('reports a wrong password as a finding, without the password or a stack trace', async () => {
    const { code, report, stdout, stderr } = await runJson(['quartz', '--db', db(), '--password-env', 'WRONG', '--no-service', '-v'], {
      env: { WRONG: 'not-the-password-123' },
    });
    const q = report.results[0];
    expect(q.status).toBe('fail');
    expect(q.findings[0].cause).toBe('quartz.db.auth-failed');
    expect(q.findings[0].detail).toContain(`password authentication failed for user "${ROLE}"`);
    expect(q.findings[0].evidence.code).toBe('28P01');
    expect(stdout + stderr).not.toContain('not-the-password-123');
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
  });

  it("reports a connection pg_hba.conf rejects, with the server's words", async () => {
    await pg.psql("create role blocked_user login password 'x-blocked-1'");
    const hba = join(pg.dir, 'data', 'pg_hba.conf');
    await writeFile(hba, `host all blocked_user 127.0.0.1/32 reject\n${await readFile(hba, 'utf8')}`);
    await pg.psql('select pg_reload_conf()');
    const { report } = await runJson(['quartz', '--db', pg.url('blocked_user'), '--password-env', 'DB_PW', '--no-service'], { env });
    const f = report.results[0].findings[0];
    expect(f.cause).toBe('quartz.db.not-allowed');
    expect(f.detail).toContain('pg_hba.conf rejects connection for host "127.0.0.1", user "blocked_user"');
  });

  it('reports a missing password when the server asks for one', async () => {
    const { report } = await runJson(['quartz', '--db', db(), '--no-service'], { env });
    expect(report.results[0].findings[0].cause).toBe('quartz.db.password-missing');
  });

  it('names the schemas that do have qrtz_triggers when --schema is wrong', async () => {
    const { report } = await runJson(['quartz', '--db', db(), '--schema', 'nosuch', '--password-env', 'DB_PW', '--no-service'], { env });
    const f = report.results[0].findings[0];
    expect(f.cause).toBe('quartz.db.schema-missing');
    expect(f.detail).toContain('schema "nosuch" does not exist');
    expect(f.evidence.schemasWithQuartz).toEqual(expect.arrayContaining(['master', 's_healthy']));
  });

  it('reports a schema without qrtz_triggers as table missing', async () => {
    const { report } = await runJson(['quartz', '--db', db(), '--schema', 'empty_schema', '--password-env', 'DB_PW', '--no-service'], { env });
    const f = report.results[0].findings[0];
    expect(f.cause).toBe('quartz.db.table-missing');
    expect(f.detail).toContain('relation "empty_schema.qrtz_triggers" does not exist');
  });

  it('reports a missing database', async () => {
    const { report } = await runJson(['quartz', '--db', pg.url(ROLE, 'nosuchdb'), '--password-env', 'DB_PW', '--no-service'], { env });
    expect(report.results[0].findings[0].cause).toBe('quartz.db.database-missing');
    expect(report.results[0].findings[0].evidence.code).toBe('3D000');
  });

  it('reports a database that is down as unreachable', async () => {
    const port = await closedPort();
    const { code, report } = await runJson(['quartz', '--db', `postgres://${ROLE}@127.0.0.1:${port}/x`, '--password-env', 'DB_PW', '--no-service'], { env });
    expect(report.results[0].findings[0].cause).toBe('quartz.db.unreachable');
    expect(report.results[0].findings[0].detail).toContain('ECONNREFUSED');
    expect(code).toBe(1);
  });

  it('ends a silent server in a timeout finding (not a runner error)', async () => {
    const hole = await blackholeServer();
    try {
      const { report } = await runJson(
        ['quartz', '--db', `postgres://${ROLE}@127.0.0.1:${hole.port}/x`, '--password-env', 'DB_PW', '--no-service', '--timeout', '800'],
        { env },
      );
      expect(report.results[0].findings[0].cause).toBe('quartz.db.timeout');
    } finally {
      await hole.close();
    }
  });
});
