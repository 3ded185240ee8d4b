// AssemblyScript: a JSON log line as a plain line, as src/logs/scan/json-line.ts writes it byte for byte.
import { CANON_SCRATCH, JSON_KEYS, SLOT_LEVEL, SLOT_LOGGER, SLOT_MESSAGE, SLOT_STACK, SLOT_THREAD, SLOT_TIME, SLOTS } from '../src/logs/scan/first-pass-layout';
import { byte, findEither, stampEnd } from './line-prefix';

let scratch: i32 = 0;
let keys: i32 = 0;
let spans: i32 = 0;

/** Writes byte `c` at `at`. */
@inline export function put(at: i32, c: i32): void {
  store<u8>(<usize>at, <u8>c);
}

/** Copies [s, e) to `w` (never after `s`); returns the end of the copy. */
export function move(s: i32, e: i32, w: i32): i32 {
  if (w != s && e > s) memory.copy(<usize>w, <usize>s, <usize>(e - s));
  return w + (e - s);
}

/** Where a JSON line is copied while it is rewritten, where the member names are kept, and where the fields are read into. */
export function setJsonAreas(scratchAt: i32, keysAt: i32, spansAt: i32): void {
  scratch = scratchAt;
  keys = keysAt;
  spans = spansAt;
  writeKeys(keys);
}

/** Longest JSON_KEYS member name. */
const KEY_MAX = 31;

/**
 * Writes JSON_KEYS at `at`: first, per name length, where the names of that length start (an i32 each, 0 for none),
 * then the names grouped by length as length, slot and bytes, each group ended by a zero.
 */
function writeKeys(at: i32): void {
  let p = at + 4 * (KEY_MAX + 1);
  for (let len = 1; len <= KEY_MAX; len += 1) {
    store<i32>(<usize>(at + 4 * len), 0);
    let start = 0;
    let group = false;
    for (let k = 0; k <= JSON_KEYS.length; k += 1) {
      const c = k < JSON_KEYS.length ? JSON_KEYS.charCodeAt(k) : 32;
      if (c != 32) continue;
      const colon = k - 2;
      if (colon - start == len) {
        if (!group) store<i32>(<usize>(at + 4 * len), p);
        group = true;
        put(p, len);
        put(p + 1, JSON_KEYS.charCodeAt(k - 1) - 48);
        for (let j = start; j < colon; j += 1) put(p + 2 + j - start, JSON_KEYS.charCodeAt(j));
        p += 2 + len;
      }
      start = k + 1;
    }
    if (group) {
      put(p, 0);
      p += 1;
    }
  }
}

/**
 * True when the `n` bytes at `a` and at `b` are the same; compared eight at a time, so it reads up to seven bytes past
 * both (inside memory: the names sit in the header, the line in the block, which the events area follows).
 */
@inline function sameBytes(a: i32, b: i32, n: i32): bool {
  let j = 0;
  while (j + 8 <= n) {
    if (load<u64>(<usize>(a + j)) != load<u64>(<usize>(b + j))) return false;
    j += 8;
  }
  return j == n || ((load<u64>(<usize>(a + j)) ^ load<u64>(<usize>(b + j))) & ((<u64>1 << (<u64>(n - j) * 8)) - 1)) == 0;
}

/** The slot of the member name [s, e), or -1. */
function slotOf(s: i32, e: i32): i32 {
  const n = e - s;
  if (n < 1 || n > KEY_MAX) return -1;
  const first = load<i32>(<usize>(keys + 4 * n));
  if (first == 0) return -1;
  for (let p = first; byte(p) != 0; p += 2 + n) if (sameBytes(p + 2, s, n)) return byte(p + 1);
  return -1;
}

@inline function skipSpace(p: i32, e: i32): i32 {
  let q = p;
  while (q < e && (byte(q) == 32 || byte(q) == 9 || byte(q) == 13)) q += 1;
  return q;
}

/** The quote that closes the JSON string whose text starts at `p`, or -1. */
@inline function stringEnd(p: i32, e: i32): i32 {
  let q = findEither(p, e, 34, 92);
  while (q < e) {
    if (byte(q) == 34) return q;
    q = findEither(q + 2, e, 34, 92);
  }
  return -1;
}

function skipValue(p: i32, e: i32): i32 {
  let depth = 0;
  for (let q = p; q < e; q += 1) {
    const c = byte(q);
    if (c == 34) {
      q = stringEnd(q + 1, e);
      if (q < 0) return -1;
    } else if (c == 123 || c == 91) depth += 1;
    else if (c == 125 || c == 93) {
      if (depth == 0) return q;
      depth -= 1;
      if (depth == 0) return q + 1;
    } else if (c == 44 && depth == 0) return q;
  }
  return -1;
}

@inline function spanAt(slot: i32): i32 {
  return load<i32>(<usize>(spans + 8 * slot));
}

@inline function spanEnd(slot: i32): i32 {
  return load<i32>(<usize>(spans + 8 * slot + 4));
}

/** Reads the top-level members of the object [s, e) into the spans; false when it is not one object or has no message. */
function readFields(s: i32, e: i32): bool {
  for (let k = 0; k < SLOTS; k += 1) store<i32>(<usize>(spans + 8 * k), -1);
  let p = skipSpace(s + 1, e);
  if (p < e && byte(p) == 125) return false;
  while (true) {
    if (p >= e || byte(p) != 34) return false;
    const key = p + 1;
    const keyEnd = stringEnd(key, e);
    if (keyEnd < 0) return false;
    p = skipSpace(keyEnd + 1, e);
    if (p >= e || byte(p) != 58) return false;
    p = skipSpace(p + 1, e);
    if (p < e && byte(p) == 34) {
      const valueEnd = stringEnd(p + 1, e);
      if (valueEnd < 0) return false;
      const slot = slotOf(key, keyEnd);
      if (slot >= 0 && spanAt(slot) == -1) {
        store<i32>(<usize>(spans + 8 * slot), p + 1);
        store<i32>(<usize>(spans + 8 * slot + 4), valueEnd);
      }
      p = valueEnd + 1;
    } else {
      p = skipValue(p, e);
      if (p < 0) return false;
    }
    p = skipSpace(p, e);
    if (p < e && byte(p) == 44) p = skipSpace(p + 1, e);
    else if (p < e && byte(p) == 125) return spanAt(SLOT_MESSAGE) >= 0;
    else return false;
  }
  return false;
}

function hex(c: i32): i32 {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/** The code unit of `\uXXXX` at `p`, or -1. */
function unit(p: i32, e: i32): i32 {
  if (p + 6 > e || byte(p) != 92 || byte(p + 1) != 117) return -1;
  let v = 0;
  for (let k = 2; k < 6; k += 1) {
    const h = hex(byte(p + k));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

function utf8(w: i32, cp: i32): i32 {
  let o = w;
  if (cp < 0x80) {
    put(o++, cp);
  } else if (cp < 0x800) {
    put(o++, 0xc0 | (cp >> 6));
    put(o++, 0x80 | (cp & 63));
  } else if (cp < 0x10000) {
    put(o++, 0xe0 | (cp >> 12));
    put(o++, 0x80 | ((cp >> 6) & 63));
    put(o++, 0x80 | (cp & 63));
  } else {
    put(o++, 0xf0 | (cp >> 18));
    put(o++, 0x80 | ((cp >> 12) & 63));
    put(o++, 0x80 | ((cp >> 6) & 63));
    put(o++, 0x80 | (cp & 63));
  }
  return o;
}

/** Copies the JSON string text [s, e) to `o` without its escapes; returns the end. */
function unescape(s: i32, e: i32, o: i32): i32 {
  let w = o;
  let from = s;
  let p = findEither(s, e, 92, 92);
  while (p < e) {
    w = move(from, p, w);
    if (p + 1 >= e) {
      put(w++, 92);
      from = p + 1;
      break;
    }
    const x = byte(p + 1);
    from = p + 2;
    if (x == 110) put(w++, 10);
    else if (x == 116) put(w++, 9);
    else if (x == 114) put(w++, 13);
    else if (x == 98) put(w++, 8);
    else if (x == 102) put(w++, 12);
    else if (x == 117) {
      let cp = unit(p, e);
      if (cp < 0) {
        put(w++, 92);
        put(w++, x);
      } else {
        from = p + 6;
        if (cp >= 0xd800 && cp < 0xdc00) {
          const low = unit(p + 6, e);
          if (low >= 0xdc00 && low < 0xe000) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            from = p + 12;
          }
        }
        w = utf8(w, cp);
      }
    } else put(w++, x);
    p = findEither(from, e, 92, 92);
  }
  return move(from, e, w);
}

/** Rewrites the JSON line [s, e) at `w` (never after `s`), or copies it when it is not a log object; returns the end. */
export function jsonLine(s: i32, e: i32, w: i32): i32 {
  if (e - s > CANON_SCRATCH || !readFields(s, e)) return move(s, e, w);
  memory.copy(<usize>scratch, <usize>s, <usize>(e - s));
  const shift = scratch - s;
  let o = w;
  const t = spanAt(SLOT_TIME);
  if (t >= 0 && stampEnd(t + shift, spanEnd(SLOT_TIME) + shift) == spanEnd(SLOT_TIME) + shift) {
    o = unescape(t + shift, spanEnd(SLOT_TIME) + shift, o);
    put(o++, 32);
    if (spanAt(SLOT_LEVEL) >= 0) {
      o = unescape(spanAt(SLOT_LEVEL) + shift, spanEnd(SLOT_LEVEL) + shift, o);
      put(o++, 32);
    }
    if (spanAt(SLOT_THREAD) >= 0) {
      put(o++, 91);
      o = unescape(spanAt(SLOT_THREAD) + shift, spanEnd(SLOT_THREAD) + shift, o);
      put(o++, 93);
      put(o++, 32);
    }
    if (spanAt(SLOT_LOGGER) >= 0) {
      o = unescape(spanAt(SLOT_LOGGER) + shift, spanEnd(SLOT_LOGGER) + shift, o);
      put(o++, 32);
      put(o++, 45);
      put(o++, 32);
    }
  }
  o = unescape(spanAt(SLOT_MESSAGE) + shift, spanEnd(SLOT_MESSAGE) + shift, o);
  if (spanAt(SLOT_STACK) >= 0) {
    put(o++, 10);
    o = unescape(spanAt(SLOT_STACK) + shift, spanEnd(SLOT_STACK) + shift, o);
    while (o > w && byte(o - 1) == 10) o -= 1;
  }
  return o;
}

