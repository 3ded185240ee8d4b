// Decodes an export as it streams in: UTF-8 (with or without BOM), UTF-16 from spreadsheet programs, or Windows-1252.
import { isAscii, isUtf8 } from 'node:buffer';
import { InputError } from '../../core/errors.js';
import { looksBinary } from '../../core/input.js';
import { streamInputBytes } from '../../core/input-stream.js';

/** The encodings an export is read in. */
export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Where an export's bytes come from; `open` may be called again to read it once more. */
export interface ExportSource {
  /** Names the export in messages: `audit export <path>`. */
  name: string;
  open(): AsyncIterable<Buffer>;
  /** The file it reads, when it is one: another thread may then read it itself. */
  path?: string;
}

/** Bytes read per step: constant memory whatever the export's size. */
const READ_CHUNK = 1 << 18;
/** Longest row read: an audit row is a time, a server, addresses, a subject and a short message. */
const MAX_ROW_BYTES = 1024 * 1024;

/** An export file (a regular file), read in chunks; a missing, special or unreadable file is an InputError. */
export function fileSource(path: string, signal?: AbortSignal): ExportSource {
  return {
    name: `audit export ${path}`,
    path,
    open: () => streamInputBytes(path, 'audit export', { maxLineBytes: MAX_ROW_BYTES, chunkBytes: READ_CHUNK, ...(signal ? { signal } : {}) }),
  };
}

/**
 * Turns an export's bytes into bytes the readers split: UTF-8 or Windows-1252 as they are, UTF-16 (known by its byte
 * order mark) converted to UTF-8. The first chunk decides binary data; the first chunk that is not ASCII decides
 * between UTF-8 and Windows-1252 (as spreadsheet programs write it).
 */
export class ExportDecoder {
  encoding: ExportEncoding = 'utf-8';
  private utf16: TextDecoder | undefined;
  private started = false;
  private decided = false;
  private text = false;

  constructor(private readonly source: string) {}

  /** The bytes of the next chunk, in UTF-8 or Windows-1252 (see `encoding`). */
  push(chunk: Buffer): Buffer {
    let bytes = chunk;
    if (!this.started) {
      this.started = true;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        this.encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
        this.utf16 = new TextDecoder(this.encoding);
        this.decided = true;
        bytes = bytes.subarray(2);
      } else {
        if (looksBinary(bytes)) throw new InputError(`${this.source} looks like binary data, not an Email Audit export (CSV, TSV or JSON)`);
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
    }
    if (this.utf16) bytes = Buffer.from(this.utf16.decode(bytes, { stream: true }), 'utf8');
    else if (!this.decided && !isAscii(bytes)) {
      this.decided = true;
      this.encoding = isUtf8(bytes.subarray(0, bytes.length - pendingTail(bytes))) ? 'utf-8' : 'windows-1252';
    }
    if (!this.text && /\S/.test(bytes.toString('latin1'))) this.text = true;
    return bytes;
  }

  /** The bytes the decoder still holds; throws when the export held no text at all. */
  end(): Buffer {
    const rest = this.utf16 ? Buffer.from(this.utf16.decode(), 'utf8') : Buffer.alloc(0);
    if (!this.started || (!this.text && !/\S/.test(rest.toString('latin1')))) throw new InputError(`${this.source} is empty`);
    return rest;
  }

  /** Text of bytes this decoder gave out (for the head of an export and JSON). */
  decode(bytes: Buffer): string {
    return this.encoding === 'windows-1252' ? new TextDecoder('windows-1252').decode(bytes) : bytes.toString('utf8');
  }
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk finishes. */
function pendingTail(bytes: Buffer): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k += 1) {
    const b = bytes[bytes.length - k] as number;
    if ((b & 0xc0) !== 0x80) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > k ? k : 0;
    }
  }
  return 0;
}
