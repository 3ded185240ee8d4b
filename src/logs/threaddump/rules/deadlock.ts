// Deadlocks: the JVM's own section and the cycles computed from the lock graph, merged per set of threads.
import type { FindingInput } from '../../../core/types.js';
import { isMailThread } from '../classify.js';
import { findCycles, type LockGraph } from '../lock-graph.js';
import type { ThreadDump } from '../types.js';
import { chainText } from './describe.js';

interface Cycle {
  threads: string[];
  locks: string[];
  text: string;
  sources: Set<'jvm' | 'lock-graph'>;
}

/** One `threaddump.deadlock` finding per distinct cycle; evidence says whether the JVM, the lock graph or both saw it. */
export function deadlockFindings(dump: ThreadDump, graph: LockGraph): { findings: FindingInput[]; threads: Set<string> } {
  const cycles = new Map<string, Cycle>();
  const add = (threads: string[], locks: string[], text: string, source: 'jvm' | 'lock-graph') => {
    const key = [...threads].sort().join('\u0000');
    const existing = cycles.get(key);
    if (existing) existing.sources.add(source);
    else cycles.set(key, { threads, locks, text, sources: new Set([source]) });
  };
  for (const cycle of findCycles(graph, dump.threads)) {
    add(
      cycle.map((l) => l.thread.name),
      cycle.map((l) => l.lock.address),
      chainText(cycle, true),
      'lock-graph',
    );
  }
  for (const d of dump.jvmDeadlocks) {
    const locks = d.links.map((l) => /<(0x[0-9a-f]+)>/.exec(l.waitingFor)?.[1] ?? l.waitingFor);
    const text = d.links.map((l) => `${l.thread} waits for ${l.waitingFor} held by ${l.heldBy}`).join('; ');
    add(
      d.links.map((l) => l.thread),
      locks,
      text,
      'jvm',
    );
  }
  const byName = new Map(dump.threads.map((t) => [t.name, t]));
  const involved = new Set<string>();
  const findings: FindingInput[] = [...cycles.values()].map((c) => {
    c.threads.forEach((t) => involved.add(t));
    const mail = c.threads.filter((n) => {
      const t = byName.get(n);
      return t ? isMailThread(t) : /mail|imap|smtp|pop3/i.test(n);
    });
    const sources = [...c.sources].sort();
    const seenBy =
      sources.length === 2
        ? 'reported by the JVM and found in the lock graph'
        : sources[0] === 'jvm'
          ? 'reported by the JVM'
          : "found in the lock graph (the JVM's deadlock section is not in this dump)";
    return {
      cause: 'threaddump.deadlock',
      detail: `${mail.length > 0 ? 'Deadlock between email threads' : 'Deadlock'} (${c.threads.join(', ')}), ${seenBy}: ${c.text}`,
      evidence: { threads: c.threads, locks: c.locks, emailThreads: mail, sources },
    };
  });
  return { findings, threads: involved };
}
