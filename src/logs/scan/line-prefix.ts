// Where a Log4j line's message starts: the timestamp, `LEVEL [thread] logger - ` prefix and stack frames.
import { MAX_LINE } from './options.js';
import { hourKey, two } from './timestamp.js';

/** Length of `2026-11-21 10:15:32,123`; no rule literal lives inside a timestamp, so the automaton skips it. */
export const TIMESTAMP_LEN = 23;

/** True when a Log4j/ISO timestamp with milliseconds starts at `p` (unrolled: it runs once per line). */
export function isTimestamp(b: Uint8Array, p: number): boolean {
  if (b[p + 4] !== 45 || b[p + 7] !== 45 || b[p + 13] !== 58 || b[p + 16] !== 58) return false;
  const sep = b[p + 19];
  if (sep !== 44 && sep !== 46) return false;
  return (
    digit(b[p]) && digit(b[p + 1]) && digit(b[p + 2]) && digit(b[p + 3]) && digit(b[p + 5]) && digit(b[p + 6]) && digit(b[p + 8]) && digit(b[p + 9]) &&
    digit(b[p + 11]) && digit(b[p + 12]) && digit(b[p + 14]) && digit(b[p + 15]) && digit(b[p + 17]) && digit(b[p + 18]) && digit(b[p + 20]) && digit(b[p + 21]) && digit(b[p + 22])
  );
}

/** Record words of a line whose time the first pass did not read (lineTime reads it). */
export const NO_STAMP = -1;

/**
 * Writes at ev[at] and ev[at + 1] the hour key (see hourKeyMs) and the milliseconds into that hour of the line
 * buf[s, end) when it starts with a plain local timestamp (`yyyy-mm-dd hh:mm:ss,mmm` or with `T` and `.`, followed by
 * no further digit and no zone), else NO_STAMP and 0: such lines are left to lineTime, which reads every other form.
 */
export function writeStamp(b: Uint8Array, s: number, end: number, ev: Int32Array, at: number): void {
  ev[at] = NO_STAMP;
  ev[at + 1] = 0;
  if (end - s < TIMESTAMP_LEN || !isTimestamp(b, s)) return;
  const sep = b[s + 10];
  const z = end > s + TIMESTAMP_LEN ? (b[s + TIMESTAMP_LEN] as number) : 32;
  const mo = two(b, s + 5);
  const d = two(b, s + 8);
  const h = two(b, s + 11);
  if ((sep !== 32 && sep !== 84) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || (z >= 48 && z <= 57) || z === 90 || z === 43 || z === 45) return;
  ev[at] = hourKey(two(b, s) * 100 + two(b, s + 2), mo, d, h);
  ev[at + 1] = (two(b, s + 14) * 60 + two(b, s + 17)) * 1000 + two(b, s + 20) * 10 + (b[s + 22] as number) - 48;
}

function digit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

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

/**
 * When the line starting at `s` is a stack frame, the index of the newline that ends it (`to` when the region ends
 * first), else -1: frames are never classified, so the automaton need not read them.
 */
export function stackFrameEnd(b: Buffer, s: number, to: number): number {
  let p = s;
  while (p < to && (b[p] === 9 || b[p] === 32)) p += 1;
  if (p === s || p + 3 >= to || b[p] !== 97 || b[p + 1] !== 116 || b[p + 2] !== 32) return -1;
  let e = p + 3;
  while (e < to && b[e] !== 10) e += 1;
  const end = e - s > MAX_LINE ? s + MAX_LINE : e > s && b[e - 1] === 13 ? e - 1 : e;
  return isStackFrame(b, s, end) ? e : -1;
}
