// What a masked secret looks like, and the tally every redaction rule adds to.

/** The text that replaces every secret. */
export const MASK = '***';

/** How many secrets one redaction pass masked (the report's `redacted: N`). */
export interface MaskCounter {
  n: number;
}
