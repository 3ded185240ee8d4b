// AssemblyScript: the log scanner's first pass compiled to WebAssembly (built into dist/logs/first-pass.wasm).
// It does what src/logs/scan/candidate-lines.ts does, byte for byte, without the bounds test that JavaScript puts on every
// typed-array read and with SIMD where it pays; test/logs/scan/first-pass.test.ts holds the two to the same output. The
// record layout and limits come from src/logs/scan/first-pass-layout.ts, which both passes import.
//
// Memory is the caller's: the automaton table and byte columns, the block being scanned, and per lane an area of
// events (a record per candidate line: start, end, count, message start, two time words, then its states; see
// RECORD_HEAD). Positions are written relative to `buf`.
import {
  CLASSES_AT, FLAGS, H_HUGE, H_LEVELS, H_OVERFLOW, H_USED, H_W, LANE_MIN, LANES, LEVEL_NAMES, MAX_LINE, NEWLINE, NO_STAMP, OUTPUT, PREFIX_MAX, PREFIX_TOKENS,
  RECORD_BODY, RECORD_COUNT, RECORD_HEAD, RECORD_STAMP, TABLE_AT, THREAD_MAX, TRIGGER, UTC_STAMP,
} from '../src/logs/scan/first-pass-layout';
import { bodyStart, byte, findEither, setLevelCodes, stackFrameEnd, stampWords } from './line-prefix';
export { canonicalise } from './canonical-lines';

// Per-lane state (i32) at `header + 64 + 32 * lane`: event words kept, where the next hit state goes, line start, end,
// message start, and whether the line holds a trigger literal (see TRIGGER).
const L_W: i32 = 0;
const L_H: i32 = 4;
const L_START: i32 = 8;
const L_END: i32 = 12;
const L_BODY: i32 = 16;
const L_TRIGGERED: i32 = 20;

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
  const triggered = getL(k, L_TRIGGERED);
  setL(k, L_TRIGGERED, 0);
  if ((n > 0 && triggered != 0) || everyLine) {
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

/**
 * The table word for reading byte `i` after the table word `word`, which holds no flag bit (the loops stop
 * at a word that does, and clear it). In WebAssembly memory, table words are the byte offsets of their rows in the
 * table and the byte columns are times four (see WasmFirstPass), so that a step is one add and one load.
 */
@inline function step(word: u32, i: i32): u32 {
  return load<u32>(<usize>(word + load<u16>(<usize>(byte(i) << 1), CLASSES_AT)), TABLE_AT);
}

/**
 * Handles the table word `word` that stopped lane `k` at byte `i`: a newline ends the line, a literal's end stores its
 * state (as a state number times the row width, as the JavaScript pass writes it). Returns the next byte to read (the
 * lane's end on overflow).
 */
@inline function stopped(k: i32, i: i32, word: u32): i32 {
  if ((word & 3) == 0) return i + 1;
  return (word & NEWLINE) != 0 ? newline(k, i, getL(k, L_H)) : hit(k, i, word);
}

/** Stores the state of the table word `word` (where a literal ends at byte `i` of lane `k`); returns the next byte to read. */
function hit(k: i32, i: i32, word: u32): i32 {
  const h = getL(k, L_H);
  if (room(k, h) <= 0) {
    overflow = true;
    return getL(k, L_END);
  }
  store<i32>(<usize>h, <i32>((word & ~FLAGS) >> 2));
  setL(k, L_H, h + 4);
  if ((word & TRIGGER) != 0) setL(k, L_TRIGGERED, 1);
  return i + 1;
}

/** Words lane `k` may still store before its area is full, keeping room for one more record header. */
@inline function room(k: i32, h: i32): i32 {
  return ((areaStart(k) + cap * 4 - h) >> 2) - RECORD_HEAD - 1;
}

/** Reads the rest of lane `k` one byte at a time from `i` after the table word `word0`. */
function finish(k: i32, from: i32, word0: u32): void {
  const to = getL(k, L_END);
  let i = from;
  let word = word0;
  while (i < to && !overflow) {
    while (i < to) {
      word = step(word, i);
      if ((word & 3) != 0) break;
      i += 1;
    }
    if (i >= to) break;
    i = stopped(k, i, word);
    word &= ~FLAGS;
  }
  if (!overflow && getL(k, L_START) < to) endLine(k, to, getL(k, L_H));
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
    setL(k, L_TRIGGERED, 0);
  }
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
 * The loop that reads the four lanes side by side keeps only each lane's table word in it: a newline or a literal's
 * end in any lane leaves it, and that lane's line is ended or its state stored (see stopped) before it goes on.
 */
export function find(bufAt: i32, from: i32, to: i32, every: i32, eventsAt: i32, laneCap: i32, headerAt: i32): i32 {
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
    let w0: u32 = 0;
    let w1: u32 = 0;
    let w2: u32 = 0;
    let w3: u32 = 0;
    for (;;) {
      const m = min(min(e0 - i0, e1 - i1), min(e2 - i2, e3 - i3));
      if (m <= 0) break;
      const d1 = i1 - i0;
      const d2 = i2 - i0;
      const d3 = i3 - i0;
      const stop = i0 + m;
      let j = i0;
      while (j < stop) {
        w0 = step(w0, j);
        w1 = step(w1, j + d1);
        w2 = step(w2, j + d2);
        w3 = step(w3, j + d3);
        if (((w0 | w1 | w2 | w3) & 3) != 0) break;
        j += 1;
      }
      i0 = j;
      i1 = j + d1;
      i2 = j + d2;
      i3 = j + d3;
      if (j == stop) continue;
      i0 = stopped(0, i0, w0);
      i1 = stopped(1, i1, w1);
      i2 = stopped(2, i2, w2);
      i3 = stopped(3, i3, w3);
      w0 &= ~FLAGS;
      w1 &= ~FLAGS;
      w2 &= ~FLAGS;
      w3 &= ~FLAGS;
      if (overflow) break;
    }
    if (!overflow) {
      finish(0, i0, w0);
      finish(1, i1, w1);
      finish(2, i2, w2);
      finish(3, i3, w3);
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
