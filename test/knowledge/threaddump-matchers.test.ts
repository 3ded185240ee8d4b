// The thread-dump wordings in the knowledge base, tested on real JVM and tool output.
import { describe, expect, it } from 'vitest';
import { matchText } from '../../src/knowledge/match.js';
import { THREADDUMP_MATCHERS } from '../../src/knowledge/threaddump-matchers.js';
import { CAUSES } from '../../src/knowledge/index.js';

describe('thread dump matchers', () => {
  it.each([
    ['Found one Java-level deadlock:', 'threaddump.deadlock'],
    ['Found a total of 3 Java-level deadlocks', 'threaddump.deadlock'],
    ['Found 1 deadlock.', 'threaddump.deadlock'],
    ['   java.lang.Thread.State: BLOCKED (on object monitor)', 'threaddump.thread-blocked'],
    ['\t- waiting to lock <0x000000069e01b360> (a fixture.helpdesk.EmailJobDeadlock$TicketLock)', 'threaddump.thread-blocked'],
    ['Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1 mixed mode, sharing):', 'threaddump.dump-in-log'],
    ["JVMDUMP032I JVM requested Java dump using '/opt/was/javacore.20191105.224043.17.0001.txt' in response to an event", 'threaddump.unsupported-format'],
    [
      "12345: Unable to open socket file /proc/12345/cwd/.attach_pid12345: target process 12345 doesn't respond within 10500ms or HotSpot VM not loaded",
      'threaddump.collect.failed',
    ],
    ['bash: jstack: command not found', 'threaddump.collect.no-jstack'],
  ])('%s -> %s', (text, cause) => {
    expect(matchText(text).map((m) => m.cause)).toContain(cause);
  });

  it('does not fire on the other states or on ordinary log text', () => {
    for (const text of ['   java.lang.Thread.State: WAITING (on object monitor)', '2026-01-01 INFO EmailJob - fetched 3 messages', 'no deadlock here']) {
      expect(matchText(text).filter((m) => m.cause.startsWith('threaddump.'))).toEqual([]);
    }
  });

  it('every matcher example matches its own pattern and names a known cause', () => {
    for (const m of THREADDUMP_MATCHERS) {
      expect(m.pattern.test(m.example), m.id).toBe(true);
      expect(CAUSES[m.cause].reference, m.id).toMatch(/^ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis/);
    }
  });
});
