// The "take three dumps" method: threads whose state and stack never change across a series are hung.
import type { Evidence, FindingInput } from '../../core/types.js';
import { stateCounts } from './analyse.js';
import { effectiveState, inSocketRead, isIdleQuartzWorker, isMailThread, whereIs } from './classify.js';
import { buildLockGraph } from './lock-graph.js';
import type { DumpThread, ThreadDump } from './types.js';

/** A dump with the label of where it came from (`file#2`). */
export interface LabelledDump {
  label: string;
  dump: ThreadDump;
}

function identity(t: DumpThread): string {
  return `${t.name}\u0000${t.number ?? ''}`;
}

function stack(t: DumpThread): string {
  return `${t.state ?? t.headerStatus}\n${t.frames.join('\n')}`;
}

/** Why an unmoving thread matters, or undefined for threads that legitimately sit still (idle pools, signal handlers). */
function whyItMatters(t: DumpThread, holdsWanted: boolean): string | undefined {
  const state = effectiveState(t);
  if (state === 'BLOCKED') return 'BLOCKED';
  if (holdsWanted) return 'holds a lock other threads wait for';
  if (state === 'RUNNABLE' && inSocketRead(t)) return 'reading a socket';
  if (isMailThread(t) && t.frames.length > 0 && !isIdleQuartzWorker(t) && state === 'RUNNABLE') return 'email thread running the same code';
  return undefined;
}

/** Which JVM run a dump comes from: its JVM line and the tid of its Reference Handler thread (stable for the life of a JVM). */
export function jvmIdentity(dump: ThreadDump): string {
  const anchor = dump.threads.find((t) => t.name === 'Reference Handler') ?? dump.threads.find((t) => t.name === 'main');
  return `${dump.jvm ?? '?'}\u0000${anchor?.tid ?? anchor?.nid ?? '?'}`;
}

/** Compares dumps in time order; one `threaddump.stuck-thread` finding naming every hung thread, and which threads moved. */
export function compareDumps(series: readonly LabelledDump[]): { summary: string; findings: FindingInput[]; evidence: Evidence } {
  const first = series[0]?.dump;
  if (!first || series.length < 2) return { summary: 'fewer than two dumps: nothing to compare', findings: [], evidence: { dumps: series.length } };
  const later = series.slice(1).map((s) => new Map(s.dump.threads.map((t) => [identity(t), t])));
  const lastGraph = buildLockGraph(series[series.length - 1]!.dump.threads);
  const lastDump = series[series.length - 1]!.dump;
  const moving: string[] = [];
  const still: string[] = [];
  const hung: Array<{ thread: string; reason: string; where: string; state: string | null; top: string | null; locks: string[]; waiters: string[] }> = [];
  for (const t of first.threads) {
    if (t.frames.length === 0) continue;
    const copies = later.map((m) => m.get(identity(t)));
    if (copies.some((c) => c === undefined)) continue;
    if (copies.some((c) => stack(c!) !== stack(t))) {
      moving.push(t.name);
      continue;
    }
    still.push(t.name);
    const last = copies[copies.length - 1]!;
    const waiters = lastGraph.waitersOn(last);
    const why = whyItMatters(last, waiters.length > 0);
    if (!why) continue;
    hung.push({
      thread: t.name,
      reason: why,
      where: whereIs(last),
      state: last.state ?? null,
      top: last.frames[0] ?? null,
      locks: [...(last.waitingToLock ? [last.waitingToLock.address] : []), ...waiters.map((w) => (w.waitingToLock ?? w.parkedOn)?.address ?? '')].filter(
        (v, i, a) => v !== '' && a.indexOf(v) === i,
      ),
      waiters: waiters.map((w) => w.name),
    });
  }
  const span = `${series[0]!.dump.timestamp ?? series[0]!.label} to ${lastDump.timestamp ?? series[series.length - 1]!.label}`;
  const findings: FindingInput[] =
    hung.length === 0
      ? []
      : [
          {
            cause: 'threaddump.stuck-thread',
            detail: `${hung.length} thread${hung.length === 1 ? '' : 's'} did not move in ${series.length} dumps (${span}): ${hung.map((h) => `${h.thread} (${h.where}${h.reason === 'BLOCKED' ? '' : `, ${h.reason}`})`).join('; ')}`,
            evidence: { threads: hung.map((h) => h.thread), locks: [...new Set(hung.flatMap((h) => h.locks))], stuck: hung },
          },
        ];
  return {
    summary: `${series.length} dumps (${span}): ${hung.length} hung thread${hung.length === 1 ? '' : 's'}, ${moving.length} moved, ${still.length - hung.length} idle`,
    findings,
    evidence: {
      dumps: series.length,
      labels: series.map((s) => s.label),
      timestamps: series.map((s) => s.dump.timestamp ?? null),
      states: series.map((s) => stateCounts(s.dump)),
      hung: hung.map((h) => h.thread),
      moving,
      unchanged: still,
    },
  };
}
