// The hot path: finds candidate lines in a block of complete lines with one automaton pass, then classifies them in order.
import type { CauseId } from '../../knowledge/index.js';
import { wantsCanonical, type YearHint } from './canonical-lines.js';
import { blockEncoding, checkBytes, decode, lineIsAscii, wordsOf, type Encoding } from './decode.js';
import { cleanGroups } from './captures.js';
import type { Classifier } from './classifier.js';
import {
  addStateHits,
  anyCandidateLeft,
  beginLine,
  bestMatch,
  IMPLIED,
  IMPLIED_BEFORE_TEXT,
  lineHasAddress,
  rankCandidates,
  type LineClass,
} from './line-candidates.js';
import type { LaneEvents } from './candidate-lines.js';
import { MAX_LINE, NO_STAMP, RECORD_BODY, RECORD_COUNT, RECORD_HEAD, RECORD_STAMP } from './first-pass-layout.js';
import type { FirstPass } from './first-pass.js';
import type { ScanOptions } from './options.js';
import { recordInto, recordLine, sampleText, statsFor, tallyLine } from './record.js';
import type { CauseStats, Sample, ScanPart } from './stats.js';
import { hourKeyMs, lineTime } from './timestamp.js';

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
  /** Per matcher: its tally's samples still to be decoded (line start and newline in the block per slot, -1 for none). */
  pendingByMatcher: Array<Int32Array | undefined>;
  /** Every tally with samples still to be decoded, decoded before the block's buffer is reused. */
  pending: Array<{ stats: CauseStats; at: Int32Array }>;
  /** The task's first pass, which finds the candidate lines of each block. */
  pass: FirstPass;
  /** The year of syslog dates that do not name it. */
  hint: YearHint;
  /**
   * The hour key of the last line dated and its epoch ms (see timeOf). hourKeyMs keeps the same pair, but a call to it
   * returns the ms boxed (inlining is off): read here, a routine line's time costs no call (2-8% of a scan task's CPU).
   */
  hourKey: number;
  hourMs: number;
}

/** A new region state for one task. */
export function regionState(cls: Classifier, opts: ScanOptions, part: ScanPart, pass: FirstPass, hint: YearHint): RegionState {
  const grep = opts.grep ? new RegExp(opts.grep, 'gim') : undefined;
  return {
    cls,
    opts,
    part,
    grep,
    lastTime: NaN,
    result: { matcher: -1, match: null, hasAddress: false },
    byMatcher: [],
    pendingByMatcher: [],
    pending: [],
    pass,
    hint,
    hourKey: NO_STAMP,
    hourMs: NaN,
  };
}

/** Lines looked back over to date a continuation line (a stack frame, a "Caused by"). */
const LOOKBACK_LINES = 200;

/** Time of the nearest earlier line in the block that has a timestamp. */
function timeBefore(buf: Buffer, lineStart: number, from: number, fallback: number): number {
  let end = lineStart - 1;
  for (let n = 0; n < LOOKBACK_LINES && end > from; n += 1) {
    let start = end;
    while (start > from && buf[start - 1] !== 10) start -= 1;
    const t = lineTime(buf, start, end);
    if (!Number.isNaN(t)) return t;
    end = start - 1;
  }
  return fallback;
}

function outside(opts: ScanOptions, t: number): boolean {
  return !Number.isNaN(t) && ((opts.since !== undefined && t < opts.since) || (opts.until !== undefined && t > opts.until));
}

/**
 * Scans the complete lines in buf[from, to): JSON and syslog lines rewritten as plain ones first, then the candidate
 * lines found, then each classified in order.
 */
export function scanRegion(st: RegionState, buf: Buffer, from: number, whole: number, base: number): void {
  let encoding = checkBytes(st.part.input, buf, from, whole, base);
  let to = whole;
  if (wantsCanonical(buf, from, whole)) {
    to = st.pass.canonicalise(buf, from, whole, st.hint);
    encoding = blockEncoding(buf, from, to);
  }
  if (st.grep) scanGrep(st, buf, from, to, base, encoding);
  const cls = st.cls;
  const pass = st.pass;
  pass.find(cls.literals, buf, new Uint8Array(buf.buffer, buf.byteOffset, to), from, to, cls.always.length > 0);
  st.part.input.huge += pass.huge;
  // A block with lines that are not UTF-8 reads them as Latin-1, where the automaton's no-break space (C2 A0) is not
  // one: there the regexes decide every line.
  const shortcut = !st.opts.address && cls.always.length === 0 && encoding !== 'mixed';
  const words = wordsOf(buf);
  for (let lane = 0; lane < pass.used; lane += 1) {
    const { ev, w } = pass.lanes[lane] as LaneEvents;
    for (let k = 0; k < w;) {
      const n = ev[k + RECORD_COUNT] as number;
      const routine = shortcut ? provenRoutine(cls, buf, ev, k, words) : -1;
      if (routine >= 0) {
        recordRoutine(st, buf, ev[k] as number, ev[k + 1] as number, from, base, routine, ev, k);
        k += RECORD_HEAD + n;
        continue;
      }
      beginLine(cls);
      for (let j = 0; j < n; j += 1) addStateHits(cls, ev[k + RECORD_HEAD + j] as number);
      classifyLine(st, buf, ev, k, from, base, encoding);
      k += RECORD_HEAD + n;
    }
  }
  decodePendingSamples(st, buf, encoding);
}

/**
 * For the candidate line whose record starts at ev[k]: the candidate ranking would put first, when the automaton
 * proves it (its phrase is the whole regex, or is followed by text, or one of its proof texts occurs) and it is an
 * info matcher, so that the line needs nothing more; else -1. A matcher whose regex rules out a joining is proven only
 * on an ASCII line where no veto text occurs (Unicode spaces and letters such as U+017F could make that joining).
 */
function provenRoutine(cls: Classifier, buf: Buffer, ev: Int32Array, k: number, words: Int32Array): number {
  const { topOfState, proofOfState, specificity, implied } = cls;
  const shift = cls.literals.shift;
  const n = ev[k + RECORD_COUNT] as number;
  let top = -1;
  for (let j = 0; j < n; j += 1) {
    const m = topOfState[(ev[k + RECORD_HEAD + j] as number) >> shift] as number;
    if (m >= 0 && (top < 0 || (specificity[m] as number) > (specificity[top] as number))) top = m;
  }
  if (top < 0 || cls.extract[top] !== 0) return -1;
  if (cls.vetoed[top] === 1) {
    for (let j = 0; j < n; j += 1) if (cls.vetoAt[(ev[k + RECORD_HEAD + j] as number) >> shift] === 1) return -1;
    if (!lineIsAscii(words, buf, ev[k] as number, ev[k + 1] as number)) return -1;
  }
  if (implied[top] === IMPLIED || (implied[top] === IMPLIED_BEFORE_TEXT && endsInText(buf, ev[k] as number, ev[k + 1] as number))) return top;
  for (let j = 0; j < n; j += 1) if (proofOfState[(ev[k + RECORD_HEAD + j] as number) >> shift] === top) return top;
  return -1;
}

/** The tally of matcher `index` and its table of samples to decode, looked up once per task. */
function tallyOf(st: RegionState, index: number, cause: CauseId): CauseStats {
  const known = st.byMatcher[index];
  if (known) return known;
  const stats = statsFor(st.part, cause);
  let entry = st.pending.find((p) => p.stats === stats);
  if (!entry) {
    entry = { stats, at: new Int32Array(2 * st.opts.samples).fill(-1) };
    st.pending.push(entry);
  }
  st.byMatcher[index] = stats;
  st.pendingByMatcher[index] = entry.at;
  return stats;
}

/** Decodes the samples that routine lines left as positions in this block. */
function decodePendingSamples(st: RegionState, buf: Buffer, encoding: Encoding): void {
  for (const { stats, at } of st.pending) {
    for (let k = 0; k < at.length; k += 2) {
      const s = at[k] as number;
      if (s < 0) continue;
      (stats.samples[k / 2] as Sample).text = sampleText(decode(buf, s, lineEnd(buf, s, at[k + 1] as number), encoding));
      at[k] = -1;
    }
  }
}

/** Classifies the line of the record at ev[k], whose candidates are collected; records it under the winning cause. */
function classifyLine(st: RegionState, buf: Buffer, ev: Int32Array, k: number, from: number, base: number, encoding: Encoding): void {
  const { cls, opts, part, result } = st;
  const s = ev[k] as number;
  const e = ev[k + 1] as number;
  const end = lineEnd(buf, s, e);
  if (opts.address && !lineHasAddress()) return;
  const top = rankCandidates(cls);
  if (top >= 0 && cls.implied[top] === IMPLIED && cls.extract[top] === 0 && !opts.address && encoding !== 'mixed') {
    recordRoutine(st, buf, s, e, from, base, top, ev, k);
    return;
  }
  if (!opts.address && !anyCandidateLeft(cls)) return;
  const line = decode(buf, s, end, encoding);
  const text = messageOf(line, buf, s, ev[k + RECORD_BODY] as number, end, encoding);
  const index = bestMatch(cls, text, result, encoding !== 'mixed');
  const m = index >= 0 ? cls.matchers[index] : undefined;
  if (!m && !opts.address) return;
  const t = timeOf(st, buf, s, from, ev, k);
  if (outside(opts, t)) {
    part.outOfWindow += 1;
    return;
  }
  if (opts.address) recordLine(part, opts, 'log.address.lines', t, line, base + s, 0);
  if (!m) return;
  const extract = cls.extract[index] ?? 0;
  const stats = tallyOf(st, index, m.cause);
  const found = extract === 2 ? (result.match ?? m.pattern.exec(text)) : null;
  recordInto(stats, part, opts, t, line, base + s, found?.groups ? cleanGroups(found) : undefined, extract, st.pendingByMatcher[index], text);
}

/**
 * The message of the decoded line buf[s, end) whose message starts at byte `body`: what the rules classify, so that
 * a layout's timestamp, level, thread and logger never decide a line's cause.
 */
function messageOf(line: string, buf: Buffer, s: number, body: number, end: number, encoding: Encoding): string {
  if (body <= s) return line;
  if (body >= end) return '';
  if (encoding === 'latin1') return line.slice(body - s);
  for (let p = s; p < body; p += 1) if ((buf[p] as number) >= 0x80) return decode(buf, body, end, encoding);
  return line.slice(body - s);
}

/** The end of the line buf[s, e) as it is classified: cut at MAX_LINE, without a final CR. */
function lineEnd(buf: Buffer, s: number, e: number): number {
  return e - s > MAX_LINE ? s + MAX_LINE : e > s && buf[e - 1] === 13 ? e - 1 : e;
}

/** True when the line buf[s, e) (as classified) ends in a printable non-space ASCII character. */
function endsInText(buf: Buffer, s: number, e: number): boolean {
  const end = lineEnd(buf, s, e);
  const c = end > s ? (buf[end - 1] as number) : 0;
  return c > 32 && c < 127;
}

/**
 * Records the line buf[s, e) (the first pass never starts a record on a stack frame) whose match the automaton proved:
 * no decoding, no regex, not even a read of its bytes; its sample is decoded at block end.
 */
function recordRoutine(st: RegionState, buf: Buffer, s: number, e: number, from: number, base: number, index: number, ev: Int32Array, k: number): void {
  const { opts, part } = st;
  const t = timeOf(st, buf, s, from, ev, k);
  if (outside(opts, t)) {
    part.outOfWindow += 1;
    return;
  }
  const stats = st.byMatcher[index] ?? tallyOf(st, index, (st.cls.matchers[index] as { cause: CauseId }).cause);
  const slot = tallyLine(stats, opts, part, base + s, t);
  if (slot < 0) return;
  const at = st.pendingByMatcher[index] as Int32Array;
  at[2 * slot] = s;
  at[2 * slot + 1] = e;
}

/**
 * The line's own time (as the first pass read it into the record at ev[k]), else that of the nearest dated line before
 * it in the block. Lines of the hour last seen reuse its epoch ms, kept in the state.
 */
function timeOf(st: RegionState, buf: Buffer, s: number, from: number, ev: Int32Array, k: number): number {
  const key = ev[k + RECORD_STAMP] as number;
  if (key === NO_STAMP) return timeBefore(buf, s, from, st.lastTime);
  if (key !== st.hourKey) {
    st.hourKey = key;
    st.hourMs = hourKeyMs(key);
  }
  const t = st.hourMs + (ev[k + RECORD_STAMP + 1] as number);
  st.lastTime = t;
  return t;
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
