// The rotated copies of a followed log (email.log.1, email.log-20261121) and which of them hold lines written since a
// moment: a copy made or rewritten since then is read whole, one still being appended to only from where it was.
import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Bytes at the start of a copy remembered to tell a copy appended to from one rewritten in place. */
const HEAD = 64;

/** One rotated copy as seen at one moment. */
interface CopyState {
  path: string;
  ino: number;
  size: number;
  mtimeMs: number;
  head: Buffer;
}

/** The rotated copies at one moment, by inode: a copy renamed to the next number (email.log.1 to .2) is the same copy. */
export type CopySnapshot = ReadonlyMap<number, CopyState>;

/** Part of a rotated copy that holds lines not seen at the snapshot. */
export interface CopyRange {
  path: string;
  ino: number;
  from: number;
}

async function headOf(path: string): Promise<Buffer> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return Buffer.alloc(0);
  try {
    const buf = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(buf, 0, HEAD, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The rotated copies of `path` now: same folder, the name followed by `.` or `-`, not compressed (heads of copies unchanged since `previous` are not read again). */
export async function snapshotCopies(path: string, previous: CopySnapshot = new Map()): Promise<CopySnapshot> {
  const dir = dirname(path);
  const base = basename(path);
  const names = await readdir(dir).catch(() => [] as string[]);
  const copies = names.filter((n) => n !== base && n.startsWith(base) && /^[.-]/.test(n.slice(base.length)) && !n.endsWith('.gz'));
  const states = await Promise.all(
    copies.map(async (n): Promise<CopyState | undefined> => {
      const st = await stat(join(dir, n)).catch(() => undefined);
      if (!st?.isFile()) return undefined;
      const known = previous.get(st.ino);
      const head = known && same(known, st) ? known.head : await headOf(join(dir, n));
      return { path: join(dir, n), ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, head };
    }),
  );
  return new Map(states.filter((s): s is CopyState => s !== undefined).map((s) => [s.ino, s]));
}

const same = (a: { size: number; mtimeMs: number }, b: { size: number; mtimeMs: number }) => a.size === b.size && a.mtimeMs === b.mtimeMs;

/** What each copy gained between two snapshots, oldest change first: new copies whole, appended ones from their old end. */
export function copiesChanged(before: CopySnapshot, now: CopySnapshot): CopyRange[] {
  const out: Array<CopyRange & { mtimeMs: number }> = [];
  for (const c of now.values()) {
    const old = before.get(c.ino);
    if (old && same(old, c)) continue;
    const appended = old !== undefined && c.size >= old.size && c.head.subarray(0, old.head.length).equals(old.head);
    if (appended && c.size === old.size) continue;
    out.push({ path: c.path, ino: c.ino, from: appended ? old.size : 0, mtimeMs: c.mtimeMs });
  }
  return out.sort((a, b) => a.mtimeMs - b.mtimeMs).map(({ path, ino, from }) => ({ path, ino, from }));
}
