// Runs scan tasks on worker threads (one per core) or, where workers cannot load, in this thread.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import type { ScanOptions } from './options.js';
import { runScanTask, type ScanTask } from './scan-task.js';
import type { ScanPart } from './stats.js';

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

/** Workers started ahead of a scan, while the command is still setting up; the next runTasks takes them. */
const warm: Worker[] = [];

function startWorker(): Worker {
  return new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS });
}

/**
 * Starts the helper threads of a scan with `workers` threads now, so that they have loaded the rules and built the
 * automaton by the time the scan begins. They do not keep the process alive if no scan comes.
 */
export function prewarmWorkers(workers: number): void {
  if (!workersAvailable()) return;
  while (warm.length < workers - 1) {
    const w = startWorker();
    w.unref();
    warm.push(w);
  }
}

/** Tasks handed to a worker ahead of time, so that it never waits for the busy main thread to send the next one. */
const AHEAD = 2;

/**
 * Runs every task and returns the parts in task order. `workers` is the number of scanning threads: the main thread
 * is one of them (it has the CLI loaded already, so it costs no extra memory) and `workers - 1` worker threads help.
 */
export async function runTasks(tasks: ScanTask[], opts: ScanOptions, workers: number, signal: AbortSignal): Promise<ScanPart[]> {
  const parts: ScanPart[] = [];
  const queue = [...tasks];
  const helpers = workersAvailable() ? Math.min(workers - 1, Math.ceil(tasks.length / AHEAD)) : 0;
  const pool = Array.from({ length: Math.max(0, helpers) }, () => {
    const w = warm.pop() ?? startWorker();
    w.ref();
    return w;
  });
  for (const idle of warm.splice(0)) void idle.terminate();
  let outstanding = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let finished = false;
  const feed = (w: Worker): void => {
    const task = queue.shift();
    if (!task) return;
    outstanding += 1;
    w.postMessage({ task, opts });
  };
  for (const w of pool) {
    w.on('message', (msg: { part?: ScanPart; error?: string }) => {
      outstanding -= 1;
      if (msg.error !== undefined) failure ??= new Error(msg.error);
      if (msg.part) parts.push(msg.part);
      feed(w);
      wake?.();
    });
    w.on('error', (err) => {
      failure ??= err;
      wake?.();
    });
    w.on('exit', (code) => {
      if (!finished) failure ??= new Error(`a log scan worker stopped unexpectedly (exit code ${code})`);
      wake?.();
    });
    for (let k = 0; k < AHEAD; k += 1) feed(w);
  }
  const onAbort = (): void => wake?.();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (failure) throw failure;
      signal.throwIfAborted();
      const task = queue.shift();
      if (task) {
        parts.push(await runScanTask(task, opts));
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      if (outstanding === 0) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    finished = true;
    signal.removeEventListener('abort', onAbort);
    for (const w of pool) void w.terminate();
  }
  return parts.sort((a, b) => a.order - b.order);
}
