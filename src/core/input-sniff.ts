// Looks at the first bytes of a file that will be streamed (a log): is it text, and in which encoding.
import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.js';
import { describeFsError } from './input-path.js';
import { isBinarySample, utf16Order } from './text-decode.js';

/** Bytes read to judge a file. */
const HEAD = 64 * 1024;

/** What the head of a text file says about how to read the rest. */
export interface TextHead {
  /** Set for UTF-16 with a byte-order mark: the file must be transcoded, not read as bytes. */
  utf16?: 'le' | 'be';
}

/** Reads the head of `path`; binary data is an InputError naming the file as a `what`. */
export function sniffTextFile(path: string, what: string): TextHead {
  const head = Buffer.alloc(HEAD);
  let n: number;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, head, 0, HEAD, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new InputError(`cannot read ${what} ${path}: ${describeFsError(err)}`);
  }
  const bytes = head.subarray(0, n);
  const order = utf16Order(bytes);
  if (order) return { utf16: order };
  if (isBinarySample(bytes)) throw new InputError(`${path} looks like binary data, not a ${what}; name the ${what}s to read, or move this file out of the folder`);
  return {};
}
