// Reads text inputs (files, stdin) and refuses binary data with a clear error instead of garbage.
import { readFile } from 'node:fs/promises';
import { InputError } from './errors.js';

/** True for data that is not text: NUL bytes, or mostly control characters and invalid UTF-8. */
export function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 8192);
  if (sample.length === 0) return false;
  if (sample.includes(0)) return true;
  let odd = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32) || b === 127) odd += 1;
  if (odd / sample.length > 0.1) return true;
  const text = sample.toString('utf8');
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  return replaced / Math.max(1, text.length) > 0.3;
}

/** Reads all of a stream into one buffer. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Decodes a text input, dropping a BOM; binary data is an InputError naming the source. */
export function decodeText(buf: Buffer, source: string): string {
  if (looksBinary(buf)) throw new InputError(`${source} looks like binary data, not text`);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/** Says in plain words why a file could not be read, never repeating the path (it may be a secret typed in the wrong place). */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many levels of symbolic links (a symlink loop)',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    EIO: 'an input/output error',
  };
  if (code && words[code]) return words[code] as string;
  return code ?? (err instanceof Error ? err.message : String(err));
}

/** Reads a text file, with readable errors for missing, unreadable or binary files. */
export async function readTextFile(path: string, what = 'file'): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw new InputError(`cannot read ${what} ${path}: ${describeFsError(err)}`);
  }
  return decodeText(buf, `${what} ${path}`);
}
