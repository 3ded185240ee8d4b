// One streaming pass over every source: plan tasks (files, byte ranges of large files), run them, merge the parts.
import { basename, join } from 'node:path';
import type { LogFile } from './files.js';
import { emptyInput, keepLatest, mergeStats, emptyStats, type CauseStats, type InputStats, type LogKind } from './stats.js';
import type { ScanOptions } from './options.js';
import { runTasks } from './pool.js';
import type { ScanTask } from './scan-task.js';

/** Plain files larger than this are split into ranges so that both cores share one big file. */
export const SEGMENT = 16 << 20;

/** Per-file facts for the report. */
export interface FileSummary {
  file: string;
  kind: LogKind;
  bytes: number;
  gz: boolean;
  skipped?: string;
  input: InputStats;
}

/** The merged result of a scan. */
export interface ScanResult {
  causes: Record<string, CauseStats>;
  files: FileSummary[];
  bytes: number;
  outOfWindow: number;
  kinds: LogKind[];
}

/** A folder or a list of files to scan; a folder's files are named inside its label. */
export interface ScanSource {
  label: string;
  isDir: boolean;
  files: LogFile[];
}

/** The name findings use for a file of a source. */
export function fileLabel(source: ScanSource, file: LogFile): string {
  return source.isDir ? join(source.label, basename(file.path)) : source.label;
}

/** Splits files into tasks in time order; files last written before --since are skipped whole. */
export function planTasks(sources: ScanSource[], opts: ScanOptions, segment = SEGMENT): { tasks: ScanTask[]; skipped: FileSummary[] } {
  const tasks: ScanTask[] = [];
  const skipped: FileSummary[] = [];
  for (const source of sources) {
    for (const f of source.files) {
      const name = fileLabel(source, f);
      if (f.binary) {
        skipped.push({
          file: name,
          kind: f.kind,
          bytes: 0,
          gz: f.gz,
          skipped: 'binary data, not a log',
          input: { ...emptyInput(), binary: true },
        });
        continue;
      }
      if (opts.since !== undefined && f.mtimeMs < opts.since) {
        skipped.push({
          file: name,
          kind: f.kind,
          bytes: 0,
          gz: f.gz,
          skipped: 'last written before --since',
          input: emptyInput(),
        });
        continue;
      }
      const ranges = f.gz || f.utf16 || f.size <= segment * 1.5 ? 1 : Math.ceil(f.size / segment);
      const step = Math.ceil(f.size / ranges);
      for (let r = 0; r < ranges; r += 1) {
        const start = r * step;
        const end = r === ranges - 1 ? Math.max(f.size, start) : (r + 1) * step;
        tasks.push({
          order: tasks.length,
          path: f.path,
          label: name,
          kind: f.kind,
          gz: f.gz,
          ...(f.utf16 ? { utf16: f.utf16 } : {}),
          start,
          end: f.gz ? Number.MAX_SAFE_INTEGER : end,
          mtimeMs: f.mtimeMs,
        });
      }
    }
  }
  return { tasks, skipped };
}

/** Scans every source with `workers` threads (0: in this thread) and merges the parts. */
export async function scanSources(sources: ScanSource[], opts: ScanOptions, workers: number, signal: AbortSignal, segment = SEGMENT): Promise<ScanResult> {
  const { tasks, skipped } = planTasks(sources, opts, segment);
  const parts = await runTasks(biggestFirst(tasks), opts, workers, signal);
  const causes: Record<string, CauseStats> = {};
  const files = new Map<string, FileSummary>();
  let bytes = 0;
  let outOfWindow = 0;
  for (const part of parts) {
    bytes += part.bytes;
    outOfWindow += part.outOfWindow;
    for (const [cause, stats] of Object.entries(part.causes)) {
      stats.files = { [part.file]: stats.count };
      mergeStats((causes[cause] ??= emptyStats()), stats, opts.samples);
    }
    const f = files.get(part.file) ?? {
      file: part.file,
      kind: part.kind,
      bytes: 0,
      gz: tasks.find((t) => t.label === part.file)?.gz ?? false,
      input: emptyInput(),
    };
    f.bytes += part.bytes;
    f.input.notUtf8 += part.input.notUtf8;
    f.input.nul += part.input.nul;
    f.input.huge += part.input.huge;
    f.input.badGzip ??= part.input.badGzip;
    f.input.unreadable ??= part.input.unreadable;
    if (f.input.firstBadOffset < 0) f.input.firstBadOffset = part.input.firstBadOffset;
    files.set(part.file, f);
  }
  for (const s of Object.values(causes)) s.samples = keepLatest(s.samples, opts.samples);
  const all = [...files.values(), ...skipped];
  return { causes, files: all, bytes, outOfWindow, kinds: [...new Set(all.map((f) => f.kind))] };
}

/** Hands the largest tasks out first so that both workers finish together; `order` keeps time order. */
function biggestFirst(tasks: ScanTask[]): ScanTask[] {
  const size = (t: ScanTask): number => (t.gz ? Number.MAX_SAFE_INTEGER / 2 : t.end - t.start);
  return [...tasks].sort((a, b) => size(b) - size(a));
}
