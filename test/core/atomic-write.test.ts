// The report file is replaced in one step: no reader sees it half-written, and no temporary file is left behind.
import { execFileSync, spawn } from 'node:child_process';
import { chmod, lstat, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
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

  it('writes into a device as it is: a null device stays a null device', async () => {
    // As root a copy of the null device is made in a temporary folder, so that a regression cannot replace the host's
    // own /dev/null; without root, /dev/null itself is safe (its folder is not writable) and is the device used.
    const root = process.getuid?.() === 0;
    const device = root ? join(await mkdtemp(join(tmpdir(), 'md-atomic-')), 'null') : '/dev/null';
    if (root) execFileSync('mknod', ['-m', '0666', device, 'c', '1', '3']);
    await writeFileAtomic(device, 'report\n');
    expect((await stat(device)).isCharacterDevice()).toBe(true);
    expect(await readFile(device, 'utf8')).toBe('');
  });

  it('writes into a FIFO for the reader at its other end, without replacing it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'md-atomic-'));
    const fifo = join(dir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (chunk: Buffer) => (got += chunk.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    await writeFileAtomic(fifo, 'through the pipe\n');
    await closed;
    expect(got).toBe('through the pipe\n');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it("keeps a symlink and replaces the file it points to, with that file's mode", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'md-atomic-'));
    const real = join(dir, 'real.prom');
    const link = join(dir, 'link.prom');
    await writeFile(real, 'old\n');
    await chmod(real, 0o640);
    await symlink(real, link);
    await writeFileAtomic(link, 'new\n');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new\n');
    expect((await stat(real)).mode & 0o777).toBe(0o640);
    expect((await readdir(dir)).sort()).toEqual(['link.prom', 'real.prom']);
  });

  it('refuses a directory with a clear error and leaves it alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'md-atomic-'));
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(/is a directory/);
    expect(await readdir(dir)).toEqual([]);
  });
});
