// The log scanner's one door: scanLogs() and the plain types and helpers its callers need. Automata, the first pass,
// WebAssembly and the worker threads stay behind it.
import type { LogFile } from './files.js';
import type { ScanOptions } from './options.js';
import { fileLabel, scanSources, type ScanResult, type ScanSource } from './scan.js';

/** A log file with the name findings and the report use for it. */
export interface LabelledLogFile extends LogFile {
  label: string;
}

/** The files of folders and file lists, each named as findings will name it. */
export function labelledFiles(sources: readonly ScanSource[]): LabelledLogFile[] {
  return sources.flatMap((s) => s.files.map((f) => ({ ...f, label: fileLabel(s, f) })));
}

/** What one scan is asked for: the options every thread gets, and how many threads (0: scan in this one). */
export interface ScanLogsOptions extends ScanOptions {
  workers: number;
}

/** Scans the files in one streaming pass (large files split between threads) and merges per-cause statistics. */
export function scanLogs(files: readonly LabelledLogFile[], options: ScanLogsOptions, signal: AbortSignal): Promise<ScanResult> {
  const { workers, ...opts } = options;
  return scanSources(
    files.map((f) => ({ label: f.label, isDir: false, files: [f] })),
    opts,
    workers,
    signal,
  );
}

export { LOG_NAMES, listLogFiles, singleLogFile, type LogFile } from './files.js';
export { followLogs, type FollowEvent } from './follow.js';
export type { ScanOptions } from './options.js';
export type { FileSummary, ScanResult, ScanSource } from './scan.js';
export { emptyStats, mergeStats, type CauseStats, type LogKind } from './stats.js';
export { formatLocal, parseTimeArg } from './timestamp.js';
export { defaultWorkers, prewarmWorkers } from './warm-workers.js';
