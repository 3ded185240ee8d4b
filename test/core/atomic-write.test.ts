// The report file is replaced in one step: no reader sees it half-written, and no temporary file is left behind.
import { mkdtemp, readdir, readFile, writeFile, chmod, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/atomic-write.js';

describe('writeFileAtomic', () => {
  it('replaces the file through a hidden temporary in the same directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'md-atomic-'));
    const path = join(dir, 'maildoctor.prom');
    await writeFile(path, 'old\n');
    const before = (await stat(path)).ino;
    await writeFileAtomic(path, 'new\n');
    expect(await readFile(path, 'utf8')).toBe('new\n');
    expect((await stat(path)).ino).not.toBe(before);
    expect(await readdir(dir)).toEqual(['maildoctor.prom']);
  });

  it('a reader polling during many rewrites only ever sees a whole file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'md-atomic-'));
    const path = join(dir, 'x.prom');
    const whole = (n: number) => `${`line ${n}\n`.repeat(20_000)}end ${n}\n`;
    await writeFileAtomic(path, whole(0));
    let torn = 0;
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const text = await readFile(path, 'utf8');
        if (!/end \d+\n$/.test(text)) torn += 1;
      }
    })();
    for (let n = 1; n <= 20; n++) await writeFileAtomic(path, whole(n));
    reading = false;
    await reader;
    expect(torn).toBe(0);
    expect(await readdir(dir)).toEqual(['x.prom']);
  });

  it('fails with the file untouched and no temporary left when the directory is not writable', async () => {
    if (process.getuid?.() === 0) {
      const missing = join(await mkdtemp(join(tmpdir(), 'md-atomic-')), 'no', 'such', 'dir', 'x.prom');
      await expect(writeFileAtomic(missing, 'x')).rejects.toThrow(/ENOENT/);
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'md-atomic-'));
    const path = join(dir, 'x.prom');
    await writeFile(path, 'old\n');
    await chmod(dir, 0o500);
    await expect(writeFileAtomic(path, 'new\n')).rejects.toThrow(/EACCES/);
    await chmod(dir, 0o700);
    expect(await readFile(path, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['x.prom']);
  });
});
