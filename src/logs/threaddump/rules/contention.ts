// Lock hotspots: one lock with many threads queued behind it, whoever they are.
import type { FindingInput } from '../../../core/types.js';
import { effectiveState, isMailThread, whereIs } from '../classify.js';
import { wantedLock, type LockGraph } from '../lock-graph.js';
import type { DumpThread, LockRef, ThreadDump } from '../types.js';
import { lockText } from './describe.js';

/** Fewest waiters on one lock that make it a hotspot worth a finding. */
export const CONTENTION_MIN_WAITERS = 5;

/** Waiter names shown in the detail; evidence lists them all. */
const SHOWN = 10;

/** One `threaddump.lock-contention` finding per lock with at least CONTENTION_MIN_WAITERS waiters (locks only email threads wait for are the email-blocked rule's). */
export function contentionFindings(dump: ThreadDump, graph: LockGraph): FindingInput[] {
  const byLock = new Map<string, { lock: LockRef; waiters: DumpThread[] }>();
  for (const t of dump.threads) {
    const lock = wantedLock(t);
    if (!lock || (effectiveState(t) !== 'BLOCKED' && !graph.holderOf(lock.address))) continue;
    const entry = byLock.get(lock.address) ?? { lock, waiters: [] };
    entry.waiters.push(t);
    byLock.set(lock.address, entry);
  }
  return [...byLock.values()]
    .filter((e) => e.waiters.length >= CONTENTION_MIN_WAITERS && !e.waiters.every(isMailThread))
    .sort((a, b) => b.waiters.length - a.waiters.length)
    .map(({ lock, waiters }) => {
      const holder = graph.holderOf(lock.address);
      const names = waiters.map((w) => w.name);
      const shown = names.slice(0, SHOWN).join(', ') + (names.length > SHOWN ? `, and ${names.length - SHOWN} more` : '');
      return {
        cause: 'threaddump.lock-contention' as const,
        detail: `${waiters.length} threads wait for ${lockText(lock)}${holder ? `, held by ${holder.name} (${whereIs(holder)})` : ', whose holder is not in this dump'}: ${shown}`,
        evidence: { threads: names, locks: [lock.address], lockClass: lock.className, holder: holder?.name ?? null, waiters: waiters.length },
      };
    });
}
