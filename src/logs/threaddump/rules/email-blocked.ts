// BLOCKED email threads, grouped by the thread at the end of their holder chain.
import type { FindingInput } from '../../../core/types.js';
import { effectiveState, isMailThread, whereIs } from '../classify.js';
import { holderChain, type LockGraph } from '../lock-graph.js';
import type { DumpThread, ThreadDump } from '../types.js';
import { chainEvidence, chainText, lockText } from './describe.js';

/** One `threaddump.email-blocked` finding per final holder (or unresolved lock): email threads BLOCKED on a monitor, or parked on a lock another thread owns. */
export function emailBlockedFindings(dump: ThreadDump, graph: LockGraph, skip: ReadonlySet<string>): FindingInput[] {
  const groups = new Map<string, { holder?: DumpThread; chains: string[]; threads: string[]; locks: Set<string>; evidence: unknown[] }>();
  for (const t of dump.threads) {
    const waits = effectiveState(t) === 'BLOCKED' || (t.parkedOn !== undefined && graph.next(t) !== undefined);
    if (skip.has(t.name) || !waits || !isMailThread(t)) continue;
    const { links, cycle } = holderChain(graph, t);
    const root = links[links.length - 1]?.holder;
    const key = root ? `holder:${root.name}` : `lock:${t.waitingToLock?.address ?? '?'}`;
    const g = groups.get(key) ?? { ...(root ? { holder: root } : {}), chains: [], threads: [], locks: new Set<string>(), evidence: [] };
    g.threads.push(t.name);
    links.forEach((l) => g.locks.add(l.lock.address));
    if (links.length > 0) g.chains.push(chainText(links, cycle, false));
    else if (t.waitingToLock) {
      g.locks.add(t.waitingToLock.address);
      g.chains.push(`${t.name} waits for ${lockText(t.waitingToLock)}, whose holder is not in this dump`);
    } else g.chains.push(`${t.name} is BLOCKED (${t.headerStatus || 'no lock printed'})`);
    g.evidence.push({ thread: t.name, chain: chainEvidence(links) });
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    cause: 'threaddump.email-blocked',
    detail: `${g.threads.length} email thread${g.threads.length === 1 ? ' is' : 's are'} blocked${g.holder ? ` behind ${g.holder.name} (${whereIs(g.holder)})` : ''}: ${g.chains.join('; ')}`,
    evidence: { threads: g.threads, locks: [...g.locks], ...(g.holder ? { holder: g.holder.name, holderState: whereIs(g.holder) } : {}), chains: g.evidence },
  }));
}
