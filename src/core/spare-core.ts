// Whether a core sat idle while this process started: a helper thread then runs beside the main one instead of
// taking turns with another program (on a busy machine a pipeline only adds the cost of handing work over).
import { cpus, loadavg } from 'node:os';

/** Idle cores on average (since the first look) from which a core counts as spare. */
const SPARE = 0.5;
/** A shorter look than this (in CPU milliseconds over all cores) says too little; the load average decides. */
const MIN_LOOK_MS = 40;

function times(): { idle: number; total: number; cores: number } {
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
const FIRST = times();

/** True when, since the process started, at least half a core on average was left idle by every program running. */
export function spareCore(): boolean {
  const now = times();
  if (now.cores < 2) return false;
  const total = now.total - FIRST.total;
  if (total < MIN_LOOK_MS) return (loadavg()[0] as number) < now.cores - SPARE;
  return ((now.idle - FIRST.idle) / total) * now.cores >= SPARE;
}
