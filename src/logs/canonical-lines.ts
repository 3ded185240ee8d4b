// Rewrites JSON-lines logs (Logstash and ECS encoders) and syslog-prefixed lines (rsyslog's file formats) in place as
// the lines a pattern layout would have written: `time level [thread] logger - message`, then the stack trace a line
// per frame. The rest of the scan then reads every layout alike, so the same events get the same causes. The
// WebAssembly pass (wasm/first-pass.ts, `canonicalise`) does the same byte for byte; tests hold the two together.
import { CANON_CLOCK, CANON_JSON, CANON_NONE, CANON_SCRATCH, CANON_TIME, JSON_KEYS, SLOT_LEVEL, SLOT_LOGGER, SLOT_MESSAGE, SLOT_STACK, SLOT_THREAD, SLOT_TIME, SLOTS } from './first-pass-layout.js';
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
  if (e - s > 20 && b[s + 3] === 32 && (b[s + 4] === 32 || digit(b[s + 4])) && digit(b[s + 5]) && b[s + 6] === 32 && b[s + 9] === 58 && b[s + 12] === 58 && monthAt(b, s) > 0) {
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

/** JSON_KEYS: member name to slot. */
const KEYS: ReadonlyMap<string, number> = new Map(JSON_KEYS.split(' ').map((kv) => [kv.slice(0, kv.lastIndexOf(':')), Number(kv.slice(kv.lastIndexOf(':') + 1))] as const));

const spans = new Int32Array(2 * SLOTS);

/** A JSON line as `time level [thread] logger - message` and its stack trace; as it is when it is not a log object. */
function jsonLine(buf: Buffer, s: number, e: number, w: number, scratch: Buffer): number {
  if (e - s > CANON_SCRATCH || !readFields(buf, s, e)) return move(buf, s, e, w);
  const src = scratch;
  buf.copy(src, 0, s, e);
  const at = (slot: number): number => (spans[2 * slot] as number) - s;
  const end = (slot: number): number => (spans[2 * slot + 1] as number) - s;
  let o = w;
  const has = (slot: number): boolean => (spans[2 * slot] as number) >= 0;
  if (has(SLOT_TIME) && stampEnd(src, at(SLOT_TIME), end(SLOT_TIME)) === end(SLOT_TIME)) {
    o = unescape(src, at(SLOT_TIME), end(SLOT_TIME), buf, o);
    buf[o++] = 32;
    if (has(SLOT_LEVEL)) {
      o = unescape(src, at(SLOT_LEVEL), end(SLOT_LEVEL), buf, o);
      buf[o++] = 32;
    }
    if (has(SLOT_THREAD)) {
      buf[o++] = 91;
      o = unescape(src, at(SLOT_THREAD), end(SLOT_THREAD), buf, o);
      buf[o++] = 93;
      buf[o++] = 32;
    }
    if (has(SLOT_LOGGER)) {
      o = unescape(src, at(SLOT_LOGGER), end(SLOT_LOGGER), buf, o);
      o += buf.write(' - ', o, 'latin1');
    }
  }
  o = unescape(src, at(SLOT_MESSAGE), end(SLOT_MESSAGE), buf, o);
  if (has(SLOT_STACK)) {
    buf[o++] = 10;
    o = unescape(src, at(SLOT_STACK), end(SLOT_STACK), buf, o);
    while (o > w && buf[o - 1] === 10) o -= 1;
  }
  return o;
}

/**
 * Reads the top-level members of the JSON object b[s, e) into `spans` (start and end of each slot's string value, -1
 * when absent); false when it is not one object or holds no message.
 */
function readFields(b: Uint8Array, s: number, e: number): boolean {
  spans.fill(-1);
  let p = skipSpace(b, s + 1, e);
  if (p < e && b[p] === 125) return false;
  for (;;) {
    if (p >= e || b[p] !== 34) return false;
    const keyEnd = stringEnd(b, p + 1, e);
    if (keyEnd < 0) return false;
    const slot = KEYS.get(Buffer.from(b.buffer, b.byteOffset + p + 1, keyEnd - p - 1).toString('latin1'));
    p = skipSpace(b, keyEnd + 1, e);
    if (p >= e || b[p] !== 58) return false;
    p = skipSpace(b, p + 1, e);
    if (p < e && b[p] === 34) {
      const valueEnd = stringEnd(b, p + 1, e);
      if (valueEnd < 0) return false;
      if (slot !== undefined && spans[2 * slot] === -1) {
        spans[2 * slot] = p + 1;
        spans[2 * slot + 1] = valueEnd;
      }
      p = valueEnd + 1;
    } else {
      p = skipValue(b, p, e);
      if (p < 0) return false;
    }
    p = skipSpace(b, p, e);
    if (p < e && b[p] === 44) p = skipSpace(b, p + 1, e);
    else if (p < e && b[p] === 125) return (spans[2 * SLOT_MESSAGE] as number) >= 0;
    else return false;
  }
}

function skipSpace(b: Uint8Array, p: number, e: number): number {
  let q = p;
  while (q < e && (b[q] === 32 || b[q] === 9 || b[q] === 13)) q += 1;
  return q;
}

/** The index of the quote that closes the JSON string whose text starts at `p`, or -1. */
function stringEnd(b: Uint8Array, p: number, e: number): number {
  for (let q = p; q < e; q += 1) {
    const c = b[q];
    if (c === 34) return q;
    if (c === 92) q += 1;
  }
  return -1;
}

/** The index after the JSON value (not a string) at `p`: a number, a literal, or a nested object or array; -1 when it does not end. */
function skipValue(b: Uint8Array, p: number, e: number): number {
  let depth = 0;
  for (let q = p; q < e; q += 1) {
    const c = b[q];
    if (c === 34) {
      q = stringEnd(b, q + 1, e);
      if (q < 0) return -1;
    } else if (c === 123 || c === 91) depth += 1;
    else if (c === 125 || c === 93) {
      if (depth === 0) return q;
      depth -= 1;
      if (depth === 0) return q + 1;
    } else if (c === 44 && depth === 0) return q;
  }
  return -1;
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/** The code unit of `\uXXXX` at `p` (the backslash), or -1. */
function unit(b: Uint8Array, p: number, e: number): number {
  if (p + 6 > e || b[p] !== 92 || b[p + 1] !== 117) return -1;
  let v = 0;
  for (let k = 2; k < 6; k += 1) {
    const h = hex(b[p + k] as number);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/** Copies the JSON string text src[s, e) to out at `o` without its escapes (as UTF-8); returns the end. */
function unescape(src: Uint8Array, s: number, e: number, out: Uint8Array, o: number): number {
  let w = o;
  for (let p = s; p < e; p += 1) {
    const c = src[p] as number;
    if (c !== 92 || p + 1 >= e) {
      out[w++] = c;
      continue;
    }
    const x = src[p + 1] as number;
    p += 1;
    if (x === 110) out[w++] = 10;
    else if (x === 116) out[w++] = 9;
    else if (x === 114) out[w++] = 13;
    else if (x === 98) out[w++] = 8;
    else if (x === 102) out[w++] = 12;
    else if (x === 117) {
      let cp = unit(src, p - 1, e);
      if (cp < 0) {
        out[w++] = 92;
        out[w++] = x;
        continue;
      }
      p += 4;
      if (cp >= 0xd800 && cp < 0xdc00) {
        const low = unit(src, p + 1, e);
        if (low >= 0xdc00 && low < 0xe000) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          p += 6;
        }
      }
      w = utf8(out, w, cp);
    } else out[w++] = x;
  }
  return w;
}

/** Writes code point `cp` as UTF-8 at `w`; returns the end. */
function utf8(out: Uint8Array, w: number, cp: number): number {
  let o = w;
  if (cp < 0x80) out[o++] = cp;
  else if (cp < 0x800) {
    out[o++] = 0xc0 | (cp >> 6);
    out[o++] = 0x80 | (cp & 63);
  } else if (cp < 0x10000) {
    out[o++] = 0xe0 | (cp >> 12);
    out[o++] = 0x80 | ((cp >> 6) & 63);
    out[o++] = 0x80 | (cp & 63);
  } else {
    out[o++] = 0xf0 | (cp >> 18);
    out[o++] = 0x80 | ((cp >> 12) & 63);
    out[o++] = 0x80 | ((cp >> 6) & 63);
    out[o++] = 0x80 | (cp & 63);
  }
  return o;
}
