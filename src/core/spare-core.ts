// Whether a core sat idle while this process started: a helper thread then runs beside the main one instead of
// taking turns with another program (on a busy machine a pipeline only adds the cost of handing work over).
import { cpus, loadavg } from 'node:os';

/** Idle cores on average (since the first look) from which a core counts as spare. */
const SPARE = 0.5;
/** A shorter look than this (in CPU milliseconds over all cores) says too little; the load average decides. */
const MIN_LOOK_MS = 40;

/** CPU milliseconds summed over the cores since boot: idle, and all; and how many cores. */
export interface CpuLook {
  idle: number;
  total: number;
  cores: number;
}

function look(): CpuLook {
  let idle = 0;
  let total = 0;
  const all = cpus();
  for (const { times: t } of all) {
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total, cores: all.length };
}

/** The first look: when this module loads (the launcher loads it first thing for the commands that may want it). */
const FIRST = look();

/** True when between two looks at least half a core stayed idle on average (`load`, the load average, judges a short look). */
export function spareBetween(first: CpuLook, now: CpuLook, load: number): boolean {
  if (now.cores < 2) return false;
  const total = now.total - first.total;
  if (total < MIN_LOOK_MS) return load < now.cores - SPARE;
  return ((now.idle - first.idle) / total) * now.cores >= SPARE;
}

/** True when, since the process started, at least half a core on average was left idle by every program running. */
export function spareCore(): boolean {
  return spareBetween(FIRST, look(), loadavg()[0] as number);
}
