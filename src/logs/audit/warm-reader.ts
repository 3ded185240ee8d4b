// The audit's reading thread, startable before anything else loads: this module imports only the small spare-core
// module of maildoctor's, so the launcher can start the thread while the CLI loads (the thread needs a few tenths of a
// second to get ready).
import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadLeavesCore } from '../../core/spare-core.js';

const WORKER_URL = new URL('./read-worker.js', import.meta.url);
/** Below this size a thread costs more to start than it saves. */
const THREAD_MIN_BYTES = 8 << 20;

let warm: Worker | undefined;

/** True when the reading thread's script is built (it is not, under the TypeScript sources). */
export function readerBuilt(): boolean {
  try {
    return statSync(fileURLToPath(WORKER_URL)).isFile();
  } catch {
    return false;
  }
}

/** True for a file large enough to be read in a thread of its own. */
export function isLargeExport(path: string): boolean {
  try {
    return statSync(path).size >= THREAD_MIN_BYTES;
  } catch {
    return false;
  }
}

/**
 * Starts the reading thread now when one of the command's arguments names a large export and the load average leaves
 * a core by the same measure as spare-core.ts's (it does not hold the process; whether a core is spare is decided when
 * the read begins).
 */
export function prewarmReader(args: readonly string[]): void {
  if (warm || !loadLeavesCore(loadavg()[0] as number, cpus().length) || !args.some(isLargeExport)) return;
  warm = new Worker(WORKER_URL);
  warm.unref();
}

/** The started reading thread (kept alive from now on), else a new one. */
export function takeReader(): Worker {
  const w = warm ?? new Worker(WORKER_URL);
  warm = undefined;
  w.ref();
  return w;
}

/** Stops a started reading thread that no read will take. */
export function dropReader(): void {
  void warm?.terminate();
  warm = undefined;
}
