// Turns the bytes of an input into text: byte-order marks, UTF-16, UTF-8 or Windows-1252 (Latin-1), and binary data refused.
import { isUtf8 } from 'node:buffer';
import { InputError } from './errors.js';

/** Bytes looked at to tell text from binary data. */
const SAMPLE = 8192;

/** The UTF-16 byte order a byte-order mark at the start announces, if any. */
export function utf16Order(head: Uint8Array): 'le' | 'be' | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'be';
  return undefined;
}

/**
 * True when a sample is not text: more than 5% control bytes (NUL included; tab, line ends, form feed and escape are
 * text), or mostly invalid UTF-8. Leading NUL bytes are skipped first: a log truncated in place by copytruncate starts
 * with a hole of them, and is still a log.
 */
export function isBinarySample(buf: Uint8Array): boolean {
  let start = 0;
  while (start < buf.length && buf[start] === 0) start += 1;
  const sample = buf.subarray(start, start + SAMPLE);
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32 && b !== 27) || b === 127) control += 1;
  if (control / sample.length > 0.05) return true;
  if (isUtf8(sample)) return false;
  const text = Buffer.from(sample).toString('utf8');
  let replaced = 0;
  for (const ch of text) if (ch === '\uFFFD') replaced += 1;
  return replaced / Math.max(1, text.length) > 0.3;
}

/** Decodes a whole input: BOMs honoured (UTF-8, UTF-16 LE/BE), valid UTF-8 as such, anything else as Windows-1252. */
export function decodeTextBytes(buf: Buffer, what: string): string {
  const order = utf16Order(buf);
  if (order) {
    const text = new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2));
    if (isBinarySample(Buffer.from(text.slice(0, SAMPLE), 'utf8'))) throw new InputError(`${what} looks like binary data, not text`);
    return text;
  }
  if (isBinarySample(buf)) throw new InputError(`${what} looks like binary data, not text`);
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  return isUtf8(body) ? body.toString('utf8') : new TextDecoder('windows-1252').decode(body);
}

/** An email whose raw 8-bit header block is not UTF-8 (an old client writing Latin-1), with that block re-encoded as UTF-8. */
export function headersAsUtf8(message: Buffer): Buffer {
  let end = message.indexOf('\r\n\r\n');
  if (end < 0) end = message.indexOf('\n\n');
  const head = message.subarray(0, end < 0 ? message.length : end);
  if (isUtf8(head)) return message;
  return Buffer.concat([Buffer.from(new TextDecoder('windows-1252').decode(head), 'utf8'), message.subarray(head.length)]);
}

/** Reads UTF-16 text from byte chunks and hands it on as UTF-8, chunk by chunk, whatever the chunk boundaries. */
export class Utf16ToUtf8 {
  readonly #decoder: TextDecoder;

  constructor(order: 'le' | 'be') {
    this.#decoder = new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: false });
  }

  /** The UTF-8 bytes of the text completed by `chunk` (`final` flushes a dangling half character). */
  push(chunk: Uint8Array, final = false): Buffer {
    return Buffer.from(this.#decoder.decode(chunk, { stream: !final }), 'utf8');
  }
}
