// The plain-data options of one scan, shared by the main thread and the scan workers.

/** What to look for and how to tally it; structured-clone safe. */
export interface ScanOptions {
  since?: number;
  until?: number;
  /** Only lines containing this text (case-insensitive) are classified. */
  address?: string;
  /** An ad-hoc regex source, matched case-insensitively alongside the rules. */
  grep?: string;
  /** Sample lines kept per cause. */
  samples: number;
  /** Width of a timeline bucket in ms. */
  bucketMs: number;
}

/** Longest line classified in full; longer lines are counted as huge and only their head is read. */
export const MAX_LINE = 1 << 20;
/** Bytes read per step: constant memory whatever the file size. */
export const CHUNK = 2 << 20;
/** Longest sample line kept, in characters. */
export const SAMPLE_CHARS = 600;
