// Looks at the first bytes of a file that will be streamed (a log, plain or gzip): is it text, and in which encoding.
import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.js';
import { gunzipHead } from './gunzip-bound.js';
import { describeFsError } from './input-path.js';
import { isBinarySample, utf16Order } from './text-decode.js';

/** Bytes read to judge a plain file. */
const HEAD = 64 * 1024;
/** Bytes of a gzip file unpacked to judge what it holds: tens of KiB of text, at most about 4 MiB of a bomb. */
const GZIP_HEAD = 4 * 1024;

/** What the head of a file says about how to read the rest. */
export interface TextHead {
  /** Set for UTF-16 with a byte-order mark: the file must be transcoded, not read as bytes. */
  utf16?: 'le' | 'be';
  /** Not text: refused when named, skipped with a finding when found in a folder. */
  binary?: true;
}

/** Reads the head of `path` (unpacked first for gzip: a .gz can hold binary data as well as a log); unreadable is an InputError naming it as a `what`. */
export function sniffTextFile(path: string, what: string, gzip = false): TextHead {
  const head = Buffer.alloc(gzip ? GZIP_HEAD : HEAD);
  let n: number;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new InputError(`cannot read ${what} ${path}: ${describeFsError(err)}`);
  }
  const bytes = gzip ? gunzipHead(head.subarray(0, n)) : head.subarray(0, n);
  if (!bytes) return {};
  const order = utf16Order(bytes);
  if (order) return { utf16: order };
  return isBinarySample(bytes) ? { binary: true } : {};
}
