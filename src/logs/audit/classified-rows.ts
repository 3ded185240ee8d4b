// Reads an export's rows with their messages classified, in this thread or, for a large file, in a reading thread
// beside it (see read-worker.ts): reading and classifying then run on one core while the rows are analysed on another.
import { InputError } from '../../core/errors.js';
import { spareCore } from '../../core/spare-core.js';
import { AuditClassifier } from './classify.js';
import type { ExportSource } from './decode.js';
import { readExportRows, type ExportInfo } from './read-export.js';
import type { AuditRow } from './row.js';
import { unpackRows, type RowBatch } from './row-batch.js';
import { SlotRing } from './slot-ring.js';
import { dropReader, isLargeExport, readerBuilt, takeReader } from './warm-reader.js';

/** Reads `source` in this thread, setting each row's `match` before `onRow` sees it. */
export async function classifyRows(source: ExportSource, onRow: (row: AuditRow) => void, signal?: AbortSignal): Promise<ExportInfo> {
  const classifier = new AuditClassifier();
  return readExportRows(
    source,
    (row) => {
      row.match = row.message ? classifier.classify(row.message, row.status) : null;
      onRow(row);
    },
    signal,
  );
}

/** Reads `source` with each row's `match` set, in a reading thread when the export is a large file and a core is free for it. */
export async function readClassifiedRows(source: ExportSource, onRow: (row: AuditRow) => void, signal?: AbortSignal): Promise<ExportInfo> {
  const path = source.path;
  if (path !== undefined && threadWorthIt(path)) return readInWorker(path, onRow, signal);
  dropReader();
  return classifyRows(source, onRow, signal);
}

/** True for a large file when a core is spare and the reading thread's script is built (not under the TypeScript sources). */
function threadWorthIt(path: string): boolean {
  return isLargeExport(path) && readerBuilt() && spareCore();
}

type FromWorker = { slot: number; batch: RowBatch } | { done: ExportInfo } | { error: string; input: boolean };

/** Reads the export file `path` in a reading thread (built code only: the thread runs the compiled read-worker.js). */
export function readInWorker(path: string, onRow: (row: AuditRow) => void, signal?: AbortSignal): Promise<ExportInfo> {
  signal?.throwIfAborted();
  const ring = new SlotRing();
  const worker = takeReader();
  worker.postMessage({ path, buffers: ring.buffers });
  return new Promise<ExportInfo>((resolve, reject) => {
    let settled = false;
    const settle = (err: unknown, info?: ExportInfo): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (info) resolve(info);
      else reject(err);
    };
    const onAbort = (): void => settle(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (msg: FromWorker) => {
      if (settled) return;
      if ('slot' in msg) {
        try {
          unpackRows(ring.slots[msg.slot]!, msg.batch, onRow);
        } catch (err) {
          settle(err);
          return;
        }
        ring.free(msg.slot);
      } else if ('done' in msg) settle(undefined, msg.done);
      else settle(msg.input ? new InputError(msg.error) : new Error(msg.error));
    });
    worker.on('error', (err) => settle(err));
    worker.on('exit', (code) => settle(new Error(`the audit reading thread stopped unexpectedly (exit code ${code})`)));
  });
}
