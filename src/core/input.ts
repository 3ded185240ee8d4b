// Reads text inputs (files, stdin) and refuses binary data with a clear error instead of garbage.
import { readInputText } from './input-read.js';
import { readStreamWithin } from './stream-read.js';
import { decodeTextBytes } from './text-decode.js';

export { describeFsError } from './input-path.js';
export { isBinarySample as looksBinary } from './text-decode.js';

/** Largest configuration, CA or properties file read (64 MiB): far beyond any real one, well within memory. */
const MAX_SMALL_INPUT = 64 * 1024 * 1024;
/** Longest line of such a file (1 MiB): its lines are keys, values and base64 rows, never a megabyte long. */
const MAX_SMALL_LINE = 1024 * 1024;

/** Reads standard input whole: from a pipe or file under an idle deadline (the run's --timeout), from a terminal without one. */
export async function readStdinText(stdin: NodeJS.ReadableStream & { isTTY?: boolean }, timeoutMs: number): Promise<string> {
  const buf = await readStreamWithin(stdin, 'standard input', { idleMs: stdin.isTTY ? 0 : timeoutMs, maxBytes: MAX_SMALL_INPUT });
  return decodeTextBytes(buf, 'standard input');
}

/** Decodes a text input (BOMs, UTF-16, UTF-8, Windows-1252); binary data is an InputError naming the source. */
export function decodeText(buf: Buffer, source: string): string {
  return decodeTextBytes(buf, source);
}

/** Reads a text file (regular files only), with readable errors for missing, unreadable, special or binary files. */
export async function readTextFile(path: string, what = 'file'): Promise<string> {
  return readInputText(path, what, { maxBytes: MAX_SMALL_INPUT, maxLineBytes: MAX_SMALL_LINE });
}
