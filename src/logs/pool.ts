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
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 };

/** True when the compiled worker script exists (not when running from TypeScript sources). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/** The default worker count: one per core. */
export function defaultWorkers(): number {
  return workersAvailable() ? availableParallelism() : 0;
}

/** Runs every task and returns the parts in task order; `workers` 0 scans inline. */
export async function runTasks(tasks: ScanTask[], opts: ScanOptions, workers: number, signal: AbortSignal): Promise<ScanPart[]> {
  const parts: ScanPart[] = [];
  if (workers <= 0 || !workersAvailable()) {
    for (const task of tasks) {
      signal.throwIfAborted();
      parts.push(await runScanTask(task, opts));
    }
    return parts.sort((a, b) => a.order - b.order);
  }
  if (tasks.length === 0) return parts;
  const queue = [...tasks];
  const pool = Array.from({ length: Math.min(workers, tasks.length) }, () => new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS }));
  const stop = (): void => {
    for (const w of pool) void w.terminate();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const onAbort = (): void => reject(signal.reason instanceof Error ? signal.reason : new Error('scan aborted'));
      signal.addEventListener('abort', onAbort, { once: true });
      const next = (w: Worker): void => {
        const task = queue.shift();
        if (!task) {
          if (running === 0) {
            signal.removeEventListener('abort', onAbort);
            resolve();
          }
          return;
        }
        running += 1;
        w.postMessage({ task, opts });
      };
      for (const w of pool) {
        w.on('message', (msg: { part?: ScanPart; error?: string }) => {
          running -= 1;
          if (msg.error !== undefined) return reject(new Error(msg.error));
          if (msg.part) parts.push(msg.part);
          next(w);
        });
        w.on('error', reject);
        next(w);
      }
    });
  } finally {
    stop();
  }
  return parts.sort((a, b) => a.order - b.order);
}
