// Typed, defensive readers of the evidence the pictures are drawn from: a missing or odd value draws nothing.
import type { Evidence } from '../../core/types.js';
import { toMs } from './format.js';

/** A series of counts per bucket. */
export interface Series {
  startMs: number;
  bucketMs: number;
  counts: number[];
}

/** Entries or lines at one journey step. */
export interface StepCount {
  step: number;
  reached: number;
  failed: number;
  ignored: number;
}

/** One wait of a thread for a lock another thread holds. */
export interface LockEdge {
  waiter: string;
  waiterState: string;
  lock: string;
  lockClass: string;
  holder: string;
  holderState: string;
}

/** One certificate of a presented chain. */
export interface Cert {
  subject: string;
  issuer: string;
  notAfter: string;
  daysLeft: number;
  selfSigned: boolean;
}

/** A Quartz trigger's fire times at the moment the rows describe. */
export interface FireTimes {
  trigger: string;
  state: string;
  prevMs: number | undefined;
  nextMs: number | undefined;
  asOfMs: number;
  intervalMs: number | undefined;
  staleAfterMs: number | undefined;
}

/** A plain object, or undefined. */
export function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** A finite number, or undefined. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A string, or undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function counts(v: unknown): number[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) ? (v as number[]) : undefined;
}

/** `{ bucketMinutes, start, counts }` (a log cause's timeline). */
export function readSeries(v: unknown): Series | undefined {
  const o = obj(v);
  const minutes = num(o?.bucketMinutes);
  const startMs = toMs(o?.start);
  const c = counts(o?.counts);
  return minutes && minutes > 0 && startMs !== undefined && c && c.length > 0 ? { startMs, bucketMs: minutes * 60_000, counts: c } : undefined;
}

/** `{ bucketMinutes, start, statuses: { STATUS: counts } }` (audit statuses per hour), one series per status. */
export function readStatusTimeline(v: unknown): Array<{ status: string; series: Series }> {
  const o = obj(v);
  const statuses = obj(o?.statuses);
  if (!o || !statuses) return [];
  return Object.entries(statuses).flatMap(([status, c]) => {
    const series = readSeries({ bucketMinutes: o.bucketMinutes, start: o.start, counts: c });
    return series ? [{ status, series }] : [];
  });
}

/** The `journeySteps` of a logs or audit result. */
export function readSteps(e: Evidence): StepCount[] {
  const list = Array.isArray(e.journeySteps) ? e.journeySteps : [];
  return list.flatMap((x) => {
    const o = obj(x);
    const step = num(o?.step);
    return o && step && step >= 1 && step <= 7 ? [{ step, reached: num(o.reached) ?? 0, failed: num(o.failed) ?? 0, ignored: num(o.ignored) ?? 0 }] : [];
  });
}

/** The `lockGraph` of a thread dump result. */
export function readLockGraph(e: Evidence): { edges: LockEdge[]; cycles: string[][]; omitted: number } | undefined {
  const o = obj(e.lockGraph);
  if (!o || !Array.isArray(o.edges)) return undefined;
  const edges = o.edges.flatMap((x) => {
    const l = obj(x);
    const waiter = str(l?.waiter);
    const holder = str(l?.holder);
    return l && waiter !== undefined && holder !== undefined
      ? [
          {
            waiter,
            holder,
            waiterState: str(l.waiterState) ?? '',
            holderState: str(l.holderState) ?? '',
            lock: str(l.lock) ?? '',
            lockClass: str(l.lockClass) ?? '',
          },
        ]
      : [];
  });
  const cycles = (Array.isArray(o.cycles) ? o.cycles : []).filter((c): c is string[] => Array.isArray(c) && c.every((n) => typeof n === 'string'));
  return { edges, cycles, omitted: num(o.omittedEdges) ?? 0 };
}

/** The `chain` of a TLS result, leaf first. */
export function readChain(e: Evidence): Cert[] {
  const list = Array.isArray(e.chain) ? e.chain : [];
  return list.flatMap((x) => {
    const c = obj(x);
    const daysLeft = num(c?.daysLeft);
    return c && daysLeft !== undefined
      ? [{ subject: str(c.subject) ?? '', issuer: str(c.issuer) ?? '', notAfter: str(c.notAfter) ?? '', daysLeft, selfSigned: c.selfSigned === true }]
      : [];
  });
}

/** Fire times from a Quartz trigger finding's evidence (a negative PREV_FIRE_TIME means never fired). */
export function readFireTimes(e: Evidence): FireTimes | undefined {
  const asOfMs = toMs(e.asOf);
  const trigger = str(e.trigger);
  if (asOfMs === undefined || trigger === undefined || !('prevFireTime' in e)) return undefined;
  const prev = typeof e.prevFireTime === 'string' ? toMs(e.prevFireTime) : undefined;
  const next = typeof e.nextFireTime === 'string' ? toMs(e.nextFireTime) : undefined;
  return {
    trigger,
    state: str(e.triggerState) ?? '',
    prevMs: prev,
    nextMs: next,
    asOfMs,
    intervalMs: num(e.repeatIntervalMs),
    staleAfterMs: num(e.staleAfterMs),
  };
}
