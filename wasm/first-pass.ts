// AssemblyScript: the log scanner's first pass compiled to WebAssembly (built into dist/logs/first-pass.wasm).
// It does what src/logs/candidate-lines.ts does, byte for byte, without the bounds test that JavaScript puts on every
// typed-array read and with SIMD where it pays; test/logs/first-pass.test.ts holds the two to the same output.
//
// Memory is the caller's: the automaton table and byte columns, the block being scanned, and per lane an area of
// events (`start, end, count, hour key, ms into the hour, state × count` for each candidate line; the time words are
// -1 and 0 when the line has no plain local timestamp). Positions are written relative to `buf`.

const NEWLINE: u32 = 2;
const MAX_LINE: i32 = 1 << 20;
const TIMESTAMP_LEN: i32 = 23;
/** Words before a record's states: start, end, count, hour key, ms into the hour. */
const HEAD: i32 = 5;
const NO_STAMP: i32 = -1;
const LANES: i32 = 4;
const LANE_MIN: i32 = 64 * 1024;

// Header words (i32) at `header`: lanes used, huge lines, overflow flag, then per lane its event count.
const H_USED: i32 = 0;
const H_HUGE: i32 = 4;
const H_OVERFLOW: i32 = 8;
const H_W: i32 = 16;
// Per-lane state (i32) at `header + 64 + 32 * lane`: event words kept, where the next hit state goes, line start, end.
const L_W: i32 = 0;
const L_H: i32 = 4;
const L_START: i32 = 8;
const L_END: i32 = 12;

let table: i32 = 0;
let classes: i32 = 0;
let buf: i32 = 0;
let events: i32 = 0;
let cap: i32 = 0;
let header: i32 = 0;
let everyLine: bool = false;
let huge: i32 = 0;
let overflow: bool = false;

@inline function byte(p: i32): i32 {
  return <i32>load<u8>(<usize>p);
}

@inline function lane(k: i32): i32 {
  return header + 64 + 32 * k;
}

@inline function getL(k: i32, field: i32): i32 {
  return load<i32>(<usize>(lane(k) + field));
}

@inline function setL(k: i32, field: i32, v: i32): void {
  store<i32>(<usize>(lane(k) + field), v);
}

/** Bytes 0-15 of a timestamp: digits, and the punctuation `-` at 4 and 7, `:` at 13 (zero where a digit goes). */
const STAMP_HEAD = i8x16(0, 0, 0, 0, 45, 0, 0, 45, 0, 0, 0, 0, 0, 58, 0, 0);
/** Positions of bytes 0-15 that must be digits, and that must equal STAMP_HEAD's punctuation. */
const HEAD_DIGITS: i32 = 0b1101101101101111;
const HEAD_PUNCT: i32 = 0b0010000010010000;
/** Bytes 7-22 read from p + 7: digits at 17, 18, 20, 21, 22 (bits 10, 11, 13, 14, 15) and `:` at 16 (bit 9). */
const TAIL_DIGITS: i32 = 0b1110110000000000;
const TAIL_COLON: i32 = 1 << 9;

/** True when a Log4j/ISO timestamp with milliseconds starts at `p` (`yyyy-mm-dd?hh:mm:ss,mmm`, `.` for `,` too). */
function isTimestamp(p: i32): bool {
  const head = v128.load(<usize>p);
  const tail = v128.load(<usize>(p + 7));
  const zero = i8x16.splat(48);
  const nine = i8x16.splat(9);
  const headDigits = i8x16.bitmask(i8x16.le_u(i8x16.sub(head, zero), nine));
  const tailDigits = i8x16.bitmask(i8x16.le_u(i8x16.sub(tail, zero), nine));
  const headPunct = i8x16.bitmask(i8x16.eq(head, STAMP_HEAD));
  const tailColon = i8x16.bitmask(i8x16.eq(tail, i8x16.splat(58)));
  const sep = byte(p + 19);
  return (
    (headDigits & HEAD_DIGITS) == HEAD_DIGITS && (headPunct & HEAD_PUNCT) == HEAD_PUNCT && (tailDigits & TAIL_DIGITS) == TAIL_DIGITS &&
    (tailColon & TAIL_COLON) != 0 && (sep == 44 || sep == 46)
  );
}

/** The two digits at `p`, already known to be digits. */
@inline function two(p: i32): i32 {
  return (byte(p) - 48) * 10 + byte(p + 1) - 48;
}

/** Writes at `r` the hour key and ms into the hour of the line [s, end), as src/logs/line-prefix.ts writeStamp does. */
function writeStamp(r: i32, s: i32, end: i32): void {
  store<i32>(<usize>r, NO_STAMP);
  store<i32>(<usize>(r + 4), 0);
  if (end - s < TIMESTAMP_LEN || !isTimestamp(s)) return;
  const sep = byte(s + 10);
  const z = end > s + TIMESTAMP_LEN ? byte(s + TIMESTAMP_LEN) : 32;
  const mo = two(s + 5);
  const d = two(s + 8);
  const h = two(s + 11);
  if ((sep != 32 && sep != 84) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || <u32>(z - 48) <= 9 || z == 90 || z == 43 || z == 45) return;
  store<i32>(<usize>r, (((two(s) * 100 + two(s + 2)) * 13 + mo) * 32 + d) * 24 + h);
  store<i32>(<usize>(r + 4), (two(s + 14) * 60 + two(s + 17)) * 1000 + two(s + 20) * 10 + byte(s + 22) - 48);
}

/**
 * The first index in [p, to) holding byte `a` or byte `b`, else `to`; sixteen bytes a step. It may read up to 15
 * bytes past `to`, which the caller's memory layout keeps inside memory (the events area follows the line buffer).
 */
function findEither(p: i32, to: i32, a: i32, b: i32): i32 {
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

/** After a timestamp, the last byte of a Log4j `LEVEL [thread] logger - ` prefix, or `p` without one. */
function skipLogPrefix(p: i32, to: i32): i32 {
  const open = min(p + 9, to);
  const q = findEither(p + 1, open, 91, 10);
  if (q >= to || byte(q) != 91) return p;
  const r = findEither(q + 1, min(q + 80, to), 93, 10);
  if (r + 1 >= to || byte(r) != 93 || byte(r + 1) != 32) return p;
  const end = min(r + 120, to - 2);
  if (r + 2 >= end) return r;
  const k = findEither(r + 2, end, 32, 10);
  if (k >= end || byte(k) == 10) return r;
  return byte(k + 1) == 45 && byte(k + 2) == 32 ? k + 1 : r;
}

/** Where the automaton starts reading the line at `s`. */
function bodyStart(s: i32, to: i32): i32 {
  return s + TIMESTAMP_LEN + 1 < to && isTimestamp(s) ? skipLogPrefix(s + TIMESTAMP_LEN, to) + 1 : s;
}

function isStackFrame(s: i32, e: i32): bool {
  let p = s;
  while (p < e && (byte(p) == 9 || byte(p) == 32)) p += 1;
  return p > s && p + 3 < e && byte(p) == 97 && byte(p + 1) == 116 && byte(p + 2) == 32;
}

/** When the line at `s` is a stack frame, the index of its newline (`to` when the region ends first), else -1. */
function stackFrameEnd(s: i32, to: i32): i32 {
  let p = s;
  while (p < to && (byte(p) == 9 || byte(p) == 32)) p += 1;
  if (p == s || p + 3 >= to || byte(p) != 97 || byte(p + 1) != 116 || byte(p + 2) != 32) return -1;
  const e = findEither(p + 3, to, 10, 10);
  const end = e - s > MAX_LINE ? s + MAX_LINE : e > s && byte(e - 1) == 13 ? e - 1 : e;
  return isStackFrame(s, end) ? e : -1;
}

function skipFrames(s: i32, to: i32): i32 {
  let start = s;
  while (start < to && (byte(start) == 9 || byte(start) == 32)) {
    const e = stackFrameEnd(start, to);
    if (e < 0) return start;
    if (e >= to) return to;
    if (e - start > MAX_LINE) huge += 1;
    start = e + 1;
  }
  return start;
}

/** The first byte of lane `k`'s event area. */
@inline function areaStart(k: i32): i32 {
  return events + k * cap * 4;
}

/** Where lane `k`'s next record starts (its header's first word). */
@inline function recordAt(k: i32): i32 {
  return areaStart(k) + getL(k, L_W) * 4;
}

/**
 * Ends the line of lane `k` at `end` whose hit states were stored after the record's head up to `h`: keeps the
 * record (start, end, count, time words, states) when it has hits or every line is wanted, and readies the next
 * record. Returns false (and the overflow flag) when the area has no room for the next record's head and one state.
 */
function endLine(k: i32, end: i32, h: i32): bool {
  const r = recordAt(k);
  const n = (h - r - HEAD * 4) >> 2;
  if (n > 0 || everyLine) {
    const s = getL(k, L_START);
    store<i32>(<usize>r, s - buf);
    store<i32>(<usize>(r + 4), end - buf);
    store<i32>(<usize>(r + 8), n);
    writeStamp(r + 12, s, end);
    setL(k, L_W, getL(k, L_W) + HEAD + n);
  }
  if (getL(k, L_W) + HEAD + 1 > cap) {
    overflow = true;
    return false;
  }
  setL(k, L_H, recordAt(k) + HEAD * 4);
  return true;
}

/** Handles the newline at byte `i` of lane `k` (hits stored up to `h`); returns the next byte to read, or `to` on overflow. */
function newline(k: i32, i: i32, h: i32): i32 {
  const to = getL(k, L_END);
  if (i - getL(k, L_START) > MAX_LINE) huge += 1;
  if (!endLine(k, i, h)) return to;
  const next = skipFrames(i + 1, to);
  setL(k, L_START, next);
  return bodyStart(next, to);
}

function start(k: i32): i32 {
  const s = skipFrames(getL(k, L_START), getL(k, L_END));
  setL(k, L_START, s);
  setL(k, L_H, recordAt(k) + HEAD * 4);
  return bodyStart(s, getL(k, L_END));
}

@inline function step(state: i32, i: i32): u32 {
  return load<u32>(<usize>(table + ((state + <i32>load<u8>(<usize>(classes + byte(i)))) << 2)));
}

/** Words lane `k` may still store before its area is full, keeping room for one more record header. */
@inline function room(k: i32, h: i32): i32 {
  return ((areaStart(k) + cap * 4 - h) >> 2) - HEAD - 1;
}

/** Reads the rest of lane `k` one byte at a time from `i` in automaton state `state`. */
function finish(k: i32, from: i32, state0: i32): void {
  const to = getL(k, L_END);
  let i = from;
  let state = state0;
  let h = getL(k, L_H);
  while (i < to && !overflow) {
    let m = min(to - i, room(k, h));
    if (m <= 0) {
      overflow = true;
      return;
    }
    let v: u32 = 0;
    while (m > 0) {
      v = step(state, i);
      state = <i32>(v & ~3);
      store<i32>(<usize>h, state);
      h += <i32>(v & 1) << 2;
      if ((v & NEWLINE) != 0) break;
      i += 1;
      m -= 1;
    }
    if ((v & NEWLINE) != 0) {
      i = newline(k, i, h);
      h = getL(k, L_H);
    }
  }
  if (!overflow && getL(k, L_START) < to) endLine(k, to, h);
}

/** Cuts [from, to) into lanes starting at line starts; returns how many. */
function split(from: i32, to: i32): i32 {
  let used = 1;
  setL(0, L_START, from);
  if (to - from >= LANE_MIN) {
    for (let k = 1; k < LANES; k += 1) {
      let nl = from + <i32>((<i64>(to - from) * k) / LANES);
      while (nl < to && byte(nl) != 10) nl += 1;
      if (nl + 1 >= to || nl + 1 <= getL(k - 1, L_START)) break;
      setL(k - 1, L_END, nl + 1);
      setL(k, L_START, nl + 1);
      used += 1;
    }
  }
  setL(used - 1, L_END, to);
  for (let k = 0; k < used; k += 1) setL(k, L_W, 0);
  return used;
}

/**
 * Finds the candidate lines of buf[from, to) (offsets into the block at `bufAt`). Returns 0, or 1 when a lane's event
 * area was too small (the caller then scans the block another way).
 *
 * Every byte stores its state at the lane's hit pointer, which moves on only for a state where a literal ends: hits
 * cost no branch, and only newlines leave the loop that reads the four lanes side by side.
 */
export function find(tableAt: i32, classesAt: i32, bufAt: i32, from: i32, to: i32, every: i32, eventsAt: i32, laneCap: i32, headerAt: i32): i32 {
  table = tableAt;
  classes = classesAt;
  buf = bufAt;
  events = eventsAt;
  cap = laneCap;
  header = headerAt;
  everyLine = every != 0;
  huge = 0;
  overflow = false;
  const used = split(bufAt + from, bufAt + to);
  if (used == LANES) {
    const e0 = getL(0, L_END);
    const e1 = getL(1, L_END);
    const e2 = getL(2, L_END);
    let e3 = getL(3, L_END);
    while (e3 > getL(3, L_START) && byte(e3 - 1) != 10) e3 -= 1;
    let i0 = start(0);
    let i1 = start(1);
    let i2 = start(2);
    let i3 = start(3);
    let h0 = getL(0, L_H);
    let h1 = getL(1, L_H);
    let h2 = getL(2, L_H);
    let h3 = getL(3, L_H);
    let s0: i32 = 0;
    let s1: i32 = 0;
    let s2: i32 = 0;
    let s3: i32 = 0;
    for (;;) {
      const m = min(min(min(e0 - i0, e1 - i1), min(e2 - i2, e3 - i3)), min(min(room(0, h0), room(1, h1)), min(room(2, h2), room(3, h3))));
      if (m <= 0) break;
      let v0: u32 = 0;
      let v1: u32 = 0;
      let v2: u32 = 0;
      let v3: u32 = 0;
      const d1 = i1 - i0;
      const d2 = i2 - i0;
      const d3 = i3 - i0;
      const stop = i0 + m;
      let j = i0;
      while (j < stop) {
        v0 = step(s0, j);
        v1 = step(s1, j + d1);
        v2 = step(s2, j + d2);
        v3 = step(s3, j + d3);
        s0 = <i32>(v0 & ~3);
        s1 = <i32>(v1 & ~3);
        s2 = <i32>(v2 & ~3);
        s3 = <i32>(v3 & ~3);
        store<i32>(<usize>h0, s0);
        store<i32>(<usize>h1, s1);
        store<i32>(<usize>h2, s2);
        store<i32>(<usize>h3, s3);
        h0 += <i32>(v0 & 1) << 2;
        h1 += <i32>(v1 & 1) << 2;
        h2 += <i32>(v2 & 1) << 2;
        h3 += <i32>(v3 & 1) << 2;
        if (((v0 | v1 | v2 | v3) & NEWLINE) != 0) break;
        j += 1;
      }
      i0 = j;
      i1 = j + d1;
      i2 = j + d2;
      i3 = j + d3;
      if (((v0 | v1 | v2 | v3) & NEWLINE) == 0) continue;
      if ((v0 & NEWLINE) != 0) {
        i0 = newline(0, i0, h0);
        h0 = getL(0, L_H);
      } else i0 += 1;
      if ((v1 & NEWLINE) != 0) {
        i1 = newline(1, i1, h1);
        h1 = getL(1, L_H);
      } else i1 += 1;
      if ((v2 & NEWLINE) != 0) {
        i2 = newline(2, i2, h2);
        h2 = getL(2, L_H);
      } else i2 += 1;
      if ((v3 & NEWLINE) != 0) {
        i3 = newline(3, i3, h3);
        h3 = getL(3, L_H);
      } else i3 += 1;
      if (overflow) break;
    }
    if (!overflow) {
      setL(0, L_H, h0);
      setL(1, L_H, h1);
      setL(2, L_H, h2);
      setL(3, L_H, h3);
      finish(0, i0, s0);
      finish(1, i1, s1);
      finish(2, i2, s2);
      finish(3, i3, s3);
    }
  } else {
    for (let k = 0; k < used && !overflow; k += 1) finish(k, start(k), 0);
  }
  store<i32>(<usize>(header + H_USED), used);
  store<i32>(<usize>(header + H_HUGE), huge);
  store<i32>(<usize>(header + H_OVERFLOW), overflow ? 1 : 0);
  for (let k = 0; k < used; k += 1) store<i32>(<usize>(header + H_W + 4 * k), getL(k, L_W));
  return overflow ? 1 : 0;
}
