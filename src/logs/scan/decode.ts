// Byte checks and decoding of a block of lines: NUL bytes, invalid UTF-8, and the cheapest correct decoder.
import { isAscii, isUtf8 } from 'node:buffer';
import type { InputStats } from './stats.js';

/** Counts lines with invalid UTF-8 and lines with NUL bytes; returns how the block decodes. */
export function checkBytes(input: InputStats, buf: Buffer, from: number, to: number, base: number): Encoding {
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

/** The whole 32-bit words of a buffer's memory, for reading a line four bytes a step. */
export function wordsOf(buf: Buffer): Int32Array {
  return new Int32Array(buf.buffer, 0, buf.buffer.byteLength >> 2);
}

/**
 * True when buf[s, e) is plain ASCII, read four bytes a step through `words` (wordsOf(buf)). The aligned words may hold
 * up to three bytes of the neighbouring lines, so a non-ASCII neighbour can make it false, never wrongly true.
 */
export function lineIsAscii(words: Int32Array, buf: Buffer, s: number, e: number): boolean {
  if (e <= s) return true;
  const first = (buf.byteOffset + s) >> 2;
  const last = (buf.byteOffset + e - 1) >> 2;
  if (last >= words.length) return isAscii(buf.subarray(s, e));
  for (let w = first; w <= last; w += 1) if (((words[w] as number) & 0x80808080) !== 0) return false;
  return true;
}

/** The line as text: ASCII blocks take the cheap Latin-1 path, valid UTF-8 is decoded, anything else read as Latin-1. */
export function decode(buf: Buffer, s: number, e: number, encoding: Encoding): string {
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
export type Encoding = 'latin1' | 'utf8' | 'mixed';
