// Reads a dump file (plain or .gz) into text, with one-line errors for missing, empty, corrupt or binary input.
import { readFile, stat } from 'node:fs/promises';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { InputError } from '../../core/errors.js';
import { decodeText } from '../../core/input.js';

const gunzipAsync = promisify(gunzip);

/** Largest input (after decompression) maildoctor reads as one dump file. */
export const MAX_DUMP_BYTES = 512 * 1024 * 1024;

/** The text of a dump file; gzip is recognised by its magic bytes, whatever the name. */
export async function readDumpText(path: string, signal?: AbortSignal): Promise<string> {
  let buf: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_DUMP_BYTES) throw new InputError(`thread dump ${path} is ${Math.round(size / 1048576)} MB; maildoctor reads at most ${MAX_DUMP_BYTES / 1048576} MB (cut out the dumps you need)`);
    buf = await readFile(path, signal ? { signal } : {});
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new InputError(`cannot read thread dump ${path}: ${why}`);
  }
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = await gunzipAsync(buf, { maxOutputLength: MAX_DUMP_BYTES });
    } catch (err) {
      throw new InputError(`thread dump ${path} is not a readable gzip file: ${(err as Error).message}`);
    }
  }
  if (buf.length === 0) throw new InputError(`thread dump ${path} is empty`);
  return decodeText(buf, `thread dump ${path}`);
}
