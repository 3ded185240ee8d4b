// The scan's helper threads, startable before anything else loads: this module imports nothing of maildoctor's, so
// the launcher can start them while the CLI and the rules are still loading (a thread needs ~0.1 s to get ready).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const WORKER_URL = new URL('./scan-worker.js', import.meta.url);
/** Heap limits per worker: the scan's live data is small, so a small heap keeps peak memory flat without slowing it. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 48 };

/** True when the compiled worker script exists (not when running from TypeScript sources). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/** The default number of scanning threads: one per core. */
export function defaultWorkers(): number {
  return workersAvailable() ? availableParallelism() : 1;
}

/** A new scan thread. */
export function startWorker(): Worker {
  return new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS });
}

/** Threads started ahead of a scan; the next scan takes them. */
const warm: Worker[] = [];

/**
 * Starts the helper threads of a scan with `workers` threads (the main one included) now, so that they have loaded
 * the rules and built the automaton by the time the scan begins. They do not keep the process alive if no scan comes.
 */
export function prewarmWorkers(workers = defaultWorkers()): void {
  if (!workersAvailable()) return;
  while (warm.length < workers - 1) {
    const w = startWorker();
    w.unref();
    warm.push(w);
  }
}

/** A started thread if there is one (kept alive from now on), else a new one. */
export function takeWorker(): Worker {
  const w = warm.pop() ?? startWorker();
  w.ref();
  return w;
}

/** Stops the started threads the scan did not need. */
export function dropWarmWorkers(): void {
  for (const idle of warm.splice(0)) void idle.terminate();
}
