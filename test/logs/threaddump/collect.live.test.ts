// --collect against a real JVM started here: jstack -l, a series, ps discovery, the dump script, and no jstack at all.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { collectThreadDumps, type CollectOptions } from '../../../src/logs/threaddump/collect/collect.js';
import { findServiceJvm } from '../../../src/logs/threaddump/collect/find-jvm.js';
import { runJson } from '../../helpers/cli.js';
import { liveAvailable } from '../../helpers/live.js';

const live = liveAvailable('java', 'javac', 'jstack');

const SOURCE = `
public class TinyService {
  static final Object STORE = new Object();
  public static void main(String[] args) throws Exception {
    Thread holder = new Thread(() -> { synchronized (STORE) { sleep(); } }, "ticket-writer");
    holder.start();
    Thread.sleep(200);
    new Thread(() -> { synchronized (STORE) { System.out.println("never"); } }, "emailjob-fetch-1").start();
    Thread.sleep(300);
    System.out.println("READY " + args.length);
    System.out.flush();
    sleep();
  }
  static void sleep() { while (true) { try { Thread.sleep(60000); } catch (InterruptedException e) { return; } } }
}
`;

describe.skipIf(!live)('threaddump --collect (live JVM)', () => {
  let dir = '';
  let jvm: ChildProcess | undefined;
  let pid = 0;
  let consoleLog = '';
  const marker = `boot-hosted-maildoctor-test-${process.pid}`;
  const base = (): CollectOptions => ({
    pid,
    count: 1,
    intervalMs: 0,
    env: { PATH: process.env.PATH },
    cwd: dir,
    signal: AbortSignal.timeout(60_000),
    timeoutMs: 10_000,
    script: join(dir, 'no-such-script'),
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'md-td-collect-'));
    writeFileSync(join(dir, 'TinyService.java'), SOURCE);
    execFileSync('javac', ['-d', dir, join(dir, 'TinyService.java')]);
    consoleLog = join(dir, 'console.log');
    const fd = openSync(consoleLog, 'a');
    jvm = spawn('java', ['-cp', dir, 'TinyService', marker], { stdio: ['ignore', fd, fd] });
    pid = jvm.pid!;
    const until = Date.now() + 20_000;
    while (!readFileSync(consoleLog, 'utf8').includes('READY') && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    if (!readFileSync(consoleLog, 'utf8').includes('READY')) throw new Error('test JVM did not start');
  });

  afterAll(() => {
    if (jvm?.pid) process.kill(jvm.pid, 'SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('--collect --pid --out takes a jstack -l dump into threaddump-manual-<timestamp>.txt and analyses it', async () => {
    const out = join(dir, 'one');
    const { report } = await runJson(['threaddump', '--collect', '--pid', String(pid), '--out', out]);
    const [collect, dump] = report.results;
    expect(collect.id).toBe('threaddump-collect');
    expect(collect.evidence.method).toBe('jstack');
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^threaddump-manual-\d{8}_\d{6}\.txt$/);
    expect(collect.evidence.files).toEqual([join(out, files[0]!)]);
    expect(dump.id).toBe('threaddump');
    expect(dump.evidence.jvm).toMatch(/^Full thread dump OpenJDK/);
    expect(dump.evidence.timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const blocked = dump.findings.find((f: { cause: string }) => f.cause === 'threaddump.email-blocked');
    expect(blocked.evidence.threads).toEqual(['emailjob-fetch-1']);
    expect(blocked.evidence.holder).toBe('ticket-writer');
    expect(dump.status).toBe('fail');
  });

  it('--count 2 --interval 300ms: two dumps, and the series names the hung threads', async () => {
    const out = join(dir, 'series');
    const { report } = await runJson(['threaddump', '--collect', '--pid', String(pid), '--out', out, '--count', '2', '--interval', '300ms']);
    expect(readdirSync(out)).toHaveLength(2);
    const series = report.results.find((r: { id: string }) => r.id === 'threaddump-series');
    expect(series.evidence.dumps).toBe(2);
    const stuck = series.findings.find((f: { cause: string }) => f.cause === 'threaddump.stuck-thread');
    expect(stuck.evidence.threads.sort()).toEqual(['emailjob-fetch-1', 'ticket-writer']);
  });

  it('finds the JVM by its marker in ps when no --pid is given (boot-hosted in production, made unique here)', async () => {
    const outDir = join(dir, 'ps');
    const { pid: _omit, ...rest } = base();
    const r = await collectThreadDumps({ ...rest, outDir, processMarker: marker });
    expect(r.evidence.foundBy).toMatch(/^ps/);
    expect(r.evidence.pid).toBe(pid);
    expect(r.files).toHaveLength(1);
  });

  it('two JVMs with the marker: a usage error asking for --pid', async () => {
    const second = spawn('java', ['-cp', dir, 'TinyService', marker], { stdio: 'ignore' });
    try {
      const until = Date.now() + 10_000;
      let err: unknown;
      while (Date.now() < until) {
        err = await findServiceJvm({ PATH: process.env.PATH }, AbortSignal.timeout(10_000), 5000, marker).catch((e: unknown) => e);
        if (err instanceof UsageError) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toContain(String(pid));
      expect((err as Error).message).toContain(String(second.pid));
      expect((err as Error).message).toContain('--pid');
    } finally {
      second.kill('SIGKILL');
    }
  });

  it('runs the ServiceOps dump script when present and picks up the file it names', async () => {
    const script = join(dir, 'ServiceOps-ThreadDump');
    const target = join(dir, 'script-out', 'threaddump-20260101_000000.txt');
    mkdirSync(join(dir, 'script-out'));
    writeFileSync(script, `#!/bin/sh\njstack -l ${pid} > ${target}\necho "Thread dump saved to ${target}"\n`);
    chmodSync(script, 0o755);
    const { pid: _omit, ...rest } = base();
    const r = await collectThreadDumps({ ...rest, script });
    expect(r.evidence.method).toBe('script');
    expect(r.files).toEqual([target]);
    expect(readFileSync(target, 'utf8')).toContain('"emailjob-fetch-1"');
  });

  it('without jstack on PATH: explains kill -3 and names the console log of that JVM', async () => {
    const empty = join(dir, 'empty-bin');
    mkdirSync(empty);
    const r = await collectThreadDumps({ ...base(), env: { PATH: empty }, outDir: join(dir, 'none') });
    expect(r.files).toEqual([]);
    expect(r.findings.map((f) => f.cause)).toEqual(['threaddump.collect.no-jstack']);
    expect(r.findings[0]!.detail).toContain(`kill -3 ${pid}`);
    expect(r.evidence.consoleLog).toBe(consoleLog);
    expect(existsSync(join(dir, 'none'))).toBe(true);
    expect(readdirSync(join(dir, 'none'))).toEqual([]);
  });

  it('from the command line, with a JAVA_HOME that has no jstack: the report explains kill -3 and exits 0 (a warning)', async () => {
    const jdk = join(dir, 'jre-only');
    mkdirSync(join(jdk, 'bin'), { recursive: true });
    const { report, code } = await runJson(['threaddump', '--collect', '--pid', String(pid), '--out', join(dir, 'cli-none')], { env: { JAVA_HOME: jdk } });
    expect(code).toBe(0);
    expect(report.results).toHaveLength(1);
    const [collect] = report.results;
    expect(collect.status).toBe('warn');
    expect(collect.findings[0].cause).toBe('threaddump.collect.no-jstack');
    expect(collect.findings[0].detail).toContain(`sudo kill -3 ${pid}`);
    expect(collect.findings[0].detail).toContain(consoleLog);
  });

  it('no script, no --pid, and neither ps nor systemctl find a JVM: a no-jvm finding', async () => {
    const empty = join(dir, 'empty-bin-2');
    mkdirSync(empty);
    const { pid: _omit, ...rest } = base();
    const r = await collectThreadDumps({ ...rest, env: { PATH: empty } });
    expect(r.findings.map((f) => f.cause)).toEqual(['threaddump.collect.no-jvm']);
    expect(r.findings[0]!.detail).toContain('boot-hosted');
  });

  it("jstack on a process that has exited: a collect.failed finding with jstack's reason", async () => {
    const gone = spawnSync('true').pid;
    const r = await collectThreadDumps({ ...base(), pid: gone, outDir: join(dir, 'fail') });
    expect(r.findings.map((f) => f.cause)).toEqual(['threaddump.collect.failed']);
    expect(r.findings[0]!.detail).toContain(`jstack -l ${gone}`);
    expect(r.findings[0]!.detail).toMatch(/No such process/);
    expect(r.files).toEqual([]);
  });
});
