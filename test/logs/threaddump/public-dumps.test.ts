// Third-party dumps from other projects (read in place from ../shared): counts and states as their sources describe them.
import { describe, expect, it } from 'vitest';
import { analyseDump, stateCounts } from '../../../src/logs/threaddump/analyse.js';
import { parseThreadDumps } from '../../../src/logs/threaddump/parse.js';
import { readDumpText } from '../../../src/logs/threaddump/read.js';
import type { ThreadDump } from '../../../src/logs/threaddump/types.js';
import { runJson } from '../../helpers/cli.js';

const DIR = '/work/shared/threaddumps-public/';

async function hotspot(name: string): Promise<ThreadDump[]> {
  const parsed = parseThreadDumps(await readDumpText(DIR + name));
  if (parsed.kind !== 'hotspot') throw new Error(`${name} parsed as ${parsed.kind}`);
  return parsed.dumps;
}

const withState = (d: ThreadDump) => d.threads.filter((t) => t.state).length;

describe('public HotSpot dumps', () => {
  it('OpenJDK 8 jstack: 21 threads, 15 with a state, complete', async () => {
    const [d, ...rest] = await hotspot('tda_java8dump.log');
    expect(rest).toHaveLength(0);
    expect(d!.threads).toHaveLength(21);
    expect(withState(d!)).toBe(15);
    expect(d!.truncated).toBe(false);
    expect(d!.timestamp).toBe('2016-07-12 14:02:38');
  });

  it('OpenJDK 21 jstack -l with SMR info: 28 threads, 12 with a state', async () => {
    const [d] = await hotspot('tda_jstack_dump_jdk21.log');
    expect(d!.threads).toHaveLength(28);
    expect(withState(d!)).toBe(12);
    expect(d!.smrThreadListLength).toBe(12);
    expect(d!.jvm).toBe('Full thread dump OpenJDK 64-Bit Server VM (21.0.9+10-LTS mixed mode, sharing)');
  });

  it('Sun 1.6 dump with lock contention: 70 threads, 41 BLOCKED, 9 RUNNABLE, 10 TIMED_WAITING, 6 WAITING', async () => {
    const [d] = await hotspot('tda_urlthread_jdk6.log');
    expect(d!.threads).toHaveLength(70);
    expect(stateCounts(d!)).toEqual({ BLOCKED: 41, RUNNABLE: 9, TIMED_WAITING: 10, WAITING: 6 });
  });

  it('its lock hotspots: 30 threads behind the FrontierScheduler, 7 behind the HttpState; "email" inside a URL is no email thread', async () => {
    const [d] = await hotspot('tda_urlthread_jdk6.log');
    const { findings } = analyseDump(d!);
    expect(findings.map((f) => f.cause)).toEqual(['threaddump.lock-contention', 'threaddump.lock-contention']);
    const [first, second] = findings.map((f) => f.evidence as { locks: string[]; waiters: number; lockClass: string; holder: string });
    expect(first).toMatchObject({ locks: ['0xd5bada80'], waiters: 30, lockClass: 'org.archive.crawler.postprocessor.FrontierScheduler' });
    expect(first!.holder).toMatch(/^ToeThread #18: /);
    expect(second).toMatchObject({ locks: ['0xd5c7d3c0'], waiters: 7, lockClass: 'org.apache.commons.httpclient.HttpState' });
  });

  it('JDK 5 SIGQUIT in a log, no State lines, followed by a histogram: one complete dump', async () => {
    const dumps = await hotspot('tda_testwithhistogram_jdk5.log');
    expect(dumps).toHaveLength(1);
    expect(withState(dumps[0]!)).toBe(0);
    expect(dumps[0]!.truncated).toBe(false);
    expect(dumps[0]!.threads.at(-1)!.name).toBe('VM Periodic Task Thread');
  });

  it('HP-UX JDK 5 console: two dumps, CRLF and EUC-KR bytes, every thread header read', async () => {
    const text = await readDumpText(DIR + 'tda_hpdump_hpux_jdk5.log');
    const headers = text.split(/\r?\n/).filter((l) => /^"[^"]*" .*\btid=/.test(l)).length;
    const dumps = await hotspot('tda_hpdump_hpux_jdk5.log');
    expect(dumps).toHaveLength(2);
    expect(dumps[0]!.threads.length + dumps[1]!.threads.length).toBe(headers);
    expect(headers).toBeGreaterThan(1100);
  });

  it('JDK 25 deadlock: DeadlockThread-A and -B, the only BLOCKED threads', async () => {
    const [d] = await hotspot('jthreaddump_deadlock_jdk25.txt');
    expect(stateCounts(d!).BLOCKED).toBe(2);
    const f = analyseDump(d!).findings.filter((x) => x.cause === 'threaddump.deadlock');
    expect(f.map((x) => (x.evidence as { threads: string[] }).threads.sort())).toEqual([['DeadlockThread-A', 'DeadlockThread-B']]);
  });

  it('JDK 25 three deadlock sections: three cycles, 7 BLOCKED threads', async () => {
    const [d] = await hotspot('jthreaddump_three_way_deadlock_jdk25.txt');
    expect(d!.jvmDeadlocks).toHaveLength(3);
    expect(stateCounts(d!).BLOCKED).toBe(7);
    const cycles = analyseDump(d!)
      .findings.filter((x) => x.cause === 'threaddump.deadlock')
      .map((x) => (x.evidence as { threads: string[] }).threads.slice().sort().join(','));
    expect(cycles.sort()).toEqual([
      'DeadlockCandidate-A,DeadlockCandidate-B',
      'DeadlockThread-A,DeadlockThread-B',
      'DeadlockThread-A,DeadlockThread-B,DeadlockThread-C',
    ]);
  });
});

describe('formats that are not HotSpot dumps', () => {
  it.each([
    ['ibm_javacore_openj9_jdk21.txt', 'ibm-javacore', /IBM J9\/OpenJ9 javacore.*not supported/],
    ['ibm_javacore_j9_jdk8.txt', 'ibm-javacore', /IBM J9\/OpenJ9 javacore.*not supported/],
    ['ibm_hotspot11_small_threadinfo.txt', 'threadinfo-tostring', /ThreadInfo\.toString\(\).*not supported/],
  ])('%s gets a clear "not supported" finding', async (name, format, wording) => {
    const { report, code } = await runJson(['threaddump', DIR + name]);
    const result = report.results[0];
    expect(result.status).toBe('warn');
    expect(result.findings[0].cause).toBe('threaddump.unsupported-format');
    expect(result.findings[0].evidence.format).toBe(format);
    expect(result.summary).toMatch(wording);
    expect(code).toBe(0);
  });
});
