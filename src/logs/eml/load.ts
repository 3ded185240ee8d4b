// Reads one .eml file or a folder of them, parses each, and finds Message-IDs seen before.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, TimeoutError, UsageError } from '../../core/errors.js';
import { looksBinary } from '../../core/input.js';
import { inputKind } from '../../core/input-path.js';
import { readInputBytes } from '../../core/input-read.js';
import { headersAsUtf8 } from '../../core/text-decode.js';
import { withSignal } from '../../core/timeout.js';
import { hasNoHeaders, parseEml, type EmlHeaders } from './headers.js';

/** Bound on reading and parsing one file. */
export const EML_READ_TIMEOUT_MS = 30_000;

/** One file and what could be made of it. */
export interface LoadedEml {
  path: string;
  name: string;
  /** Set when the file is not an email at all. */
  problem?: 'binary' | 'no-headers';
  headers?: EmlHeaders;
  /** Where the same Message-ID was seen earlier (another file, an audit export line). */
  seenBefore?: string;
}

/** Largest email read: attachments included, far above any mail server's size limit. */
const MAX_EML_BYTES = 256 * 1024 * 1024;

function readBytes(path: string): Promise<Buffer> {
  return readInputBytes(path, 'email', { maxBytes: MAX_EML_BYTES, signal: AbortSignal.timeout(EML_READ_TIMEOUT_MS) });
}

/** The .eml files named by a path: the file itself, or the folder's *.eml files sorted by name. */
export async function emlFiles(path: string): Promise<string[]> {
  if ((await inputKind(path, 'email', { directory: true })) !== 'directory') return [path];
  const names = (await readdir(path)).filter((n) => /\.eml$/i.test(n)).sort();
  if (names.length === 0) throw new UsageError(`${path} holds no .eml files`);
  return names.map((n) => join(path, n));
}

/** The bytes with lone CRs read as line breaks when the file has no LF at all: an email saved with classic Mac line endings. */
export function withLineFeeds(buf: Buffer): Buffer {
  if (buf.includes(0x0a) || !buf.includes(0x0d)) return buf;
  const copy = Buffer.from(buf);
  for (let i = copy.indexOf(0x0d); i >= 0; i = copy.indexOf(0x0d, i + 1)) copy[i] = 0x0a;
  return copy;
}

/** Reads and parses one file; a lone binary file is an InputError, in a folder it is reported. */
export async function loadEml(path: string, lone: boolean): Promise<LoadedEml> {
  const buf = withLineFeeds(await readBytes(path));
  const name = basename(path);
  if (buf.length === 0) throw new InputError(`${path} is empty`);
  const headEnd = buf.indexOf('\n\n') >= 0 ? buf.indexOf('\n\n') : buf.indexOf('\r\n\r\n');
  if (looksBinary(buf.subarray(0, headEnd > 0 ? Math.min(headEnd, 65_536) : 8192))) {
    if (lone) throw new InputError(`${path} looks like binary data, not an email (.eml)`);
    return { path, name, problem: 'binary' };
  }
  let headers: EmlHeaders;
  try {
    headers = await withSignal(parseEml(headersAsUtf8(buf)), AbortSignal.timeout(EML_READ_TIMEOUT_MS), `parsing ${path}`);
  } catch (err) {
    if (err instanceof TimeoutError) throw new InputError(`${path}: ${err.message}`);
    throw new InputError(`${path}: cannot parse as an email (${(err as Error).message})`);
  }
  return hasNoHeaders(headers) ? { path, name, problem: 'no-headers', headers } : { path, name, headers };
}

/** Marks every email whose Message-ID occurred earlier (by Date, then name) or in `known` (id -> where). */
export function markDuplicates(emails: LoadedEml[], known: ReadonlyMap<string, string> = new Map()): void {
  const order = [...emails].sort((a, b) => (a.headers?.date ?? 0) - (b.headers?.date ?? 0) || a.name.localeCompare(b.name));
  const first = new Map<string, string>();
  for (const e of order) {
    const id = e.headers?.messageId;
    if (!id) continue;
    const before = known.get(id) ?? first.get(id);
    if (before) e.seenBefore = before;
    else first.set(id, e.name);
  }
}
