// Runs scan tasks on worker threads (one per core) or, where workers cannot load, in this thread.
import type { Worker } from 'node:worker_threads';
import { stopInlining } from './jit-inlining.js';
import type { ScanOptions } from './options.js';
import { runScanTask, type ScanTask } from './scan-task.js';
import type { ScanPart } from './stats.js';
import { dropWarmWorkers, takeWorker, workersAvailable } from './warm-workers.js';

/** Tasks handed to a worker ahead of time, so that it never waits for the busy main thread to send the next one. */
const AHEAD = 2;

/**
 * Runs every task and returns the parts in task order. `workers` is the number of scanning threads: the main thread
 * is one of them (it has the CLI loaded already, so it costs no extra memory) and `workers - 1` worker threads help.
 */
export async function runTasks(tasks: ScanTask[], opts: ScanOptions, workers: number, signal: AbortSignal): Promise<ScanPart[]> {
  stopInlining();
  const parts: ScanPart[] = [];
  const queue = [...tasks];
  const helpers = workersAvailable() ? Math.min(workers - 1, Math.ceil(tasks.length / AHEAD)) : 0;
  const pool = Array.from({ length: Math.max(0, helpers) }, takeWorker);
  dropWarmWorkers();
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
