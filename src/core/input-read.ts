// Reads a named input into memory within bounds: its size, what gzip may unpack it to, and the length of one line.
import { open } from 'node:fs/promises';
import { InputError } from './errors.js';
import { gunzipWithin } from './gunzip-bound.js';
import { describeFsError, inputKind } from './input-path.js';
import { readPipeWithin } from './stream-read.js';
import { decodeTextBytes } from './text-decode.js';

/** Bounds of one read. */
export interface ReadBounds {
  /** Largest input (after gunzip) read. */
  maxBytes: number;
  /** Unpack gzip data (recognised by its magic bytes, whatever the name) up to maxBytes. */
  gunzip?: boolean;
  /** Longest line a parser of this input is given; longer is an InputError naming the line. */
  maxLineBytes?: number;
  /** Accept a named pipe, read under `pipeIdleMs`. */
  pipeIdleMs?: number;
  signal?: AbortSignal;
}

/** Sizes in messages: `1.0 MiB`, `50 MiB`. */
export const mib = (n: number) => `${n < 10 * 1048576 ? (n / 1048576).toFixed(1) : Math.round(n / 1048576)} MiB`;

async function readRegular(path: string, what: string, bounds: ReadBounds): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new InputError(`cannot read ${what} ${path}: ${describeFsError(err)}`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new InputError(`${what} ${path} is not a regular file`);
    if (st.size > bounds.maxBytes)
      throw new InputError(`${what} ${path} is ${mib(st.size)}; maildoctor reads at most ${mib(bounds.maxBytes)} of it (cut out the part you need)`);
    return await handle.readFile(bounds.signal ? { signal: bounds.signal } : {});
  } catch (err) {
    if (err instanceof InputError || (err as Error).name === 'AbortError') throw err;
    throw new InputError(`cannot read ${what} ${path}: ${describeFsError(err)}`);
  } finally {
    await handle.close();
  }
}

/** Index and length of the first line longer than `max` bytes, if any. */
function longLine(buf: Buffer, max: number): { line: number; bytes: number } | undefined {
  let start = 0;
  for (let line = 1; start < buf.length; line += 1) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    if (end - start > max) return { line, bytes: end - start };
    start = end + 1;
  }
  return undefined;
}

/** The refusal of an input one of whose lines is longer than any input of its kind has. */
export function longLineError(path: string, what: string, line: number, bytes: number, max: number): InputError {
  return new InputError(`${what} ${path}: line ${line} is ${mib(bytes)} long; longer than any ${what} has (at most ${mib(max)} is read), so this is not one`);
}

/** The bytes of a named input: regular files (and pipes where allowed) only, within every bound. */
export async function readInputBytes(path: string, what: string, bounds: ReadBounds): Promise<Buffer> {
  const kind = await inputKind(path, what, { pipe: bounds.pipeIdleMs !== undefined });
  let buf =
    kind === 'pipe'
      ? await readPipeWithin(path, `${what} ${path}`, { idleMs: bounds.pipeIdleMs ?? 0, maxBytes: bounds.maxBytes })
      : await readRegular(path, what, bounds);
  if (bounds.gunzip && buf[0] === 0x1f && buf[1] === 0x8b) buf = await gunzipWithin(buf, path, what, bounds.maxBytes);
  if (bounds.maxLineBytes !== undefined) {
    const long = longLine(buf, bounds.maxLineBytes);
    if (long) throw longLineError(path, what, long.line, long.bytes, bounds.maxLineBytes);
  }
  return buf;
}

/** The decoded text of a named input (see decodeTextBytes), within the same bounds. */
export async function readInputText(path: string, what: string, bounds: ReadBounds): Promise<string> {
  return decodeTextBytes(await readInputBytes(path, what, bounds), `${what} ${path}`);
}
