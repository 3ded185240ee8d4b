// Looks at a named input before anything opens it: only regular files (and directories where allowed) are read.
import { statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from './errors.js';

/** What a named input turned out to be. */
export type InputKind = 'file' | 'directory' | 'pipe';

/** What the caller accepts besides a regular file. */
export interface InputAllowance {
  directory?: boolean;
  /** A FIFO (a `<(command)` process substitution): read under a deadline rather than refused. */
  pipe?: boolean;
}

/** The kind of a special file in words, for the refusal message. */
function special(st: Stats): string | undefined {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return undefined;
}

function judge(st: Stats, path: string, what: string, allow: InputAllowance): InputKind {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) {
    if (allow.directory) return 'directory';
    throw new InputError(`${what} ${path} is a directory, not a file`);
  }
  if (st.isFIFO() && allow.pipe) return 'pipe';
  const kind = special(st) ?? 'not a regular file';
  throw new InputError(
    `${what} ${path} is ${kind}, not a regular file: maildoctor reads files${allow.directory ? ' and directories' : ''} only, so that it can never wait forever on one`,
  );
}

function refuse(err: unknown, path: string, what: string): never {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') throw new InputError(`${what} ${path} is a symbolic link loop: following its links leads back to itself`);
  throw new InputError(`cannot read ${what} ${path}: ${describeFsError(err)}`);
}

/** The kind of `path`; anything else (FIFO, socket, device, loop, missing) is an InputError saying so. */
export function inputKindSync(path: string, what: string, allow: InputAllowance = {}): InputKind {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    refuse(err, path, what);
  }
  return judge(st, path, what, allow);
}

/** The same check without blocking the event loop. */
export async function inputKind(path: string, what: string, allow: InputAllowance = {}): Promise<InputKind> {
  let st: Stats;
  try {
    st = await stat(path);
  } catch (err) {
    refuse(err, path, what);
  }
  return judge(st, path, what, allow);
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
