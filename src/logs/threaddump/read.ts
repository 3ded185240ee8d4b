// Reads a dump file (plain or .gz) into text, with one-line errors for missing, empty, corrupt or binary input.
import { InputError } from '../../core/errors.js';
import { decodeText } from '../../core/input.js';
import { readInputBytes } from '../../core/input-read.js';

/** Largest input (after decompression) maildoctor reads as one dump file. */
export const MAX_DUMP_BYTES = 512 * 1024 * 1024;

/** The text of a dump file; gzip is recognised by its magic bytes, whatever the name, and unpacked within the same bound. */
export async function readDumpText(path: string, signal?: AbortSignal): Promise<string> {
  const buf = await readInputBytes(path, 'thread dump', { maxBytes: MAX_DUMP_BYTES, gunzip: true, ...(signal ? { signal } : {}) });
  if (buf.length === 0) throw new InputError(`thread dump ${path} is empty`);
  return decodeText(buf, `thread dump ${path}`);
}
