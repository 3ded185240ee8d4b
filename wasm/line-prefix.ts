// AssemblyScript: how the WebAssembly first pass reads a line's start, as src/logs/scan/line-prefix.ts and
// src/logs/scan/timestamp.ts do (timestamp, time words, the layout's prefix before the message, stack frames).
import { LEVEL_NAMES, MAX_LINE, NO_STAMP, PREFIX_MAX, PREFIX_TOKENS, THREAD_MAX, UTC_STAMP } from '../src/logs/scan/first-pass-layout';

/** The byte at address `p`. */
@inline export function byte(p: i32): i32 {
  return <i32>load<u8>(<usize>p);
}

/** Bytes 0-15 of a timestamp: digits, and the punctuation `-` at 4 and 7, `:` at 13 (zero where a digit goes). */
const STAMP_HEAD = i8x16(0, 0, 0, 0, 45, 0, 0, 45, 0, 0, 0, 0, 0, 58, 0, 0);
/** Positions of bytes 0-15 that must be digits, and that must equal STAMP_HEAD's punctuation. */
const HEAD_DIGITS: i32 = 0b1101101101101111;
const HEAD_PUNCT: i32 = 0b0010000010010000;
/** Bytes 3-18 read from p + 3: digits at 17 and 18 (bits 14, 15) and `:` at 16 (bit 13). */
const TAIL_DIGITS: i32 = 0b1100000000000000;
const TAIL_COLON: i32 = 1 << 13;

/** True when `yyyy-mm-dd?hh:mm:ss` (any separator at 10) starts at `p`; reads 19 bytes. */
function isStampCore(p: i32): bool {
  const head = v128.load(<usize>p);
  const tail = v128.load(<usize>(p + 3));
  const zero = i8x16.splat(48);
  const nine = i8x16.splat(9);
  const headDigits = i8x16.bitmask(i8x16.le_u(i8x16.sub(head, zero), nine));
  const tailDigits = i8x16.bitmask(i8x16.le_u(i8x16.sub(tail, zero), nine));
  const headPunct = i8x16.bitmask(i8x16.eq(head, STAMP_HEAD));
  const tailColon = i8x16.bitmask(i8x16.eq(tail, i8x16.splat(58)));
  return (headDigits & HEAD_DIGITS) == HEAD_DIGITS && (headPunct & HEAD_PUNCT) == HEAD_PUNCT && (tailDigits & TAIL_DIGITS) == TAIL_DIGITS && (tailColon & TAIL_COLON) != 0;
}

/** True for an ASCII digit. */
@inline export function digit(c: i32): bool {
  return <u32>(c - 48) <= 9;
}

/** The two-digit number at `p`, or -1. */
@inline export function two(p: i32): i32 {
  const hi = byte(p) - 48;
  const lo = byte(p + 1) - 48;
  return <u32>hi > 9 || <u32>lo > 9 ? -1 : hi * 10 + lo;
}

/** Writes at `r` the time words of the line [start, end), as src/logs/scan/timestamp.ts stampWords does. */
export function stampWords(r: i32, start: i32, end: i32): void {
  store<i32>(<usize>r, NO_STAMP);
  store<i32>(<usize>(r + 4), 0);
  const p = byte(start) == 91 ? start + 1 : start;
  if (end - p < 19 || byte(p + 4) != 45 || byte(p + 7) != 45 || byte(p + 13) != 58 || byte(p + 16) != 58) return;
  const sep = byte(p + 10);
  if (sep != 32 && sep != 84) return;
  const c = two(p);
  const yy = two(p + 2);
  const mo = two(p + 5);
  const d = two(p + 8);
  const h = two(p + 11);
  const mi = two(p + 14);
  const s = two(p + 17);
  if (c < 0 || yy < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || s < 0) return;
  const key = (((c * 100 + yy) * 13 + mo) * 32 + d) * 24 + h;
  let q = p + 19;
  let ms = 0;
  if ((byte(q) == 44 || byte(q) == 46) && q + 4 <= end && digit(byte(q + 1)) && digit(byte(q + 2)) && digit(byte(q + 3))) {
    ms = (byte(q + 1) - 48) * 100 + (byte(q + 2) - 48) * 10 + byte(q + 3) - 48;
    q += 4;
    while (q < end && digit(byte(q))) q += 1;
  }
  const within = (mi * 60 + s) * 1000 + ms;
  const z = q < end ? byte(q) : 0;
  if (z == 90) {
    store<i32>(<usize>r, key | UTC_STAMP);
    store<i32>(<usize>(r + 4), within);
    return;
  }
  if ((z == 43 || z == 45) && q + 5 <= end) {
    const colon = byte(q + 3) == 58 ? 1 : 0;
    const oh = two(q + 1);
    const om = q + 5 + colon <= end ? two(q + 3 + colon) : -1;
    if (oh >= 0 && om >= 0) {
      store<i32>(<usize>r, key | UTC_STAMP);
      store<i32>(<usize>(r + 4), within - (z == 43 ? 1 : -1) * (oh * 60 + om) * 60000);
      return;
    }
  }
  store<i32>(<usize>r, key);
  store<i32>(<usize>(r + 4), within);
}

/**
 * The first index in [p, to) holding byte `a` or byte `b`, else `to`; sixteen bytes a step. It may read up to 15
 * bytes past `to`, which the caller's memory layout keeps inside memory (the events area follows the line buffer).
 */
@inline export function findEither(p: i32, to: i32, a: i32, b: i32): i32 {
  const va = i8x16.splat(<i8>a);
  const vb = i8x16.splat(<i8>b);
  let q = p;
  while (q < to) {
    const v = v128.load(<usize>q);
    const mask = i8x16.bitmask(v128.or(i8x16.eq(v, va), i8x16.eq(v, vb)));
    if (mask != 0) return min(q + <i32>ctz(mask), to);
    q += 16;
  }
  return to;
}

/** The first index in [p, to) holding a space or a control byte (any byte up to 32), else `to`; sixteen bytes a step. */
@inline function tokenEnd(p: i32, to: i32): i32 {
  const space = i8x16.splat(32);
  let q = p;
  while (q < to) {
    const mask = i8x16.bitmask(i8x16.le_u(v128.load(<usize>q), space));
    if (mask != 0) return min(q + <i32>ctz(mask), to);
    q += 16;
  }
  return to;
}

/** The end of the timestamp at `p`, or -1; as src/logs/scan/line-prefix.ts stampEnd reads it. */
export function stampEnd(p: i32, to: i32): i32 {
  let q = byte(p) == 91 ? p + 1 : p;
  if (q + 19 <= to && isStampCore(q) && (byte(q + 10) == 32 || byte(q + 10) == 84)) q += 19;
  else if (q + 8 <= to && byte(q + 2) == 58 && byte(q + 5) == 58 && digit(byte(q)) && digit(byte(q + 1)) && digit(byte(q + 3)) && digit(byte(q + 4)) && digit(byte(q + 6)) && digit(byte(q + 7))) q += 8;
  else return -1;
  if (q + 1 < to && (byte(q) == 44 || byte(q) == 46) && digit(byte(q + 1))) {
    q += 1;
    while (q < to && digit(byte(q))) q += 1;
  }
  const z = q < to ? byte(q) : 0;
  if (z == 90) q += 1;
  else if ((z == 43 || z == 45) && q + 5 <= to && digit(byte(q + 1)) && digit(byte(q + 2))) {
    const colon = byte(q + 3) == 58 ? 1 : 0;
    if (q + 5 + colon <= to && digit(byte(q + 3 + colon)) && digit(byte(q + 4 + colon))) q += 5 + colon;
  }
  if (byte(p) == 91 && q < to && byte(q) == 93) q += 1;
  return q;
}

/** Bytes 0-7 of a token of `n` (4-7) bytes: the low `n` bytes of the word read at its start. */
@inline function lowBytes(n: i32): u64 {
  return (<u64>1 << (<u64>n * 8)) - 1;
}

/** Where the level names are kept (see setLevelCodes). */
let levelsAt: i32 = 0;

/**
 * Writes LEVEL_NAMES at `at` as words of their upper-case ASCII bytes (little-endian, zero-padded; a zero word ends
 * them), and reads them from there from now on.
 */
export function setLevelCodes(at: i32): void {
  levelsAt = at;
  let n = 0;
  let v: u64 = 0;
  let shift: u64 = 0;
  for (let k = 0; k <= LEVEL_NAMES.length; k += 1) {
    const c = k < LEVEL_NAMES.length ? LEVEL_NAMES.charCodeAt(k) : 32;
    if (c != 32) {
      v |= <u64>c << shift;
      shift += 8;
    } else if (v != 0) {
      store<u64>(<usize>(at + 8 * n), v);
      n += 1;
      v = 0;
      shift = 0;
    }
  }
  store<u64>(<usize>(at + 8 * n), 0);
}

/** True when [s, e) is one of LEVEL_NAMES: four to seven ASCII letters, in any case. */
export function isLevel(s: i32, e: i32): bool {
  const n = e - s;
  if (n < 4 || n > 7) return false;
  const v = load<u64>(<usize>s) & lowBytes(n);
  if ((v & 0x8080808080808080) != 0) return false;
  const folded = v & 0xdfdfdfdfdfdfdfdf;
  for (let p = levelsAt; load<u64>(<usize>p) != 0; p += 8) if (load<u64>(<usize>p) == folded) return true;
  return false;
}

/** Where the message of the line at `s` starts, as src/logs/scan/line-prefix.ts bodyStart finds it. */
export function bodyStart(s: i32, to: i32): i32 {
  const stamp = stampEnd(s, to);
  if (stamp < 0) return s;
  const limit = min(stamp + PREFIX_MAX, to);
  let q = stamp;
  let body = stamp;
  let loose = 0;
  for (let n = 0; n < PREFIX_TOKENS; n += 1) {
    while (q < limit && (byte(q) == 32 || byte(q) == 9)) q += 1;
    if (q >= limit) break;
    const c = byte(q);
    if (c == 10 || c == 13) break;
    const t = q;
    if (c == 91) {
      const close = min(t + THREAD_MAX, limit);
      const r = findEither(t + 1, close, 93, 10);
      if (r >= close || byte(r) != 93) break;
      q = r + 1;
      body = q;
      loose = 0;
      continue;
    }
    q = tokenEnd(q, limit);
    if (q - t == 1 && (c == 45 || c == 58)) {
      if (loose > 1) break;
      return q < to && byte(q) == 32 ? q + 1 : q;
    }
    if ((q - t == 3 && c == 45 && byte(t + 1) == 45 && byte(t + 2) == 45) || isLevel(t, q)) {
      body = q;
      loose = 0;
      continue;
    }
    loose += 1;
    if (loose > 1) break;
  }
  while (body < to && (byte(body) == 32 || byte(body) == 9)) body += 1;
  return body;
}

export function isStackFrame(s: i32, e: i32): bool {
  let p = s;
  while (p < e && (byte(p) == 9 || byte(p) == 32)) p += 1;
  return p > s && p + 3 < e && byte(p) == 97 && byte(p + 1) == 116 && byte(p + 2) == 32;
}

/** When the line at `s` is a stack frame, the index of its newline (`to` when the region ends first), else -1. */
export function stackFrameEnd(s: i32, to: i32): i32 {
  let p = s;
  while (p < to && (byte(p) == 9 || byte(p) == 32)) p += 1;
  if (p == s || p + 3 >= to || byte(p) != 97 || byte(p + 1) != 116 || byte(p + 2) != 32) return -1;
  const e = findEither(p + 3, to, 10, 10);
  const end = e - s > MAX_LINE ? s + MAX_LINE : e > s && byte(e - 1) == 13 ? e - 1 : e;
  return isStackFrame(s, end) ? e : -1;
}

