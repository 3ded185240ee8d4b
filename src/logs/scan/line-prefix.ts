// Where a log line's message starts: after its timestamp and the layout's level, thread, pid and logger, whatever the
// pattern's order (`%d %-5p [%t] %c - %m`, `%d [%t] %-5level %logger - %msg`, Spring Boot's `%d %5p PID --- [%t] %c : %m`),
// and which lines are Java stack frames. The WebAssembly first pass (wasm/first-pass.ts) reads lines the same way.
import { LEVEL_NAMES, MAX_LINE, PREFIX_MAX, PREFIX_TOKENS, THREAD_MAX } from './first-pass-layout.js';

function digit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

/** Offsets of the digits in `yyyy-mm-dd hh:mm:ss`. */
const STAMP_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/**
 * The end of the timestamp at `p` (`yyyy-mm-dd hh:mm:ss` or with `T`, or a time of day alone as Logback's default
 * `%d{HH:mm:ss.SSS}` writes it; then any fraction after `,` or `.`, a zone `Z`, `+hh:mm` or `+hhmm`; the whole
 * optionally in brackets), or -1 when the line does not start with one.
 */
export function stampEnd(b: Uint8Array, p: number, to: number): number {
  let q = b[p] === 91 ? p + 1 : p;
  if (
    q + 8 <= to &&
    b[q + 2] === 58 &&
    b[q + 5] === 58 &&
    digit(b[q]) &&
    digit(b[q + 1]) &&
    digit(b[q + 3]) &&
    digit(b[q + 4]) &&
    digit(b[q + 6]) &&
    digit(b[q + 7])
  )
    q += 8;
  else {
    if (q + 19 > to || b[q + 4] !== 45 || b[q + 7] !== 45 || b[q + 13] !== 58 || b[q + 16] !== 58 || (b[q + 10] !== 32 && b[q + 10] !== 84)) return -1;
    for (const k of STAMP_DIGITS) if (!digit(b[q + k])) return -1;
    q += 19;
  }
  if ((b[q] === 44 || b[q] === 46) && q + 1 < to && digit(b[q + 1])) {
    q += 1;
    while (q < to && digit(b[q])) q += 1;
  }
  const z = q < to ? b[q] : 0;
  if (z === 90) q += 1;
  else if ((z === 43 || z === 45) && q + 5 <= to && digit(b[q + 1]) && digit(b[q + 2])) {
    const colon = b[q + 3] === 58 ? 1 : 0;
    if (q + 5 + colon <= to && digit(b[q + 3 + colon]) && digit(b[q + 4 + colon])) q += 5 + colon;
  }
  if (b[p] === 91 && q < to && b[q] === 93) q += 1;
  return q;
}

/** Upper-case ASCII letter of `c` (other bytes unchanged). */
function upper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** LEVEL_NAMES as levelCode numbers. */
const LEVELS = new Set(LEVEL_NAMES.split(' ').map((w) => levelCode(Buffer.from(w), 0, w.length)));

/** A token of four to seven letters as one number, letters in base 32 (0 for anything else): case folded, so `info` is `INFO`. */
function levelCode(b: Uint8Array, s: number, e: number): number {
  if (e - s < 4 || e - s > 7) return 0;
  let v = 0;
  for (let k = s; k < e; k += 1) {
    const c = upper(b[k] as number);
    if (c < 65 || c > 90) return 0;
    v = v * 32 + (c - 64);
  }
  return v;
}

/** True when b[s, e) is one of LEVEL_NAMES, in any case. */
export function isLevelToken(b: Uint8Array, s: number, e: number): boolean {
  return LEVELS.has(levelCode(b, s, e));
}

/**
 * Where the message of the line at `s` starts. After a timestamp, the tokens of the layout's prefix (each ended by a
 * space or a control byte) are read: levels, bracketed threads and Spring Boot's `---` surely belong to it; one other
 * token (the logger, or a pid) may stand before a lone `-` or `:`, after which the message starts. Without such a
 * separator the message starts after the last token that surely belongs to the prefix. A line without a timestamp is
 * all message.
 */
export function bodyStart(b: Uint8Array, s: number, to: number): number {
  const stamp = stampEnd(b, s, to);
  if (stamp < 0) return s;
  const limit = Math.min(stamp + PREFIX_MAX, to);
  let q = stamp;
  let body = stamp;
  let loose = 0;
  for (let n = 0; n < PREFIX_TOKENS; n += 1) {
    while (q < limit && (b[q] === 32 || b[q] === 9)) q += 1;
    if (q >= limit || b[q] === 10 || b[q] === 13) break;
    const t = q;
    if (b[t] === 91) {
      const close = Math.min(t + THREAD_MAX, limit);
      let r = t + 1;
      while (r < close && b[r] !== 93 && b[r] !== 10) r += 1;
      if (r >= close || b[r] !== 93) break;
      q = body = r + 1;
      loose = 0;
      continue;
    }
    while (q < limit && (b[q] as number) > 32) q += 1;
    if (q - t === 1 && (b[t] === 45 || b[t] === 58)) {
      if (loose > 1) break;
      return q < to && b[q] === 32 ? q + 1 : q;
    }
    if ((q - t === 3 && b[t] === 45 && b[t + 1] === 45 && b[t + 2] === 45) || isLevelToken(b, t, q)) {
      body = q;
      loose = 0;
      continue;
    }
    loose += 1;
    if (loose > 1) break;
  }
  while (body < to && (b[body] === 32 || b[body] === 9)) body += 1;
  return body;
}

/**
 * Where the automaton starts reading a line whose message starts at `body`: at the space before it, when there is one,
 * so that a literal may start with a space where a rule's `\b` looks at the message's first word.
 */
export function readFrom(b: Uint8Array, lineStart: number, body: number): number {
  return body > lineStart && (b[body - 1] === 32 || b[body - 1] === 9) ? body - 1 : body;
}

/** True for a Java stack frame line (`\tat com.example.Foo.bar(Foo.java:12)`): its class names are not events. */
export function isStackFrame(b: Uint8Array, s: number, e: number): boolean {
  let p = s;
  while (p < e && (b[p] === 9 || b[p] === 32)) p += 1;
  return p > s && p + 3 < e && b[p] === 97 && b[p + 1] === 116 && b[p + 2] === 32;
}

/**
 * When the line starting at `s` is a stack frame, the index of the newline that ends it (`to` when the region ends
 * first), else -1: frames are never classified, so the automaton need not read them.
 */
export function stackFrameEnd(b: Uint8Array, s: number, to: number): number {
  let p = s;
  while (p < to && (b[p] === 9 || b[p] === 32)) p += 1;
  if (p === s || p + 3 >= to || b[p] !== 97 || b[p + 1] !== 116 || b[p + 2] !== 32) return -1;
  let e = p + 3;
  while (e < to && b[e] !== 10) e += 1;
  const end = e - s > MAX_LINE ? s + MAX_LINE : e > s && b[e - 1] === 13 ? e - 1 : e;
  return isStackFrame(b, s, end) ? e : -1;
}
