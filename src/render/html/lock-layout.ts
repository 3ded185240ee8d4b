// Places the threads of a wait-for graph in columns: lock holders (and deadlock cycles) on the right, waiters left of them.
import type { LockEdge } from './read.js';

/** A thread's box. */
export interface LockNode {
  name: string;
  state: string;
  inCycle: boolean;
  col: number;
  row: number;
}

/** Most threads drawn; a bigger graph keeps its cycles and the first waits. */
const MAX_NODES = 40;

/** Nodes with their column and row; `dropped` counts threads left out. */
export function layoutLocks(edges: LockEdge[], cycles: string[][]): { nodes: LockNode[]; edges: LockEdge[]; dropped: number } {
  const inCycle = new Set(cycles.flat());
  const kept: LockEdge[] = [];
  const names = new Set<string>();
  for (const e of [...edges.filter((x) => inCycle.has(x.waiter)), ...edges.filter((x) => !inCycle.has(x.waiter))]) {
    const extra = [e.waiter, e.holder].filter((n) => !names.has(n)).length;
    if (names.size + extra > MAX_NODES && !inCycle.has(e.waiter)) continue;
    kept.push(e);
    names.add(e.waiter);
    names.add(e.holder);
  }
  const all = new Set([...edges.flatMap((e) => [e.waiter, e.holder])]);
  const next = new Map(kept.map((e) => [e.waiter, e.holder]));
  const state = new Map<string, string>();
  for (const e of kept) {
    state.set(e.waiter, e.waiterState);
    if (!state.has(e.holder)) state.set(e.holder, e.holderState);
  }
  const layer = new Map<string, number>();
  const layerOf = (n: string, seen: Set<string>): number => {
    const known = layer.get(n);
    if (known !== undefined) return known;
    const holder = next.get(n);
    const value = inCycle.has(n) || holder === undefined || seen.has(holder) ? 0 : 1 + layerOf(holder, new Set([...seen, n]));
    layer.set(n, value);
    return value;
  };
  for (const n of names) layerOf(n, new Set());
  const maxLayer = Math.max(0, ...layer.values());
  const rowOf = new Map<string, number>();
  const nodes: LockNode[] = [];
  for (let l = 0; l <= maxLayer; l += 1) {
    const here = [...names].filter((n) => layer.get(n) === l);
    const cycleOrder = cycles.flat().filter((n) => here.includes(n));
    const rest = here.filter((n) => !inCycle.has(n)).sort((a, b) => (rowOf.get(next.get(a) ?? '') ?? 0) - (rowOf.get(next.get(b) ?? '') ?? 0));
    [...new Set([...cycleOrder, ...rest])].forEach((n, row) => {
      rowOf.set(n, row);
      nodes.push({ name: n, state: state.get(n) ?? '', inCycle: inCycle.has(n), col: maxLayer - l, row });
    });
  }
  return { nodes, edges: kept, dropped: all.size - names.size };
}
