// Whether a core is left for a helper thread while this process starts: the thread then runs beside the main one
// instead of taking turns with another program (on a busy machine a pipeline only adds the cost of handing work over).
import { cpus, loadavg } from 'node:os';

/** Cores, idle or this process's own, on average since the first look, from which a second core counts as spare. */
const SPARE = 1.5;
/** A load average at most this far below the core count leaves no core spare (it judges a look too short to tell). */
const LOAD_MARGIN = 0.5;
/** A shorter look than this (in CPU milliseconds over all cores) says too little; the load average decides. */
const MIN_LOOK_MS = 40;

/** True when the load average `load` leaves a core of `cores` to spare (the judge before any look is long enough). */
export function loadLeavesCore(load: number, cores: number): boolean {
  return cores >= 2 && load < cores - LOAD_MARGIN;
}

/** CPU milliseconds summed over the cores since boot: idle, and all; how many cores; this process's own CPU milliseconds. */
export interface CpuLook {
  idle: number;
  total: number;
  cores: number;
  own: number;
}

function look(): CpuLook {
  let idle = 0;
  let total = 0;
  const all = cpus();
  for (const { times: t } of all) {
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  const { user, system } = process.cpuUsage();
  return { idle, total, cores: all.length, own: (user + system) / 1000 };
}

/** The first look: when this module loads (the launcher loads it first thing for the commands that may want it). */
const FIRST = look();

/**
 * True when between two looks other programs left at least one and a half cores on average, idle or used by this
 * process itself (whose own threads are starting meanwhile); `load`, the load average, judges a look too short to tell.
 */
export function spareBetween(first: CpuLook, now: CpuLook, load: number): boolean {
  if (now.cores < 2) return false;
  const total = now.total - first.total;
  if (total < MIN_LOOK_MS) return loadLeavesCore(load, now.cores);
  const ours = now.idle - first.idle + (now.own - first.own);
  return (Math.min(ours, total) / total) * now.cores >= SPARE;
}

/** True when, since the process started, other programs left this process a second core. */
export function spareCore(): boolean {
  return spareBetween(FIRST, look(), loadavg()[0] as number);
}
