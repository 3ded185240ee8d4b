// Mergeable, structured-clone-safe tallies that scan workers hand back to the main thread.

/** Which of the guide's three logs a file is (or `other` for a file named on the command line). */
export type LogKind = 'email' | 'error' | 'service' | 'other';

/** One kept sample line; `order` and `offset` place it in time across files and chunks. */
export interface Sample {
  order: number;
  offset: number;
  file: string;
  time: number;
  text: string;
}

/** Everything counted for one cause. */
export interface CauseStats {
  count: number;
  first: number;
  last: number;
  mailboxes: Record<string, number>;
  servers: Record<string, number>;
  /** Captured codes and names (AADSTS numbers, HTTP statuses, exception classes), by `name=value`. */
  codes: Record<string, number>;
  /** Lines per time bucket, keyed by bucket index (time / bucketMs). */
  buckets: Record<number, number>;
  samples: Sample[];
  files: Record<string, number>;
  /** The bucket of the latest lines and how many of them are not yet in `buckets` (the sparse map is slow to update per line). */
  runBucket: number;
  runCount: number;
}

/** What the scanner noticed about a file's bytes rather than its meaning. */
export interface InputStats {
  notUtf8: number;
  nul: number;
  huge: number;
  badGzip?: string;
  unreadable?: string;
  /** Binary data found in a folder: the file was skipped. */
  binary?: true;
  firstBadOffset: number;
}

/** The result of scanning one task (a file or one byte range of it). */
export interface ScanPart {
  order: number;
  file: string;
  kind: LogKind;
  bytes: number;
  outOfWindow: number;
  causes: Record<string, CauseStats>;
  input: InputStats;
}

/** Input stats of bytes not read yet: nothing odd seen, no bad offset. */
export function emptyInput(): InputStats {
  return { notUtf8: 0, nul: 0, huge: 0, firstBadOffset: -1 };
}

/** The result of a task before its bytes are scanned. */
export function emptyPart(order: number, file: string, kind: LogKind): ScanPart {
  return { order, file, kind, bytes: 0, outOfWindow: 0, causes: {}, input: emptyInput() };
}

/** Most distinct keys a map keeps; further keys are counted under `(other)`. */
const MAP_CAP = 25;

/** An empty tally for a cause. */
export function emptyStats(): CauseStats {
  return {
    count: 0,
    first: Infinity,
    last: -Infinity,
    mailboxes: {},
    servers: {},
    codes: {},
    buckets: {},
    samples: [],
    files: {},
    runBucket: NaN,
    runCount: 0,
  };
}

/** Adds `n` to `key` in a capped map. */
export function bump(map: Record<string, number>, key: string, n = 1): void {
  if (map[key] !== undefined) map[key] += n;
  else if (Object.keys(map).length < MAP_CAP) map[key] = n;
  else map['(other)'] = (map['(other)'] ?? 0) + n;
}

/** Keeps the most recent `max` samples in time order. */
export function keepLatest(samples: Sample[], max: number): Sample[] {
  samples.sort((a, b) => a.order - b.order || a.offset - b.offset);
  return samples.length <= max ? samples : samples.slice(samples.length - max);
}

/** Adds the pending run of lines to `buckets`. */
export function settleRun(s: CauseStats): void {
  if (s.runCount === 0) return;
  s.buckets[s.runBucket] = (s.buckets[s.runBucket] ?? 0) + s.runCount;
  s.runCount = 0;
}

/** Folds `from` into `into`. */
export function mergeStats(into: CauseStats, from: CauseStats, maxSamples: number): void {
  settleRun(into);
  settleRun(from);
  into.count += from.count;
  into.first = Math.min(into.first, from.first);
  into.last = Math.max(into.last, from.last);
  for (const [k, v] of Object.entries(from.mailboxes)) bump(into.mailboxes, k, v);
  for (const [k, v] of Object.entries(from.servers)) bump(into.servers, k, v);
  for (const [k, v] of Object.entries(from.codes)) bump(into.codes, k, v);
  for (const [k, v] of Object.entries(from.files)) bump(into.files, k, v);
  for (const [k, v] of Object.entries(from.buckets)) into.buckets[Number(k)] = (into.buckets[Number(k)] ?? 0) + v;
  into.samples = keepLatest([...into.samples, ...from.samples], maxSamples);
}
