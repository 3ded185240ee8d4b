// `-` as a file argument: standard input copied to a private temporary file, so every reader (the log scanner's
// parallel regions included) gets a regular file; a pipe that stays silent ends with one clear error, not a hang.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from './errors.js';

/** Paths that name standard input besides `-`: `logs /dev/stdin` reads the pipe as `logs -` does. */
const STDIN_PATHS: ReadonlySet<string> = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** True when a file argument means standard input. */
export function isStdinPath(path: string): boolean {
  return STDIN_PATHS.has(path);
}

/** Name of the spooled copy; it shows as the target of the checks that read it. */
export const STDIN_FILE = 'standard input';

/** The copy of standard input and how to remove it. */
export interface Spool {
  path: string;
  remove(): Promise<void>;
}

/** What spooling needs: the stream, whether a person may be typing into it, and how long a pipe may stay silent. */
export interface SpoolOptions {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Milliseconds without a byte after which a pipe counts as silent (a terminal waits for the person). */
  idleMs: number;
  signal?: AbortSignal;
}

/**
 * Copies standard input into `<tmp>/maildoctor-XXXXXX/standard-input` (mode 0600 in a 0700 folder) and returns
 * its path. A pipe that delivers nothing for `idleMs` is an InputError naming the wait; a terminal has no deadline.
 */
export async function spoolStdin(o: SpoolOptions): Promise<Spool> {
  const dir = await mkdtemp(join(tmpdir(), 'maildoctor-'));
  const path = join(dir, STDIN_FILE);
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await copy(o, path);
  } catch (err) {
    await remove();
    throw err;
  }
  return { path, remove };
}

function copy(o: SpoolOptions, path: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path, { mode: 0o600 });
    let timer: NodeJS.Timeout | undefined;
    const finish = (err?: Error) => {
      clearTimeout(timer);
      o.stdin.removeListener('data', onData);
      o.stdin.removeListener('end', onEnd);
      o.stdin.removeListener('error', onError);
      o.signal?.removeEventListener('abort', onAbort);
      o.stdin.pause();
      if (err) {
        out.destroy();
        reject(err);
      } else out.end(() => resolve());
    };
    const arm = () => {
      clearTimeout(timer);
      if (o.stdin.isTTY) return;
      const seconds = Math.round(o.idleMs / 100) / 10;
      timer = setTimeout(
        () => finish(new InputError(`nothing arrived on standard input for ${seconds} s; pipe the data in, give a file instead of "-", or raise --timeout`)),
        o.idleMs,
      );
    };
    const onData = (chunk: Buffer | string) => {
      if (out.write(chunk)) return arm();
      clearTimeout(timer);
      o.stdin.pause();
      out.once('drain', () => {
        o.stdin.resume();
        arm();
      });
    };
    const onEnd = () => finish();
    const onError = (err: Error) => finish(new InputError(`cannot read standard input: ${err.message}`));
    const onAbort = () => finish(new InputError('stopped while reading standard input'));
    out.once('error', (err) => finish(new InputError(`cannot keep standard input in ${path}: ${err.message}`)));
    o.stdin.on('data', onData);
    o.stdin.once('end', onEnd);
    o.stdin.once('error', onError);
    o.signal?.addEventListener('abort', onAbort, { once: true });
    arm();
    o.stdin.resume();
  });
}

/** How a spooled copy is called in reports: what the user typed it as. */
export const STDIN_LABEL = 'standard input';

/**
 * `value` with every occurrence of the spool's path in its strings and keys replaced by STDIN_LABEL, walking arrays
 * and plain objects only (a Secret or another class instance is left as it is).
 */
export function relabelSpool<T>(value: T, path: string): T {
  const text = (s: string) => (s.includes(path) ? s.split(path).join(STDIN_LABEL) : s);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(walk);
    const proto: unknown = v !== null && typeof v === 'object' ? Object.getPrototypeOf(v) : undefined;
    if (proto === Object.prototype || proto === null) return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [text(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}
