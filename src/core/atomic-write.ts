// Writes a report file so that a reader (node_exporter's textfile collector, a monitor) never sees half of it, and
// never replaces what the path names when that is not a plain file (`-o /dev/null`, a FIFO, a symlink).
import { randomBytes } from 'node:crypto';
import { chmod, open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What the path is now: undefined when nothing is there yet. */
async function existing(path: string): Promise<Stats | undefined> {
  return stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
}

/**
 * Writes `data` to `path`. A regular file (or a new one) is written to a temporary file beside it and renamed over
 * it: the rename is atomic within one directory, so a reader sees the old file or the new one. The temporary name
 * starts with a dot and ends in `.tmp`, so a collector that reads `*.prom` never picks it up; it takes the old file's
 * mode. A symlink is followed, so the link stays and its target is replaced. A device or a FIFO is written to as it
 * is: renaming over `/dev/null` would turn it into a plain file for every program on the host.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const before = await existing(path);
  if (before && !before.isFile()) {
    if (before.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    await writeFile(path, data);
    return;
  }
  const target = before ? await realpath(path) : path;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  const placed = async (): Promise<void> => {
    if (before) await chmod(temp, before.mode & 0o7777);
    await rename(temp, target);
  };
  await placed().catch(async (err: unknown) => {
    await unlink(temp).catch(() => undefined);
    throw err;
  });
}
