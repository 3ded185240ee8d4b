// The hot path: finds candidate lines in a block of complete lines with one automaton pass, then classifies them.
import { isAscii, isUtf8 } from 'node:buffer';
import { addStateHits, beginLine, bestMatch, cleanGroups, lineHasAddress, type Classifier, type LineClass } from './classifier.js';
import { cursor, NEWLINE, nextEvent } from './literal-set.js';
import { MAX_LINE, type ScanOptions } from './options.js';
import { recordInto, recordLine, statsFor } from './record.js';
import type { CauseStats, ScanPart } from './stats.js';
import { lineTime } from './timestamp.js';

/** Per-task scanning state: the classifier, the tallies and the last timestamp seen. */
export interface RegionState {
  cls: Classifier;
  opts: ScanOptions;
  part: ScanPart;
  grep: RegExp | undefined;
  lastTime: number;
  result: LineClass;
  /** The tally of each matcher's cause, looked up once per task. */
  byMatcher: Array<CauseStats | undefined>;
}

/** Length of `2026-11-21 10:15:32,123`; no rule literal lives inside a timestamp, so the automaton skips it. */
const TIMESTAMP_LEN = 23;

/** True when a Log4j/ISO timestamp with milliseconds starts at `p`. */
function isTimestamp(b: Uint8Array, p: number): boolean {
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
function skipLogPrefix(b: Uint8Array, p: number, to: number): number {
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
function isStackFrame(b: Buffer, s: number, e: number): boolean {
  let p = s;
  while (p < e && (b[p] === 9 || b[p] === 32)) p += 1;
  return p > s && p + 3 < e && b[p] === 97 && b[p + 1] === 116 && b[p + 2] === 32;
}

/** Lines looked back over to date a continuation line (a stack frame, a "Caused by"). */
const LOOKBACK_LINES = 200;

/** Time of the nearest earlier line in the block that has a timestamp. */
function timeBefore(buf: Buffer, lineStart: number, from: number, fallback: number): number {
  let end = lineStart - 1;
  for (let n = 0; n < LOOKBACK_LINES && end > from; n += 1) {
    const start = buf.lastIndexOf(10, end - 1) + 1;
    const s = start < from ? from : start;
    const t = lineTime(buf, s, end);
    if (!Number.isNaN(t)) return t;
    end = s - 1;
  }
  return fallback;
}

function outside(opts: ScanOptions, t: number): boolean {
  return !Number.isNaN(t) && ((opts.since !== undefined && t < opts.since) || (opts.until !== undefined && t > opts.until));
}

/** Counts lines with invalid UTF-8 and lines with NUL bytes; returns how the block decodes. */
function checkBytes(st: RegionState, buf: Buffer, from: number, to: number, base: number): Encoding {
  const input = st.part.input;
  let z = buf.indexOf(0, from);
  while (z >= 0 && z < to) {
    input.nul += 1;
    if (input.firstBadOffset < 0) input.firstBadOffset = base + z;
    const nl = buf.indexOf(10, z);
    if (nl < 0 || nl >= to) break;
    z = buf.indexOf(0, nl + 1);
  }
  const block = buf.subarray(from, to);
  if (isAscii(block)) return 'latin1';
  if (isUtf8(block)) return 'utf8';
  let s = from;
  while (s < to) {
    let e = buf.indexOf(10, s);
    if (e < 0 || e > to) e = to;
    if (!isUtf8(buf.subarray(s, e))) {
      input.notUtf8 += 1;
      if (input.firstBadOffset < 0) input.firstBadOffset = base + s;
    }
    s = e + 1;
  }
  return 'mixed';
}

/** The line as text: ASCII blocks take the cheap Latin-1 path, valid UTF-8 is decoded, anything else read as Latin-1. */
function decode(buf: Buffer, s: number, e: number, encoding: Encoding): string {
  const fast = buf as unknown as DirectSlices;
  if (encoding === 'latin1' || (encoding === 'mixed' && !isUtf8(buf.subarray(s, e)))) return fast.latin1Slice(s, e);
  return fast.utf8Slice(s, e);
}

/** Buffer's own decoders without toString's argument checks (present on every Node Buffer, absent from the types). */
interface DirectSlices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** How a block of lines decodes: pure ASCII, valid UTF-8, or with some invalid lines. */
type Encoding = 'latin1' | 'utf8' | 'mixed';

/** Scans the complete lines in buf[from, to) in one automaton pass; `base` is the file offset of buf[0]. */
export function scanRegion(st: RegionState, buf: Buffer, from: number, to: number, base: number): void {
  const encoding = checkBytes(st, buf, from, to, base);
  if (st.grep) scanGrep(st, buf, from, to, base, encoding);
  const cls = st.cls;
  const set = cls.literals;
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, to);
  const everyLine = cls.always.length > 0;
  let state = 0;
  let lineStart = from;
  let hit = everyLine;
  beginLine(cls);
  let i = from + TIMESTAMP_LEN + 1 < to && isTimestamp(bytes, from) ? skipLogPrefix(bytes, from + TIMESTAMP_LEN, to) + 1 : from;
  while (i < to) {
    i = nextEvent(set, bytes, i, to, state);
    if (i >= to) break;
    state = cursor.state;
    if ((cursor.value & NEWLINE) !== 0) {
      if (i - lineStart > MAX_LINE) st.part.input.huge += 1;
      if (hit) {
        classifyLine(st, buf, lineStart, i, from, base, encoding);
        beginLine(cls);
        hit = everyLine;
      }
      lineStart = i + 1;
      i = i + TIMESTAMP_LEN + 1 < to && isTimestamp(bytes, lineStart) ? skipLogPrefix(bytes, i + TIMESTAMP_LEN, to) + 1 : i + 1;
      continue;
    }
    hit = true;
    addStateHits(cls, state);
    i += 1;
  }
  if (hit && lineStart < to) classifyLine(st, buf, lineStart, to, from, base, encoding);
}

/** Classifies the line buf[s, e) whose candidates are collected; records it under the winning cause. */
function classifyLine(st: RegionState, buf: Buffer, s: number, e: number, from: number, base: number, encoding: Encoding): void {
  const { cls, opts, part, result } = st;
  const end = e - s > MAX_LINE ? s + MAX_LINE : e > s && buf[e - 1] === 13 ? e - 1 : e;
  if (opts.address && !lineHasAddress()) return;
  if (isStackFrame(buf, s, end)) return;
  const line = decode(buf, s, end, encoding);
  bestMatch(cls, line, result);
  const m = result.matcher >= 0 ? cls.matchers[result.matcher] : undefined;
  if (!m && !opts.address) return;
  let t = lineTime(buf, s, end);
  if (Number.isNaN(t)) t = timeBefore(buf, s, from, st.lastTime);
  else st.lastTime = t;
  if (outside(opts, t)) {
    part.outOfWindow += 1;
    return;
  }
  if (opts.address) recordLine(part, opts, 'log.address.lines', t, line, base + s, 0);
  if (!m) return;
  const extract = cls.extract[result.matcher] ?? 0;
  const stats = st.byMatcher[result.matcher] ?? (st.byMatcher[result.matcher] = statsFor(part, m.cause));
  const found = extract === 2 ? (result.match ?? m.pattern.exec(line)) : null;
  recordInto(stats, part, opts, t, line, base + s, found?.groups ? cleanGroups(found) : undefined, extract);
}

function scanGrep(st: RegionState, buf: Buffer, from: number, to: number, base: number, encoding: Encoding): void {
  const re = st.grep as RegExp;
  const text = buf.toString('latin1', from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = text.lastIndexOf('\n', m.index - 1) + 1;
    let e = text.indexOf('\n', m.index);
    if (e < 0) e = text.length;
    re.lastIndex = e + 1;
    const lineBytesEnd = from + e > from + s && buf[from + e - 1] === 13 ? from + e - 1 : from + e;
    const line = decode(buf, from + s, lineBytesEnd, encoding);
    if (st.opts.address && !line.toLowerCase().includes(st.opts.address.toLowerCase())) continue;
    let t = lineTime(buf, from + s, lineBytesEnd);
    if (Number.isNaN(t)) t = timeBefore(buf, from + s, from, st.lastTime);
    if (outside(st.opts, t)) continue;
    recordLine(st.part, st.opts, 'log.grep.match', t, line, base + from + s, 2);
    if (m[0].length === 0) re.lastIndex = Math.max(re.lastIndex, m.index + 1);
  }
}
