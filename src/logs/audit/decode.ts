// Reads an export file as text: UTF-8 (with or without BOM), UTF-16 from spreadsheet programs, or Windows-1252.
import { isUtf8 } from 'node:buffer';
import { InputError } from '../../core/errors.js';
import { looksBinary } from '../../core/input.js';
import { readInputBytes } from '../../core/input-read.js';

/** The text of an export and the encoding it was read in. */
export interface DecodedExport {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Decodes bytes of an export; binary data and empty files are InputErrors naming the source. */
export function decodeExport(buf: Buffer, source: string): DecodedExport {
  if (buf.length === 0) throw new InputError(`${source} is empty`);
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(buf)) throw new InputError(`${source} looks like binary data, not an Email Audit export (CSV, TSV or JSON)`);
  if (isUtf8(buf)) {
    const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    return { text: buf.toString('utf8', start), encoding: 'utf-8' };
  }
  return { text: new TextDecoder('windows-1252').decode(buf), encoding: 'windows-1252' };
}

/** Largest export read (512 MiB, about what one JavaScript string can hold once decoded). */
const MAX_EXPORT_BYTES = 512 * 1024 * 1024;
/** Longest row read: an audit row is a time, a server, addresses, a subject and a short message. */
const MAX_ROW_BYTES = 1024 * 1024;

/** Reads and decodes an export file (regular files only), with readable errors for missing, unreadable or absurd files. */
export async function readExportFile(path: string, signal?: AbortSignal): Promise<DecodedExport> {
  const buf = await readInputBytes(path, 'audit export', { maxBytes: MAX_EXPORT_BYTES, maxLineBytes: MAX_ROW_BYTES, ...(signal ? { signal } : {}) });
  const decoded = decodeExport(buf, `audit export ${path}`);
  if (decoded.text.trim() === '') throw new InputError(`audit export ${path} is empty`);
  return decoded;
}
