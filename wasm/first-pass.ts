// AssemblyScript: the log scanner's first pass compiled to WebAssembly (built into dist/logs/first-pass.wasm).
// It does what src/logs/scan/candidate-lines.ts does, byte for byte, without the bounds test that JavaScript puts on every
// typed-array read and with SIMD where it pays; test/logs/scan/first-pass.test.ts holds the two to the same output. The
// record layout and limits come from src/logs/scan/first-pass-layout.ts, which both passes import.
//
// Memory is the caller's: the automaton table and byte columns, the block being scanned, and per lane an area of
// events (a record per candidate line: start, end, count, message start, two time words, then its states; see
// RECORD_HEAD). Positions are written relative to `buf`.
import {
  H_HUGE, H_LEVELS, H_OVERFLOW, H_USED, H_W, LANE_MIN, LANES, LEVEL_NAMES, MAX_LINE, NEWLINE, NO_STAMP, OUTPUT, PREFIX_MAX, PREFIX_TOKENS,
  RECORD_BODY, RECORD_COUNT, RECORD_HEAD, RECORD_STAMP, THREAD_MAX, UTC_STAMP,
} from '../src/logs/scan/first-pass-layout';
import { bodyStart, byte, findEither, setLevelCodes, stackFrameEnd, stampWords } from './line-prefix';
export { canonicalise } from './canonical-lines';

// Per-lane state (i32) at `header + 64 + 32 * lane`: event words kept, where the next hit state goes, line start, end,
// message start.
const L_W: i32 = 0;
const L_H: i32 = 4;
const L_START: i32 = 8;
const L_END: i32 = 12;
const L_BODY: i32 = 16;

let table: i32 = 0;
let classes: i32 = 0;
let buf: i32 = 0;
let events: i32 = 0;
let cap: i32 = 0;
let header: i32 = 0;
let everyLine: bool = false;
let huge: i32 = 0;
let overflow: bool = false;

@inline function lane(k: i32): i32 {
  return header + 64 + 32 * k;
}

@inline function getL(k: i32, field: i32): i32 {
  return load<i32>(<usize>(lane(k) + field));
}

@inline function setL(k: i32, field: i32, v: i32): void {
  store<i32>(<usize>(lane(k) + field), v);
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
  const n = (h - r - RECORD_HEAD * 4) >> 2;
  if (n > 0 || everyLine) {
    const s = getL(k, L_START);
    store<i32>(<usize>r, s - buf);
    store<i32>(<usize>(r + 4), end - buf);
    store<i32>(<usize>(r + RECORD_COUNT * 4), n);
    store<i32>(<usize>(r + RECORD_BODY * 4), getL(k, L_BODY) - buf);
    stampWords(r + RECORD_STAMP * 4, s, end);
    setL(k, L_W, getL(k, L_W) + RECORD_HEAD + n);
  }
  if (getL(k, L_W) + RECORD_HEAD + 1 > cap) {
    overflow = true;
    return false;
  }
  setL(k, L_H, recordAt(k) + RECORD_HEAD * 4);
  return true;
}

/** Handles the newline at byte `i` of lane `k` (hits stored up to `h`); returns the next byte to read, or `to` on overflow. */
function newline(k: i32, i: i32, h: i32): i32 {
  const to = getL(k, L_END);
  if (i - getL(k, L_START) > MAX_LINE) huge += 1;
  if (!endLine(k, i, h)) return to;
  const next = skipFrames(i + 1, to);
  const body = bodyStart(next, to);
  setL(k, L_START, next);
  setL(k, L_BODY, body);
  return readFrom(next, body);
}

function start(k: i32): i32 {
  const s = skipFrames(getL(k, L_START), getL(k, L_END));
  const body = bodyStart(s, getL(k, L_END));
  setL(k, L_START, s);
  setL(k, L_BODY, body);
  setL(k, L_H, recordAt(k) + RECORD_HEAD * 4);
  return readFrom(s, body);
}

/** Where the automaton starts reading a line whose message starts at `body`: at the space before it, when there is one. */
@inline function readFrom(lineStart: i32, body: i32): i32 {
  return body > lineStart && (byte(body - 1) == 32 || byte(body - 1) == 9) ? body - 1 : body;
}

/** The table word for reading byte `i` in `state`; the callers pass the table and byte columns as locals, kept in registers. */
@inline function step(tableAt: i32, classesAt: i32, state: i32, i: i32): u32 {
  return load<u32>(<usize>(tableAt + ((state + <i32>load<u8>(<usize>(classesAt + byte(i)))) << 2)));
}

/** Words lane `k` may still store before its area is full, keeping room for one more record header. */
@inline function room(k: i32, h: i32): i32 {
  return ((areaStart(k) + cap * 4 - h) >> 2) - RECORD_HEAD - 1;
}

/** Reads the rest of lane `k` one byte at a time from `i` in automaton state `state`. */
function finish(k: i32, from: i32, state0: i32): void {
  const to = getL(k, L_END);
  let i = from;
  let state = state0;
  let h = getL(k, L_H);
  const tableAt = table;
  const classesAt = classes;
  while (i < to && !overflow) {
    let m = min(to - i, room(k, h));
    if (m <= 0) {
      overflow = true;
      return;
    }
    let v: u32 = 0;
    while (m > 0) {
      v = step(tableAt, classesAt, state, i);
      state = <i32>(v & ~3);
      store<i32>(<usize>h, state);
      h += <i32>(v & OUTPUT) << 2;
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

/** Where the module's own static data ends: the caller's areas (HEADER_AT and up) must start after it. */
export function dataEnd(): i32 {
  return <i32>__heap_base;
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
  setLevelCodes(header + H_LEVELS);
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
    const tableAt = table;
    const classesAt = classes;
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
        v0 = step(tableAt, classesAt, s0, j);
        v1 = step(tableAt, classesAt, s1, j + d1);
        v2 = step(tableAt, classesAt, s2, j + d2);
        v3 = step(tableAt, classesAt, s3, j + d3);
        s0 = <i32>(v0 & ~3);
        s1 = <i32>(v1 & ~3);
        s2 = <i32>(v2 & ~3);
        s3 = <i32>(v3 & ~3);
        store<i32>(<usize>h0, s0);
        store<i32>(<usize>h1, s1);
        store<i32>(<usize>h2, s2);
        store<i32>(<usize>h3, s3);
        h0 += <i32>(v0 & OUTPUT) << 2;
        h1 += <i32>(v1 & OUTPUT) << 2;
        h2 += <i32>(v2 & OUTPUT) << 2;
        h3 += <i32>(v3 & OUTPUT) << 2;
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
