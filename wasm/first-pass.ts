// AssemblyScript: the log scanner's first pass compiled to WebAssembly (built into dist/logs/first-pass.wasm).
// It does what src/logs/candidate-lines.ts does, byte for byte, without the bounds test that JavaScript puts on every
// typed-array read; test/logs/first-pass-wasm.test.ts holds the two to the same output.
//
// Memory is the caller's: the automaton table and byte columns, the block being scanned, and per lane an area of
// events (`start, end, count, state × count` for each candidate line). Positions are written relative to `buf`.

const NEWLINE: u32 = 2;
const MAX_LINE: i32 = 1 << 20;
const TIMESTAMP_LEN: i32 = 23;
const LANES: i32 = 4;
const LANE_MIN: i32 = 64 * 1024;

// Header words (i32) at `header`: lanes used, huge lines, overflow flag, then per lane its event count.
const H_USED: i32 = 0;
const H_HUGE: i32 = 4;
const H_OVERFLOW: i32 = 8;
const H_W: i32 = 16;
// Per-lane state (i32) at `header + 64 + 32 * lane`: event count, open record, line start, end.
const L_W: i32 = 0;
const L_OPEN: i32 = 4;
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

@inline function isDigit(c: i32): bool {
  return <u32>(c - 48) <= 9;
}

/** True when a Log4j/ISO timestamp with milliseconds starts at `p`. */
function isTimestamp(p: i32): bool {
  if (byte(p + 4) != 45 || byte(p + 7) != 45 || byte(p + 13) != 58 || byte(p + 16) != 58) return false;
  const sep = byte(p + 19);
  if (sep != 44 && sep != 46) return false;
  return (
    isDigit(byte(p)) && isDigit(byte(p + 1)) && isDigit(byte(p + 2)) && isDigit(byte(p + 3)) && isDigit(byte(p + 5)) && isDigit(byte(p + 6)) &&
    isDigit(byte(p + 8)) && isDigit(byte(p + 9)) && isDigit(byte(p + 11)) && isDigit(byte(p + 12)) && isDigit(byte(p + 14)) && isDigit(byte(p + 15)) &&
    isDigit(byte(p + 17)) && isDigit(byte(p + 18)) && isDigit(byte(p + 20)) && isDigit(byte(p + 21)) && isDigit(byte(p + 22))
  );
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
  let q = p + 1;
  while (q < open && byte(q) != 91 && byte(q) != 10) q += 1;
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

/** Appends `n` words to lane `k`'s events; false (and the overflow flag) when its area is full. */
@inline function room(k: i32, n: i32): bool {
  if (getL(k, L_W) + n <= cap) return true;
  overflow = true;
  return false;
}

@inline function put(k: i32, at: i32, v: i32): void {
  store<i32>(<usize>(events + (k * cap + at) * 4), v);
}

@inline function get(k: i32, at: i32): i32 {
  return load<i32>(<usize>(events + (k * cap + at) * 4));
}

function record(k: i32, start: i32, end: i32): i32 {
  if (!room(k, 3)) return -1;
  const at = getL(k, L_W);
  put(k, at, start - buf);
  put(k, at + 1, end - buf);
  put(k, at + 2, 0);
  setL(k, L_W, at + 3);
  return at;
}

function hit(k: i32, state: i32): void {
  if (getL(k, L_OPEN) < 0) setL(k, L_OPEN, record(k, getL(k, L_START), -1 + buf));
  const open = getL(k, L_OPEN);
  if (open < 0 || !room(k, 1)) return;
  const w = getL(k, L_W);
  put(k, w, state);
  setL(k, L_W, w + 1);
  put(k, open + 2, get(k, open + 2) + 1);
}

function close(k: i32, end: i32): void {
  const open = getL(k, L_OPEN);
  if (open >= 0) put(k, open + 1, end - buf);
  else if (everyLine) record(k, getL(k, L_START), end);
  setL(k, L_OPEN, -1);
}

/** Handles a newline or a literal ending at byte `i` of lane `k`; returns the next byte to read. */
function event(k: i32, i: i32, v: u32, state: i32): i32 {
  if ((v & NEWLINE) == 0) {
    hit(k, state);
    return i + 1;
  }
  const end = getL(k, L_END);
  if (i - getL(k, L_START) > MAX_LINE) huge += 1;
  close(k, i);
  const next = skipFrames(i + 1, end);
  setL(k, L_START, next);
  return bodyStart(next, end);
}

function start(k: i32): i32 {
  const s = skipFrames(getL(k, L_START), getL(k, L_END));
  setL(k, L_START, s);
  return bodyStart(s, getL(k, L_END));
}

@inline function step(state: i32, i: i32): u32 {
  return load<u32>(<usize>(table + ((state + <i32>load<u8>(<usize>(classes + byte(i)))) << 2)));
}

/** Reads the rest of lane `k` one byte at a time from `i` in automaton state `state`. */
function finish(k: i32, from: i32, state0: i32): void {
  const to = getL(k, L_END);
  let i = from;
  let state = state0;
  while (i < to) {
    const v = step(state, i);
    state = <i32>(v & ~3);
    i = (v & 3) == 0 ? i + 1 : event(k, i, v, state);
  }
  if (getL(k, L_START) < to) close(k, to);
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
  for (let k = 0; k < used; k += 1) {
    setL(k, L_W, 0);
    setL(k, L_OPEN, -1);
  }
  return used;
}

/**
 * Finds the candidate lines of buf[from, to) (offsets into the block at `bufAt`). Returns 0, or 1 when a lane's event
 * area was too small (the caller then scans the block another way).
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
    let s0: i32 = 0;
    let s1: i32 = 0;
    let s2: i32 = 0;
    let s3: i32 = 0;
    while (i0 < e0 && i1 < e1 && i2 < e2 && i3 < e3) {
      const v0 = step(s0, i0);
      const v1 = step(s1, i1);
      const v2 = step(s2, i2);
      const v3 = step(s3, i3);
      s0 = <i32>(v0 & ~3);
      s1 = <i32>(v1 & ~3);
      s2 = <i32>(v2 & ~3);
      s3 = <i32>(v3 & ~3);
      if (((v0 | v1 | v2 | v3) & 3) == 0) {
        i0 += 1;
        i1 += 1;
        i2 += 1;
        i3 += 1;
        continue;
      }
      i0 = (v0 & 3) == 0 ? i0 + 1 : event(0, i0, v0, s0);
      i1 = (v1 & 3) == 0 ? i1 + 1 : event(1, i1, v1, s1);
      i2 = (v2 & 3) == 0 ? i2 + 1 : event(2, i2, v2, s2);
      i3 = (v3 & 3) == 0 ? i3 + 1 : event(3, i3, v3, s3);
    }
    finish(0, i0, s0);
    finish(1, i1, s1);
    finish(2, i2, s2);
    finish(3, i3, s3);
  } else {
    for (let k = 0; k < used; k += 1) finish(k, start(k), 0);
  }
  store<i32>(<usize>(header + H_USED), used);
  store<i32>(<usize>(header + H_HUGE), huge);
  store<i32>(<usize>(header + H_OVERFLOW), overflow ? 1 : 0);
  for (let k = 0; k < used; k += 1) store<i32>(<usize>(header + H_W + 4 * k), getL(k, L_W));
  return overflow ? 1 : 0;
}
