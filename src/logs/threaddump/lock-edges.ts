// The wait-for graph as JSON evidence: who waits for which lock held by whom, and which threads form a deadlock.
import { findCycles, type LockGraph, type WaitLink } from './lock-graph.js';
import type { DumpThread } from './types.js';
import { effectiveState } from './classify.js';

/** Most edges listed; a dump with thousands of waiters keeps the first ones in thread order. */
const MAX_EDGES = 200;

/** One wait: `waiter` wants `lock` (a `className` instance), which `holder` holds. */
export interface LockEdge {
  waiter: string;
  waiterState: string | null;
  lock: string;
  lockClass: string;
  holder: string;
  holderState: string | null;
}

/** The graph of one dump: its edges, its cycles (thread names in wait order) and how many edges were left out. */
export interface LockGraphEvidence {
  edges: LockEdge[];
  cycles: string[][];
  omittedEdges: number;
}

function edgeOf(link: WaitLink): LockEdge {
  const { thread, lock, holder } = link;
  return {
    waiter: thread.name,
    waiterState: effectiveState(thread) ?? null,
    lock: lock.address,
    lockClass: lock.className,
    holder: holder.name,
    holderState: effectiveState(holder) ?? null,
  };
}

/** Every wait link of the dump (those in a cycle first, so a cap never hides a deadlock), and every cycle. */
export function lockGraphEvidence(threads: readonly DumpThread[], graph: LockGraph): LockGraphEvidence {
  const cycleLinks = findCycles(graph, threads);
  const inCycle = new Set(cycleLinks.flat().map((l) => l.thread));
  const others = threads
    .filter((t) => !inCycle.has(t))
    .map((t) => graph.next(t))
    .filter((l): l is WaitLink => l !== undefined);
  const links = [...cycleLinks.flat(), ...others];
  return {
    edges: links.slice(0, Math.max(MAX_EDGES, inCycle.size)).map(edgeOf),
    cycles: cycleLinks.map((c) => c.map((l) => l.thread.name)),
    omittedEdges: Math.max(0, links.length - Math.max(MAX_EDGES, inCycle.size)),
  };
}
