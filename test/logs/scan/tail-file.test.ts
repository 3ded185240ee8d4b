// FileTail one poll at a time: rotations that happen entirely between two polls, by rename and by copytruncate.
import { appendFileSync, copyFileSync, mkdtempSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileTail } from '../../../src/logs/scan/tail-file.js';

let tail: FileTail | undefined;

afterEach(async () => {
  await tail?.close();
  tail = undefined;
});

/** A followed email.log in a fresh folder, opened at its start, and the lines it hands over. */
async function followed(
  initial: string,
  files: Record<string, string> = {},
): Promise<{ file: string; dir: string; lines: string[]; poll: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'md-tail-'));
  const file = join(dir, 'email.log');
  writeFileSync(file, initial);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const lines: string[] = [];
  tail = new FileTail(file, 1 << 16);
  await tail.open(true);
  const poll = () => tail!.poll((l) => lines.push(l));
  return { file, dir, lines, poll };
}

describe('FileTail', () => {
  it('reads a generation that was created and renamed away between two polls (rotated twice by rename)', async () => {
    const { file, dir, lines, poll } = await followed('a1\n');
    await poll();
    expect(lines).toEqual(['a1']);
    appendFileSync(file, 'a2\n');
    renameSync(file, join(dir, 'email.log.1'));
    writeFileSync(file, 'b1\nb2\n');
    renameSync(join(dir, 'email.log.1'), join(dir, 'email.log.2'));
    renameSync(file, join(dir, 'email.log.1'));
    writeFileSync(file, 'c1\n');
    await poll();
    expect(lines).toEqual(['a1', 'a2', 'b1', 'b2', 'c1']);
  });

  it('does not read again the rotated copies that were there when it started, nor one merely renamed to the next number', async () => {
    const { file, dir, lines, poll } = await followed('new1\n', { 'email.log.1': 'old1\nold2\n', 'email.log.2': 'older\n' });
    await poll();
    renameSync(join(dir, 'email.log.2'), join(dir, 'email.log.3'));
    renameSync(join(dir, 'email.log.1'), join(dir, 'email.log.2'));
    renameSync(file, join(dir, 'email.log.1'));
    writeFileSync(file, 'new2\n');
    await poll();
    expect(lines).toEqual(['new1', 'new2']);
  });

  it('reads what is still appended to a renamed generation from where it was, not again from its start', async () => {
    const { file, dir, lines, poll } = await followed('a1\n');
    await poll();
    renameSync(file, join(dir, 'email.log.1'));
    writeFileSync(file, '');
    await poll();
    appendFileSync(join(dir, 'email.log.1'), 'a2 written late to the old file\n');
    renameSync(join(dir, 'email.log.1'), join(dir, 'email.log.2'));
    renameSync(file, join(dir, 'email.log.1'));
    writeFileSync(file, 'c1\n');
    await poll();
    expect(lines).toEqual(['a1', 'a2 written late to the old file', 'c1']);
  });

  it('reads a generation written, copied and truncated before a byte of it was read (copytruncate with nothing read yet)', async () => {
    const { file, dir, lines, poll } = await followed('');
    await poll();
    appendFileSync(file, 'x1\nx2\nx3\n');
    copyFileSync(file, join(dir, 'email.log.1'));
    truncateSync(file, 0);
    await poll();
    expect(lines).toEqual(['x1', 'x2', 'x3']);
    appendFileSync(file, 'y1\n');
    copyFileSync(file, join(dir, 'email.log.1'));
    truncateSync(file, 0);
    appendFileSync(file, 'z1\n');
    await poll();
    expect(lines).toEqual(['x1', 'x2', 'x3', 'y1', 'z1']);
  });

  it('reads the rest of a partly read generation from its copy after a copytruncate, then the new one from its start', async () => {
    const { file, dir, lines, poll } = await followed('p1\n');
    await poll();
    appendFileSync(file, 'p2\n');
    copyFileSync(file, join(dir, 'email.log.1'));
    truncateSync(file, 0);
    appendFileSync(file, 'q1 a longer line than everything read before the truncation\n');
    await poll();
    expect(lines).toEqual(['p1', 'p2', 'q1 a longer line than everything read before the truncation']);
  });
});
