// Who holds which lock and who waits for whom: holder chains and deadlock cycles computed from the dump itself.
import type { DumpThread, LockRef } from './types.js';

/** One step of a chain: `thread` waits for `lock`, held by `holder`. */
export interface WaitLink {
  thread: DumpThread;
  lock: LockRef;
  holder: DumpThread;
}

/** The wait-for graph of one dump. */
export interface LockGraph {
  holderOf(address: string): DumpThread | undefined;
  /** The link out of a thread, when it waits for a lock someone in this dump holds. */
  next(thread: DumpThread): WaitLink | undefined;
  /** Threads waiting for a lock the given thread holds. */
  waitersOn(thread: DumpThread): DumpThread[];
}

/** The lock a thread waits for: the monitor it wants, else the synchronizer it parks on. */
export function wantedLock(t: DumpThread): LockRef | undefined {
  return t.waitingToLock ?? t.parkedOn;
}

/** Builds the graph; a monitor the thread is `waiting on` (Object.wait) is released, so it does not count as held. */
export function buildLockGraph(threads: readonly DumpThread[]): LockGraph {
  const holders = new Map<string, DumpThread>();
  for (const t of threads) {
    for (const l of [...t.locked, ...t.ownableSynchronizers]) {
      if (t.waitingOn?.address === l.address || t.waitingToLock?.address === l.address) continue;
      if (!holders.has(l.address)) holders.set(l.address, t);
    }
  }
  const waiters = new Map<DumpThread, DumpThread[]>();
  const links = new Map<DumpThread, WaitLink>();
  for (const t of threads) {
    const lock = wantedLock(t);
    const holder = lock ? holders.get(lock.address) : undefined;
    if (!lock || !holder || holder === t) continue;
    links.set(t, { thread: t, lock, holder });
    const list = waiters.get(holder) ?? [];
    list.push(t);
    waiters.set(holder, list);
  }
  return {
    holderOf: (address) => holders.get(address),
    next: (t) => links.get(t),
    waitersOn: (t) => waiters.get(t) ?? [],
  };
}

/** Follows a thread's wait links until a thread that waits for nobody, or a cycle; returns the links walked. */
export function holderChain(graph: LockGraph, start: DumpThread): { links: WaitLink[]; cycle: boolean } {
  const links: WaitLink[] = [];
  const seen = new Set<DumpThread>([start]);
  let link = graph.next(start);
  while (link) {
    links.push(link);
    if (seen.has(link.holder)) return { links, cycle: true };
    seen.add(link.holder);
    link = graph.next(link.holder);
  }
  return { links, cycle: false };
}

/** Every wait-for cycle of the dump (each thread waits for at most one lock, so each cycle is found once). */
export function findCycles(graph: LockGraph, threads: readonly DumpThread[]): WaitLink[][] {
  const cycles: WaitLink[][] = [];
  const state = new Map<DumpThread, 'visiting' | 'done'>();
  for (const start of threads) {
    if (state.has(start)) continue;
    const path: DumpThread[] = [];
    let t: DumpThread | undefined = start;
    while (t && !state.has(t)) {
      state.set(t, 'visiting');
      path.push(t);
      t = graph.next(t)?.holder;
    }
    if (t && state.get(t) === 'visiting') {
      const from = path.indexOf(t);
      cycles.push(path.slice(from).map((p) => graph.next(p)!));
    }
    for (const p of path) state.set(p, 'done');
  }
  return cycles;
}
