// Where a Log4j line's message starts: the timestamp, `LEVEL [thread] logger - ` prefix and stack frames.

/** Length of `2026-11-21 10:15:32,123`; no rule literal lives inside a timestamp, so the automaton skips it. */
export const TIMESTAMP_LEN = 23;

/** True when a Log4j/ISO timestamp with milliseconds starts at `p`. */
export function isTimestamp(b: Uint8Array, p: number): boolean {
  if (b[p + 4] !== 45 || b[p + 7] !== 45 || b[p + 13] !== 58 || b[p + 16] !== 58) return false;
  const sep = b[p + 19];
  if (sep !== 44 && sep !== 46) return false;
  for (const k of DIGIT_POSITIONS) {
    const d = b[p + k] as number;
    if (d < 48 || d > 57) return false;
  }
  return true;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

/**
 * After a timestamp, the index of the last byte of a Log4j `LEVEL [thread] logger - ` prefix (or `p` when the line
 * does not have one): thread and logger names are not events, so the automaton need not read them.
 */
export function skipLogPrefix(b: Uint8Array, p: number, to: number): number {
  const open = Math.min(p + 9, to);
  let q = p + 1;
  while (q < open && b[q] !== 91 && b[q] !== 10) q += 1;
  if (b[q] !== 91) return p;
  const close = Math.min(q + 80, to);
  let r = q + 1;
  while (r < close && b[r] !== 93 && b[r] !== 10) r += 1;
  if (b[r] !== 93 || b[r + 1] !== 32) return p;
  const end = Math.min(r + 120, to - 2);
  for (let k = r + 2; k < end; k += 1) {
    const c = b[k];
    if (c === 10) return r;
    // The logger is one token; a space not followed by "- " means this is already the message.
    if (c === 32) return b[k + 1] === 45 && b[k + 2] === 32 ? k + 1 : r;
  }
  return r;
}

/** True for a Java stack frame line (`\tat com.example.Foo.bar(Foo.java:12)`): its class names are not events. */
export function isStackFrame(b: Buffer, s: number, e: number): boolean {
  let p = s;
  while (p < e && (b[p] === 9 || b[p] === 32)) p += 1;
  return p > s && p + 3 < e && b[p] === 97 && b[p + 1] === 116 && b[p + 2] === 32;
}
