// Writes a report file so that a reader (node_exporter's textfile collector, a monitor) never sees half of it.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to a temporary file beside `path` and renames it over `path`: the rename is atomic within one
 * directory, so a reader sees the old file or the new one. The temporary name starts with a dot and ends in
 * `.tmp`, so a collector that reads `*.prom` never picks it up.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
  await rename(temp, path).catch(async (err: unknown) => {
    await unlink(temp).catch(() => undefined);
    throw err;
  });
}
