// Bad input: empty, binary, corrupt gzip, non-dump text, truncated dumps, huge lines, wrong encoding, and .gz input.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { analyseDump } from '../../../src/logs/threaddump/analyse.js';
import { threadDumpChecks } from '../../../src/logs/threaddump/check.js';
import { parseThreadDumps } from '../../../src/logs/threaddump/parse.js';
import { readDumpText } from '../../../src/logs/threaddump/read.js';

const dir = mkdtempSync(join(tmpdir(), 'md-td-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/threaddump/${name}`, import.meta.url), 'utf8');
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('unreadable input is an InputError naming the file', () => {
  it.each([
    ['empty', '', /is empty/],
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0]), /binary/],
    ['corrupt.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4]), /not a readable gzip/],
    ['prose.txt', 'Dear support,\nemail stopped working yesterday.\n"quoted" text but no dump\n', /no HotSpot thread dump/],
  ])('%s', async (name, data, message) => {
    const p = file(name, data);
    const err = await threadDumpChecks([p]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain(p);
  });

  it('a missing file', async () => {
    await expect(threadDumpChecks([join(dir, 'nope.txt')])).rejects.toThrow(/no such file/);
  });

  it('a directory', async () => {
    await expect(threadDumpChecks([dir])).rejects.toThrow(/is a directory/);
  });

  it('a file larger than the limit is refused before it is read (sparse 600 MB file)', async () => {
    const p = join(dir, 'huge.txt');
    writeFileSync(p, '');
    truncateSync(p, 600 * 1024 * 1024);
    await expect(threadDumpChecks([p])).rejects.toThrow(/is 600 MiB; maildoctor reads at most 512 MiB/);
  });
});

describe('ThreadInfo.toString() listings of other JDKs are recognised as unsupported', () => {
  it.each([
    ['"main" Id=1 RUNNABLE\n\tat java.lang.Thread.dumpThreads(Native Method)\n'],
    ['"pool-1-thread-1" prio=5 Id=12 WAITING on java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject@1b6d3586\n'],
  ])('%s', (text) => {
    const parsed = parseThreadDumps(text);
    expect(parsed.kind).toBe('unsupported');
  });
});

describe('truncated dumps', () => {
  const full = fixture('emailjob-deadlock.jstack.txt');

  it('cut before the JVM deadlock section: the lock graph still finds the deadlock, and the cut is reported', () => {
    const cut = full.slice(0, full.indexOf('JNI global refs'));
    const parsed = parseThreadDumps(cut);
    if (parsed.kind !== 'hotspot') throw new Error('not hotspot');
    const dump = parsed.dumps[0]!;
    expect(dump.jvmDeadlocks).toHaveLength(0);
    const causes = analyseDump(dump).findings.map((f) => f.cause);
    expect(causes).toContain('threaddump.truncated');
    const d = analyseDump(dump).findings.find((f) => f.cause === 'threaddump.deadlock')!;
    expect((d.evidence as { sources: string[]; threads: string[] }).sources).toEqual(['lock-graph']);
    expect((d.evidence as { threads: string[] }).threads.sort()).toEqual(['emailjob-1', 'emailjob-2']);
  });

  it('cut in the middle of a thread: the threads before it are kept', () => {
    const at = full.indexOf('"emailjob-2"');
    const cut = full.slice(0, at + 60);
    const parsed = parseThreadDumps(cut);
    if (parsed.kind !== 'hotspot') throw new Error('not hotspot');
    const names = parsed.dumps[0]!.threads.map((t) => t.name);
    expect(names).toContain('emailjob-1');
    expect(names.at(-1)).toBe('emailjob-2');
    expect(parsed.dumps[0]!.truncated).toBe(true);
  });

  it('the head cut off (no "Full thread dump" line): threads are still read, JVM unknown', () => {
    const headless = full.slice(full.indexOf('"emailjob-1" #'));
    const parsed = parseThreadDumps(headless);
    if (parsed.kind !== 'hotspot') throw new Error('not hotspot');
    expect(parsed.dumps).toHaveLength(1);
    expect(parsed.dumps[0]!.jvm).toBeUndefined();
    expect(parsed.dumps[0]!.threads[0]!.name).toBe('emailjob-1');
  });
});

describe('odd but readable input', () => {
  it('a 2 MB line inside a dump does not break parsing', () => {
    const full = fixture('quartz-idle.jstack.txt');
    const huge = full.replace('Full thread dump', `${'x'.repeat(2_000_000)}\nFull thread dump`);
    const parsed = parseThreadDumps(huge);
    if (parsed.kind !== 'hotspot') throw new Error('not hotspot');
    expect(parsed.dumps[0]!.threads.length).toBe((full.match(/^"[^"]+" .*tid=/gm) ?? []).length);
  });

  it('Latin-1 bytes in a thread name (wrong encoding) are tolerated', async () => {
    const full = fixture('quartz-idle.jstack.txt');
    const bytes = Buffer.from(full.replace('"email-poller"', '"email-poller-XX"'), 'utf8');
    const at = bytes.indexOf('XX');
    bytes[at] = 0xe9;
    bytes[at + 1] = 0xe8;
    const parsed = parseThreadDumps(await readDumpText(file('latin1.txt', bytes)));
    if (parsed.kind !== 'hotspot') throw new Error('not hotspot');
    expect(parsed.dumps[0]!.threads.some((t) => t.name.startsWith('email-poller-'))).toBe(true);
  });

  it('reads .gz input (by magic bytes)', async () => {
    const full = fixture('email-blocked.console.log');
    const p = file('console.log.gz', gzipSync(full));
    const checks = await threadDumpChecks([p]);
    expect(checks.map((c) => c.id)).toEqual(['threaddump', 'threaddump', 'threaddump', 'threaddump-series']);
    expect(checks[0]!.target).toBe(`${p}#1`);
  });
});
