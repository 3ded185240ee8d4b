// A JSON log line (Logstash and ECS encoders) as the plain line a pattern layout would write: `time level [thread]
// logger - message`, then its stack trace a line per frame. Part of canonical-lines.ts's rewrite; the WebAssembly
// pass does the same in wasm/json-line.ts.
import { CANON_SCRATCH, JSON_KEYS, SLOT_LEVEL, SLOT_LOGGER, SLOT_MESSAGE, SLOT_STACK, SLOT_THREAD, SLOT_TIME, SLOTS } from './first-pass-layout.js';
import { stampEnd } from './line-prefix.js';

/** JSON_KEYS: member name to slot. */
const KEYS: ReadonlyMap<string, number> = new Map(
  JSON_KEYS.split(' ').map((kv) => [kv.slice(0, kv.lastIndexOf(':')), Number(kv.slice(kv.lastIndexOf(':') + 1))] as const),
);

const spans = new Int32Array(2 * SLOTS);

/**
 * Rewrites the JSON line buf[s, e) at `w` (never after `s`) as `time level [thread] logger - message` and its stack
 * trace, or copies it as it is when it is not a log object; returns the end. `scratch` holds the line meanwhile.
 */
export function jsonLine(buf: Buffer, s: number, e: number, w: number, scratch: Buffer): number {
  if (e - s > CANON_SCRATCH || !readFields(buf, s, e)) {
    if (w !== s) buf.copy(buf, w, s, e);
    return w + (e - s);
  }
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
