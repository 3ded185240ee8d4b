// AssemblyScript: rewrites JSON-lines (see json-line.ts) and syslog-prefixed lines in place as plain log lines, as
// src/logs/scan/canonical-lines.ts does byte for byte (test/logs/scan/canonical-lines.test.ts holds the two together).
import { CANON_CLOCK, CANON_JSON, CANON_NONE, CANON_TIME, H_KEYS, H_LEVELS, H_SPANS } from '../src/logs/scan/first-pass-layout';
import { jsonLine, move, put, setJsonAreas } from './json-line';
import { byte, digit, findEither, isLevel, setLevelCodes, stampEnd } from './line-prefix';

let hintYear: i32 = 0;
let hintMonth: i32 = 0;
let hintDay: i32 = 0;
/** The four digits of the hint's year and of the year before it, as the word clockDate writes. */
let yearOfHint: u32 = 0;
let yearBefore: u32 = 0;
/** Where the message of the syslog line lineKind last read starts (after its host and tag). */
let syslogBody: i32 = 0;

/** The month (1-12) named by the three letters at `p` (`Jan`...`Dec`, as src/logs/scan/canonical-lines.ts reads them), or 0. */
function monthAt(p: i32): i32 {
  switch (load<u32>(<usize>p) & 0xffffff) {
    case 0x6e614a: return 1;
    case 0x626546: return 2;
    case 0x72614d: return 3;
    case 0x727041: return 4;
    case 0x79614d: return 5;
    case 0x6e754a: return 6;
    case 0x6c754a: return 7;
    case 0x677541: return 8;
    case 0x706553: return 9;
    case 0x74634f: return 10;
    case 0x766f4e: return 11;
    case 0x636544: return 12;
    default: return 0;
  }
}

/**
 * After a syslog date that ends at `p`, where the message starts (past `host tag: `), or -1. `e` is the line's end, or
 * any end after it when that is not known yet: the line then ends at its first newline.
 */
function afterHostAndTag(p: i32, e: i32): i32 {
  if (byte(p) != 32) return -1;
  const host = p + 1;
  let q = findEither(host, e, 32, 10);
  if (q == host || q >= e || byte(q) == 10 || isLevel(host, q)) return -1;
  const tag = q + 1;
  q = findEither(tag, e, 32, 10);
  if (q - tag < 2 || q - tag > 64 || byte(q - 1) != 58) return -1;
  return q < e && byte(q) == 32 ? q + 1 : q;
}

/** The line's syslog kind; for CANON_CLOCK and CANON_TIME, syslogBody is where its message starts. */
function syslogKind(s: i32, e: i32): i32 {
  if (e - s > 20 && byte(s + 3) == 32 && (byte(s + 4) == 32 || digit(byte(s + 4))) && digit(byte(s + 5)) && byte(s + 6) == 32 && byte(s + 9) == 58 && byte(s + 12) == 58 && monthAt(s) > 0) {
    syslogBody = afterHostAndTag(s + 15, e);
    return syslogBody > 0 ? CANON_CLOCK : CANON_NONE;
  }
  if (byte(s + 10) != 84) return CANON_NONE;
  const t = stampEnd(s, e);
  if (t <= 0 || byte(s) == 91) return CANON_NONE;
  syslogBody = afterHostAndTag(t, e);
  return syslogBody > 0 ? CANON_TIME : CANON_NONE;
}

function lineKind(s: i32, e: i32): i32 {
  return byte(s) == 123 ? CANON_JSON : syslogKind(s, e);
}

/** True when the `#0oo` at `hash` is one of rsyslog's escapes of a control character (its digits before `end`). */
@inline function isEscape(hash: i32, end: i32): bool {
  if (hash + 3 >= end) return false;
  const b = byte(hash + 2);
  const c = byte(hash + 3);
  return byte(hash + 1) == 48 && b >= 48 && b <= 51 && c >= 48 && c <= 55;
}

/** The control character the escape at `hash` stands for (its two octal digits). */
@inline function escapedByte(hash: i32): i32 {
  return (byte(hash + 2) - 48) * 8 + (byte(hash + 3) - 48);
}

/** Copies [s, e) to `w`, turning rsyslog's `#0oo` escapes of control characters back into the byte. */
function unoctal(s: i32, e: i32, w: i32): i32 {
  let from = s;
  let at = w;
  let hash = findEither(s, e, 35, 35);
  while (hash + 3 < e) {
    if (isEscape(hash, e)) {
      at = move(from, hash, at);
      put(at, escapedByte(hash));
      at += 1;
      from = hash + 4;
    }
    hash = findEither(hash + 1, e, 35, 35);
  }
  return move(from, e, at);
}

function clockLine(s: i32, e: i32, w: i32): i32 {
  const body = syslogBody;
  if (stampEnd(body, e) > 0) return unoctal(body, e, w);
  return unoctal(body, e, clockDate(s, w));
}

/** The last four digits of `year` as four ASCII bytes in one little-endian word. */
function yearDigits(year: i32): u32 {
  return <u32>(48 + ((year / 1000) % 10)) | (<u32>(48 + ((year / 100) % 10)) << 8) | (<u32>(48 + ((year / 10) % 10)) << 16) | (<u32>(48 + (year % 10)) << 24);
}

/** Writes at `w` the `yyyy-mm-dd hh:mm:ss ` of the syslog date at `s` (the year from the hint); returns the end. */
function clockDate(s: i32, w: i32): i32 {
  const mo = monthAt(s);
  const d = (byte(s + 4) == 32 ? 0 : byte(s + 4) - 48) * 10 + byte(s + 5) - 48;
  const clock = load<u64>(<usize>(s + 7));
  store<u32>(<usize>w, mo * 32 + d > hintMonth * 32 + hintDay + 1 ? yearBefore : yearOfHint);
  put(w + 4, 45);
  put(w + 5, 48 + mo / 10);
  put(w + 6, 48 + (mo % 10));
  put(w + 7, 45);
  put(w + 8, 48 + d / 10);
  put(w + 9, 48 + (d % 10));
  put(w + 10, 32);
  store<u64>(<usize>(w + 11), clock);
  put(w + 19, 32);
  return w + 20;
}

function timeLine(s: i32, e: i32, w: i32): i32 {
  const body = syslogBody;
  if (stampEnd(body, e) > 0) return unoctal(body, e, w);
  const t = stampEnd(s, e);
  const at = move(s, t, w);
  put(at, 32);
  return unoctal(body, e, at + 1);
}

/** Where the line being rewritten ends (its newline, or the block end); set by copyMessage. */
let lineEnd: i32 = 0;

/** As afterHostAndTag (`p + 33` before the line's or block's end `e`), with the host and tag found by one look at the 32 bytes after `p`. */
function shortHostAndTag(p: i32, end: i32): i32 {
  if (byte(p) != 32) return -1;
  const host = p + 1;
  const space = i8x16.splat(32);
  const nl = i8x16.splat(10);
  const a = v128.load(<usize>host);
  const b = v128.load(<usize>(host + 16));
  let ends = i8x16.bitmask(v128.or(i8x16.eq(a, space), i8x16.eq(a, nl))) | (i8x16.bitmask(v128.or(i8x16.eq(b, space), i8x16.eq(b, nl))) << 16);
  if (popcnt(ends) < 2) return afterHostAndTag(p, end);
  const q = host + <i32>ctz(ends);
  if (q == host || byte(q) == 10 || isLevel(host, q)) return -1;
  ends &= ends - 1;
  const tag = q + 1;
  const t = host + <i32>ctz(ends);
  if (t - tag < 2 || byte(t - 1) != 58) return -1;
  return byte(t) == 32 ? t + 1 : t;
}

/**
 * Where the message of the line at `s` starts when it is surely a `Mmm dd hh:mm:ss host tag: message` line whose
 * message has no time of its own (syslogKind says CANON_CLOCK and clockLine writes the date), else -1. It reads no
 * further than the line's first 21 bytes and its host and tag, so that the line's end need not be found first.
 */
function plainClockBody(s: i32, end: i32): i32 {
  if (s + 21 > end || byte(s + 3) != 32 || byte(s + 6) != 32 || byte(s + 9) != 58 || byte(s + 12) != 58) return -1;
  if (!((byte(s + 4) == 32 || digit(byte(s + 4))) && digit(byte(s + 5)) && monthAt(s) > 0)) return -1;
  const nl = i8x16.splat(10);
  if ((i8x16.bitmask(i8x16.eq(v128.load(<usize>s), nl)) | i8x16.bitmask(i8x16.eq(v128.load(<usize>(s + 5)), nl))) != 0) return -1;
  const body = s + 48 <= end ? shortHostAndTag(s + 15, end) : afterHostAndTag(s + 15, end);
  if (body <= 0) return -1;
  const c = byte(body);
  return c == 91 || digit(c) ? -1 : body;
}

/**
 * Copies the rest of the line from `p` (before the block's `end`) to `w` as unoctal does, sixteen bytes a step while
 * it looks for the line's newline and escapes; sets lineEnd and returns the end of the copy. `w` is never after `p`.
 */
function copyMessage(p: i32, w: i32, end: i32): i32 {
  const nl = i8x16.splat(10);
  const hash = i8x16.splat(35);
  let q = p;
  let at = w;
  while (q + 16 <= end) {
    const v = v128.load(<usize>q);
    const mask = i8x16.bitmask(v128.or(i8x16.eq(v, nl), i8x16.eq(v, hash)));
    if (mask == 0) {
      v128.store(<usize>at, v);
      q += 16;
      at += 16;
      continue;
    }
    // The chunk may hold the next line's first bytes: they are written over only where they were read already.
    const k = <i32>ctz(mask);
    if (q - at >= 16) v128.store(<usize>at, v);
    else memory.copy(<usize>at, <usize>q, <usize>k);
    q += k;
    at += k;
    if (byte(q) == 10) {
      lineEnd = q;
      return at;
    }
    if (isEscape(q, end)) {
      put(at, escapedByte(q));
      q += 4;
    } else {
      put(at, 35);
      q += 1;
    }
    at += 1;
  }
  // Fewer than sixteen bytes before the block's end: the line's last bytes, copied as unoctal copies any line.
  lineEnd = findEither(q, end, 10, 10);
  return unoctal(q, lineEnd, at);
}

/**
 * Rewrites in place the JSON and syslog lines of [from, to) in the block at `bufAt` and returns the block's new end;
 * `scratchAt` has CANON_SCRATCH bytes for a JSON line's copy, `headerAt` the header (keys and fields live there), and
 * the year, month and day are those of the file's last write (the year of syslog dates that do not name one).
 */
export function canonicalise(bufAt: i32, from: i32, to: i32, scratchAt: i32, headerAt: i32, year: i32, month: i32, day: i32): i32 {
  hintYear = year;
  hintMonth = month;
  hintDay = day;
  yearOfHint = yearDigits(year);
  yearBefore = yearDigits(year - 1);
  setJsonAreas(scratchAt, headerAt + H_KEYS, headerAt + H_SPANS);
  setLevelCodes(headerAt + H_LEVELS);
  const end = bufAt + to;
  let w = bufAt + from;
  let s = w;
  while (s < end) {
    const body = plainClockBody(s, end);
    if (body > 0) {
      w = copyMessage(body, clockDate(s, w), end);
      if (lineEnd < end) put(w++, 10);
      s = lineEnd + 1;
      continue;
    }
    const e = findEither(s, end, 10, 10);
    const kind = lineKind(s, e);
    if (kind == CANON_JSON) w = jsonLine(s, e, w);
    else if (kind == CANON_CLOCK) w = clockLine(s, e, w);
    else if (kind == CANON_TIME) w = timeLine(s, e, w);
    else w = move(s, e, w);
    if (e < end) put(w++, 10);
    s = e + 1;
  }
  return w - bufAt;
}
