// The compiler setting of a process that scans logs: V8 optimises each JavaScript function on its own, inlining none.
import { setFlagsFromString } from 'node:v8';

let stopped = false;

/**
 * Stops V8's optimising compiler from inlining JavaScript functions into their callers, for the whole process (flags
 * are per process, so every scan thread shares it). A scan thread's hot path (scanRegion and the functions it calls)
 * is optimised, deoptimised as its type feedback settles and optimised again several times per thread; with inlining
 * each of those compiles rebuilt one large graph, which cost ~20% of a thread's CPU over 512 MiB, while the inlined
 * code ran no faster than the separately optimised functions do. Called before a thread's first scan task.
 */
export function stopInlining(): void {
  if (stopped) return;
  stopped = true;
  setFlagsFromString('--no-turbo-inlining');
}
