// Reads a named input in chunks, for readers that stream it whatever its size: regular files only, and no line
// longer than the bound (such a file is not what the reader expects, and the reader would have to hold the line).
import { createReadStream } from 'node:fs';
import { InputError } from './errors.js';
import { longLineError } from './input-read.js';
import { describeFsError, inputKind } from './input-path.js';

/** Bounds of one streamed read. */
export interface StreamReadBounds {
  /** Longest line passed on; longer is an InputError naming the line and its length. */
  maxLineBytes: number;
  /** Bytes read per step. */
  chunkBytes: number;
  signal?: AbortSignal;
}

/** The chunks of a regular file; a special file, a missing one or an over-long line is an InputError. */
export async function* streamInputBytes(path: string, what: string, bounds: StreamReadBounds): AsyncGenerator<Buffer> {
  await inputKind(path, what);
  let line = 1;
  let run = 0;
  let longAt = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: bounds.chunkBytes, ...(bounds.signal ? { signal: bounds.signal } : {}) })) {
      const buf = chunk as Buffer;
      for (let at = 0; at < buf.length;) {
        const lf = buf.indexOf(10, at);
        const end = lf < 0 ? buf.length : lf;
        run += end - at;
        if (run > bounds.maxLineBytes && longAt === 0) longAt = line;
        if (lf < 0) break;
        if (longAt > 0) throw longLineError(path, what, longAt, run, bounds.maxLineBytes);
        line += 1;
        run = 0;
        at = lf + 1;
      }
      // A line found too long is measured to its end (not kept) so that the message says how long it is.
      if (longAt === 0) yield buf;
    }
  } catch (err) {
    if (err instanceof InputError || (err as Error).name === 'AbortError') throw err;
    throw new InputError(`cannot read ${what} ${path}: ${describeFsError(err)}`);
  }
  if (longAt > 0) throw longLineError(path, what, longAt, run, bounds.maxLineBytes);
}
