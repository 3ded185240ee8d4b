// Rewrites JSON-lines logs (Logstash and ECS encoders) and syslog-prefixed lines (rsyslog's file formats) in place as
// the lines a pattern layout would have written: `time level [thread] logger - message`, then the stack trace a line
// per frame. The rest of the scan then reads every layout alike, so the same events get the same causes. The
// WebAssembly pass (wasm/first-pass.ts, `canonicalise`) does the same byte for byte; tests hold the two together.
import { CANON_CLOCK, CANON_JSON, CANON_NONE, CANON_TIME } from './first-pass-layout.js';
import { jsonLine } from './json-line.js';
import { isLevelToken, stampEnd } from './line-prefix.js';

/** The year a syslog date without one belongs to: that of the file's last write, as a line is never from after it. */
export interface YearHint {
  year: number;
  month: number;
  day: number;
}

/** The YearHint of a file last written at `mtimeMs` (local time, as syslog writes it). */
export function yearHint(mtimeMs: number): YearHint {
  const d = new Date(mtimeMs);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const MONTHS = Buffer.from('JanFebMarAprMayJunJulAugSepOctNovDec');

/** The month (1-12) named by the three letters at `p`, or 0. */
function monthAt(b: Uint8Array, p: number): number {
  for (let m = 0; m < 12; m += 1) if (b[p] === MONTHS[3 * m] && b[p + 1] === MONTHS[3 * m + 1] && b[p + 2] === MONTHS[3 * m + 2]) return m + 1;
  return 0;
}

function digit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

/**
 * After a syslog date that ends at `p` (the space before the host), where the message starts: past `host tag: ` with
 * a tag that ends in `:` (`java[2345]:`), or -1 when the line has no such header. A level in the host's place means
 * an application's own line (`2026-11-21T10:15:32Z INFO Foo: ...`), not a syslog header.
 */
function afterHostAndTag(b: Uint8Array, p: number, e: number): number {
  if (b[p] !== 32) return -1;
  const host = p + 1;
  let q = host;
  while (q < e && b[q] !== 32) q += 1;
  if (q === host || q >= e || isLevelToken(b, host, q)) return -1;
  const tag = q + 1;
  q = tag;
  while (q < e && b[q] !== 32) q += 1;
  if (q - tag < 2 || q - tag > 64 || b[q - 1] !== 58) return -1;
  return q < e ? q + 1 : q;
}

/** Whether `yyyy-mm-ddThh:mm:ss` or `Mmm dd hh:mm:ss` at `s` starts a syslog header: CANON_TIME, CANON_CLOCK or CANON_NONE. */
function syslogKind(b: Uint8Array, s: number, e: number): number {
  if (
    e - s > 20 &&
    b[s + 3] === 32 &&
    (b[s + 4] === 32 || digit(b[s + 4])) &&
    digit(b[s + 5]) &&
    b[s + 6] === 32 &&
    b[s + 9] === 58 &&
    b[s + 12] === 58 &&
    monthAt(b, s) > 0
  ) {
    return afterHostAndTag(b, s + 15, e) > 0 ? CANON_CLOCK : CANON_NONE;
  }
  if (b[s + 10] !== 84) return CANON_NONE;
  const t = stampEnd(b, s, e);
  return t > 0 && b[s] !== 91 && afterHostAndTag(b, t, e) > 0 ? CANON_TIME : CANON_NONE;
}

/** The kind of the line b[s, e): CANON_JSON, CANON_CLOCK, CANON_TIME or CANON_NONE (as it is). */
export function lineKind(b: Uint8Array, s: number, e: number): number {
  return b[s] === 123 ? CANON_JSON : syslogKind(b, s, e);
}

/** True when the block's first or last line is JSON or syslog-prefixed, so that it is worth rewriting. */
export function wantsCanonical(buf: Buffer, from: number, to: number): boolean {
  if (to <= from) return false;
  let e = buf.indexOf(10, from);
  if (e < 0 || e > to) e = to;
  if (lineKind(buf, from, e) !== CANON_NONE) return true;
  const last = buf.lastIndexOf(10, to - 2) + 1;
  return last > from && lineKind(buf, Math.max(last, from), to) !== CANON_NONE;
}

/**
 * Rewrites in place the JSON and syslog lines of buf[from, to) and returns the block's new end; every other line is
 * moved up unchanged. A rewritten line is never longer than it was, so the block only shrinks. `scratch` (at least
 * CANON_SCRATCH bytes) holds a JSON line while it is rewritten; longer JSON lines stay as they are.
 */
export function canonicalise(buf: Buffer, from: number, to: number, hint: YearHint, scratch: Buffer): number {
  let w = from;
  let s = from;
  while (s < to) {
    let e = buf.indexOf(10, s);
    if (e < 0 || e >= to) e = to;
    const kind = lineKind(buf, s, e);
    if (kind === CANON_JSON) w = jsonLine(buf, s, e, w, scratch);
    else if (kind === CANON_CLOCK) w = clockLine(buf, s, e, w, hint);
    else if (kind === CANON_TIME) w = timeLine(buf, s, e, w);
    else w = move(buf, s, e, w);
    if (e < to) buf[w++] = 10;
    s = e + 1;
  }
  return w;
}

/** Copies buf[s, e) to `w` (never after `s`); returns the end of the copy. */
function move(buf: Buffer, s: number, e: number, w: number): number {
  if (w !== s) buf.copy(buf, w, s, e);
  return w + (e - s);
}

/** A `Mmm dd hh:mm:ss host tag: message` line as `yyyy-mm-dd hh:mm:ss message` (or the message, when it has its own time). */
function clockLine(buf: Buffer, s: number, e: number, w: number, hint: YearHint): number {
  const body = afterHostAndTag(buf, s + 15, e);
  if (stampEnd(buf, body, e) > 0) return unoctal(buf, body, e, w);
  const mo = monthAt(buf, s);
  const d = (buf[s + 4] === 32 ? 0 : (buf[s + 4] as number) - 48) * 10 + (buf[s + 5] as number) - 48;
  const year = mo * 32 + d > hint.month * 32 + hint.day + 1 ? hint.year - 1 : hint.year;
  const date = `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')} ${buf.toString('latin1', s + 7, s + 15)} `;
  buf.write(date, w, 'latin1');
  return unoctal(buf, body, e, w + date.length);
}

/** A `yyyy-mm-ddThh:mm:ss... host tag: message` line as `yyyy-mm-ddThh:mm:ss... message` (or the message, when it has its own time). */
function timeLine(buf: Buffer, s: number, e: number, w: number): number {
  const t = stampEnd(buf, s, e);
  const body = afterHostAndTag(buf, t, e);
  if (stampEnd(buf, body, e) > 0) return unoctal(buf, body, e, w);
  const at = move(buf, s, t, w);
  buf[at] = 32;
  return unoctal(buf, body, e, at + 1);
}

/** Copies buf[s, e) to `w`, turning rsyslog's escapes of control characters (`#011` for a tab) back into the byte. */
function unoctal(buf: Buffer, s: number, e: number, w: number): number {
  let from = s;
  let at = w;
  for (let hash = buf.indexOf(35, s); hash >= 0 && hash + 3 < e; hash = buf.indexOf(35, hash + 1)) {
    const a = buf[hash + 1] as number;
    const b = buf[hash + 2] as number;
    const c = buf[hash + 3] as number;
    if (a !== 48 || b < 48 || b > 51 || c < 48 || c > 55) continue;
    at = move(buf, from, hash, at);
    buf[at++] = (b - 48) * 8 + (c - 48);
    from = hash + 4;
  }
  return move(buf, from, e, at);
}
