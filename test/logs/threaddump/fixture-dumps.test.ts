// Facts from dumps a real JVM wrote for the fixture programs: which threads, which locks, which cause.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDump } from '../../../src/logs/threaddump/analyse.js';
import { parseThreadDumps } from '../../../src/logs/threaddump/parse.js';
import type { ThreadDump } from '../../../src/logs/threaddump/types.js';

const FIX = new URL('../../../fixtures/threaddump/', import.meta.url);

function dumpsOf(name: string): ThreadDump[] {
  const parsed = parseThreadDumps(readFileSync(new URL(name, FIX), 'utf8'));
  if (parsed.kind !== 'hotspot') throw new Error(`${name}: ${parsed.kind}`);
  return parsed.dumps;
}

function lockOf(dump: ThreadDump, thread: string, kind: 'locked' | 'waitingToLock'): string {
  const t = dump.threads.find((x) => x.name === thread);
  const l = kind === 'locked' ? t?.locked[0] : t?.waitingToLock;
  if (!l) throw new Error(`${thread} has no ${kind}`);
  return l.address;
}

const causes = (dump: ThreadDump) =>
  analyseDump(dump)
    .findings.map((f) => f.cause)
    .sort();

describe.each(['jstack.txt', 'console.log'])('fixture dumps (%s)', (ext) => {
  it('emailjob deadlock: both emailjob threads, both locks, from the JVM section and the lock graph', () => {
    const [dump] = dumpsOf(`emailjob-deadlock.${ext}`);
    expect(dump!.jvmDeadlocks).toHaveLength(1);
    const { findings } = analyseDump(dump!);
    const deadlock = findings.filter((f) => f.cause === 'threaddump.deadlock');
    expect(deadlock).toHaveLength(1);
    const ev = deadlock[0]!.evidence as { threads: string[]; locks: string[]; emailThreads: string[]; sources: string[] };
    expect([...ev.threads].sort()).toEqual(['emailjob-1', 'emailjob-2']);
    expect(ev.emailThreads.sort()).toEqual(['emailjob-1', 'emailjob-2']);
    expect(ev.sources).toEqual(['jvm', 'lock-graph']);
    expect([...ev.locks].sort()).toEqual([lockOf(dump!, 'emailjob-1', 'locked'), lockOf(dump!, 'emailjob-2', 'locked')].sort());
    expect(deadlock[0]!.detail).toContain('EmailJobDeadlock$TicketLock');
    expect(causes(dump!)).toEqual(['threaddump.deadlock']);
  });

  it('email threads BLOCKED behind the sleeping ticket-sync thread, with the holder chain', () => {
    const dumps = dumpsOf(`email-blocked.${ext}`);
    expect(dumps).toHaveLength(ext === 'console.log' ? 3 : 1);
    const dump = dumps[0]!;
    const f = analyseDump(dump).findings.filter((x) => x.cause === 'threaddump.email-blocked');
    expect(f).toHaveLength(1);
    const ev = f[0]!.evidence as { threads: string[]; holder: string; locks: string[]; chains: Array<{ thread: string; chain: Array<{ heldBy: string }> }> };
    expect(ev.threads.sort()).toEqual(['email-sender-1', 'emailjob-2', 'emailjob-fetch-1']);
    expect(ev.holder).toBe('ticket-sync');
    expect(ev.locks).toContain(lockOf(dump, 'ticket-sync', 'locked'));
    const chain = ev.chains.find((c) => c.thread === 'emailjob-2')!.chain.map((c) => c.heldBy);
    expect(chain).toEqual(['emailjob-fetch-1', 'ticket-sync']);
    expect(f[0]!.detail).toContain('emailjob-2 waits for');
    expect(f[0]!.detail).toContain('which is itself waiting for');
    expect(f[0]!.detail).toContain('TIMED_WAITING (sleeping)');
  });

  it('SSL handshake hang: imap-ssl-1 in sun.security.ssl, emailjob-1 BLOCKED behind it, smtp-sender-1 in an untimed read', () => {
    const [dump] = dumpsOf(`ssl-hang.${ext}`);
    const { findings } = analyseDump(dump!);
    const ssl = findings.find((f) => f.cause === 'threaddump.ssl-handshake-hang')!;
    expect(ssl.severity).toBe('fail');
    const ev = ssl.evidence as { threads: string[]; locks: string[]; sslThreads: Array<{ thread: string; sslFrame: string }> };
    expect(ev.threads.sort()).toEqual(['email-imap-2', 'emailjob-1', 'imap-ssl-1']);
    expect(ev.sslThreads.find((t) => t.thread === 'imap-ssl-1')!.sslFrame).toMatch(/^sun\.security\.ssl\./);
    expect(ev.locks).toContain(lockOf(dump!, 'emailjob-1', 'waitingToLock'));
    const read = findings.find((f) => f.cause === 'threaddump.mail-socket-read')!;
    expect((read.evidence as { threads: string[] }).threads).toEqual(['smtp-sender-1']);
    expect(causes(dump!)).toEqual(['threaddump.email-blocked', 'threaddump.mail-socket-read', 'threaddump.ssl-handshake-hang']);
    const blocked = findings.find((f) => f.cause === 'threaddump.email-blocked')!.evidence as { threads: string[]; holder: string };
    expect(blocked.holder).toBe('imap-ssl-1');
    expect(blocked.threads.sort()).toEqual(ext === 'jstack.txt' ? ['email-imap-2', 'emailjob-1'] : ['emailjob-1']);
  });

  it("the guide's exact pattern: imap-ssl-verify BLOCKED with sun.security.ssl frames under it (trust check waits for crl-refresh)", () => {
    const [dump] = dumpsOf(`ssl-trust-blocked.${ext}`);
    const { findings } = analyseDump(dump!);
    const ssl = findings.find((f) => f.cause === 'threaddump.ssl-handshake-hang')!;
    expect(ssl.severity).toBe('fail');
    const ev = ssl.evidence as { threads: string[]; locks: string[]; sslThreads: Array<{ thread: string; state: string; sslFrame: string }> };
    const verify = ev.sslThreads.find((t) => t.thread === 'imap-ssl-verify')!;
    expect(verify.state).toBe('BLOCKED');
    expect(verify.sslFrame).toMatch(/^sun\.security\.ssl\.AbstractTrustManagerWrapper\.checkServerTrusted/);
    expect(ev.locks).toContain(lockOf(dump!, 'crl-refresh', 'locked'));
    const blocked = findings.find((f) => f.cause === 'threaddump.email-blocked')!.evidence as { threads: string[]; holder: string };
    expect(blocked).toMatchObject({ threads: ['imap-ssl-verify'], holder: 'crl-refresh' });
  });

  it("deadlock on ReentrantLocks between two email threads: parked threads, ownable synchronizers, the JVM's section", () => {
    const [dump] = dumpsOf(`sender-lock-deadlock.${ext}`);
    expect(dump!.jvmDeadlocks[0]!.links.map((l) => l.waitingFor)).toEqual([
      expect.stringContaining('ReentrantLock$NonfairSync'),
      expect.stringContaining('ReentrantLock$NonfairSync'),
    ]);
    const { findings } = analyseDump(dump!);
    expect(causes(dump!)).toEqual(['threaddump.deadlock']);
    const ev = findings[0]!.evidence as { threads: string[]; locks: string[]; sources: string[] };
    expect(ev.threads.sort()).toEqual(['email-notifier-1', 'email-sender-1']);
    const parked = dump!.threads.filter((t) => ev.threads.includes(t.name)).map((t) => t.parkedOn!.address);
    expect([...ev.locks].sort()).toEqual(parked.sort());
    if (ext === 'jstack.txt') {
      expect(ev.sources).toEqual(['jvm', 'lock-graph']);
      const owned = dump!.threads.filter((t) => ev.threads.includes(t.name)).flatMap((t) => t.ownableSynchronizers.map((o) => o.address));
      expect(owned.sort()).toEqual(parked.sort());
    } else {
      // kill -3 does not print "Locked ownable synchronizers", so only the JVM's own section names this cycle
      expect(ev.sources).toEqual(['jvm']);
      expect(dump!.threads.every((t) => t.ownableSynchronizers.length === 0)).toBe(true);
    }
  });

  it('healthy idle application: Quartz-like threads WAITING are reported as normal, nothing else', () => {
    const [dump] = dumpsOf(`quartz-idle.${ext}`);
    const { findings, summary } = analyseDump(dump!);
    expect(findings.map((f) => f.cause)).toEqual(['threaddump.quartz-idle']);
    expect(findings[0]!.severity ?? 'info').toBe('info');
    expect((findings[0]!.evidence as { threads: string[] }).threads).toContain('DefaultQuartzScheduler_Worker-1');
    expect(summary).toContain('no email failure pattern');
  });

  it('all Quartz-like workers busy and the scheduler BLOCKED on the job store lock held by Worker-1', () => {
    const [dump] = dumpsOf(`quartz-busy.${ext}`);
    const { findings } = analyseDump(dump!);
    expect(findings.map((f) => f.cause).sort()).toEqual(['threaddump.quartz-blocked', 'threaddump.quartz-pool-exhausted']);
    const blocked = findings.find((f) => f.cause === 'threaddump.quartz-blocked')!.evidence as { threads: string[]; holders: string[]; locks: string[] };
    expect(blocked.threads).toEqual(['DefaultQuartzScheduler_QuartzSchedulerThread']);
    expect(blocked.holders).toEqual(['DefaultQuartzScheduler_Worker-1']);
    expect(blocked.locks).toEqual([lockOf(dump!, 'DefaultQuartzScheduler_Worker-1', 'locked')]);
    const pool = findings.find((f) => f.cause === 'threaddump.quartz-pool-exhausted')!.evidence as { threads: string[]; pool: string };
    expect(pool.pool).toBe('DefaultQuartzScheduler');
    expect(pool.threads.sort()).toEqual(['DefaultQuartzScheduler_Worker-1', 'DefaultQuartzScheduler_Worker-2', 'DefaultQuartzScheduler_Worker-3']);
  });
});

describe('dump metadata', () => {
  it('reads the timestamp, JVM line, thread count and states of a jstack -l dump', () => {
    const [dump] = dumpsOf('emailjob-deadlock.jstack.txt');
    const text = readFileSync(new URL('emailjob-deadlock.jstack.txt', FIX), 'utf8');
    const lines = text.split('\n');
    expect(dump!.timestamp).toBe(lines[0]);
    expect(dump!.jvm).toBe(lines[1]!.replace(/:$/, ''));
    expect(dump!.threads).toHaveLength(lines.filter((l) => /^"[^"]+" .*tid=/.test(l)).length);
    const ev = analyseDump(dump!).evidence as { states: Record<string, number> };
    expect(ev.states.BLOCKED).toBe(text.match(/java\.lang\.Thread\.State: BLOCKED/g)!.length);
    expect(dump!.truncated).toBe(false);
  });

  it('finds each kill -3 dump among log lines with its own timestamp', () => {
    const dumps = dumpsOf('email-blocked.console.log');
    const stamps = dumps.map((d) => d.timestamp);
    expect(new Set(stamps).size).toBe(3);
    expect(stamps.every((s) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(s ?? ''))).toBe(true);
    const t = dumps[0]!.threads.find((x) => x.name === 'ticket-sync')!;
    expect(t.state).toBe('TIMED_WAITING');
    expect(t.stateDetail).toBe('sleeping');
    expect(t.locked[0]!.className).toBe('fixture.helpdesk.EmailBlocked$TicketStore');
  });

  it('reads ownable synchronizers and parked locks', () => {
    const [dump] = dumpsOf('ssl-hang.jstack.txt');
    const parked = dump!.threads.find((x) => x.name === 'email-imap-2')!;
    expect(parked.parkedOn?.className).toBe('java.util.concurrent.locks.ReentrantLock$NonfairSync');
    const holder = dump!.threads.find((x) => x.ownableSynchronizers.some((o) => o.address === parked.parkedOn?.address));
    expect(holder?.name).toBe('imap-ssl-1');
  });
});

describe('TLS reads that are not handshakes', () => {
  it('a mail thread reading application data over an established TLS connection is a socket read, not a handshake hang', () => {
    const [dump] = dumpsOf('ssl-hang.jstack.txt');
    const t = dump!.threads.find((x) => x.name === 'imap-ssl-1')!;
    const appRead = {
      ...t,
      name: 'imap-idle-1',
      frames: [
        ...t.frames.slice(
          0,
          t.frames.findIndex((f) => f.startsWith('sun.security.ssl.SSLSocketImpl.decode')),
        ),
        'sun.security.ssl.SSLSocketImpl.readApplicationRecord(java.base@17.0.15/SSLSocketImpl.java:1487)',
        'sun.security.ssl.SSLSocketImpl$AppInputStream.read(java.base@17.0.15/SSLSocketImpl.java:1070)',
        'fixture.helpdesk.Imap.readLine(Imap.java:10)',
      ],
      locked: [],
      ownableSynchronizers: [],
    };
    const causes = analyseDump({ ...dump!, threads: [appRead] }).findings.map((f) => f.cause);
    expect(causes).toEqual(['threaddump.mail-socket-read']);
  });
});
