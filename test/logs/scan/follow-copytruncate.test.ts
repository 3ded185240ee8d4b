// `logs --follow` while the log is rotated by copytruncate under a fast writer: every line written is printed, once.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'maildoctor.js');
const LINES = 12_000;
const BATCH = 100;
const ROTATE_EVERY_BATCHES = 30;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const line = (n: number) => `2026-11-21 10:15:32,123 ERROR [emailjob-1] c.f.m.EmailSender - Outgoing failed: Connection refused seq=${n}\n`;

/** Starts `maildoctor logs DIR --follow` and resolves once it says it is following. */
async function follow(dir: string): Promise<{ child: ChildProcessWithoutNullStreams; seen: number[] }> {
  const child = spawn(process.execPath, [BIN, 'logs', dir, '--follow', '--no-color'], { env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  const seen: number[] = [];
  let carry = '';
  child.stdout.on('data', (c: Buffer) => {
    const parts = (carry + c.toString()).split('\n');
    carry = parts.pop() ?? '';
    for (const p of parts) {
      const m = /seq=(\d+)/.exec(p);
      if (m) seen.push(Number(m[1]));
    }
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('follow did not start')), 30_000);
    child.stderr.on('data', (c: Buffer) => {
      if (c.toString().includes('following')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { child, seen };
}

/** Waits until the follower has printed `count` lines (at most 30 s). */
async function caughtUp(seen: number[], count: number): Promise<void> {
  const end = Date.now() + 30_000;
  while (seen.length < count && Date.now() < end) await sleep(20);
}

/**
 * Writes LINES lines in batches; every ROTATE_EVERY_BATCHES batches the log is copied to email.log.1 and truncated, as
 * logrotate's copytruncate does, right after a batch the follower has not read yet (so it must find those lines in
 * email.log.1). Each rotation waits until the earlier batches were printed: two rotations within one poll would
 * overwrite email.log.1 before anyone read it, which no follower can recover and a loaded machine could cause.
 * `append` picks the writer: O_APPEND (writes land at the new end) or a fixed offset (writes land past the
 * truncation, leaving a hole of NUL bytes, as a writer without O_APPEND does).
 */
async function writeWithRotations(file: string, append: boolean, seen: number[]): Promise<number> {
  const fd = openSync(file, append ? 'a' : 'r+');
  let offset = 0;
  let rotations = 0;
  try {
    for (let b = 0; b < LINES / BATCH; b += 1) {
      const text = Array.from({ length: BATCH }, (_, i) => line(b * BATCH + i)).join('');
      const rotates = b % ROTATE_EVERY_BATCHES === ROTATE_EVERY_BATCHES - 1;
      if (rotates) await caughtUp(seen, b * BATCH);
      if (append) writeSync(fd, text);
      else offset += writeSync(fd, text, offset);
      if (rotates) {
        copyFileSync(file, `${file}.1`);
        truncateSync(file, 0);
        rotations += 1;
      }
      await sleep(15);
    }
  } finally {
    closeSync(fd);
  }
  return rotations;
}

async function run(append: boolean): Promise<{ seen: number[]; rotations: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'md-follow-ct-'));
  const file = join(dir, 'email.log');
  writeFileSync(file, '');
  const { child, seen } = await follow(dir);
  try {
    const rotations = await writeWithRotations(file, append, seen);
    await caughtUp(seen, LINES);
    await sleep(600);
    return { seen, rotations };
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('close', resolve));
  }
}

function expectEveryLineOnce(seen: number[]): void {
  const missing: number[] = [];
  const set = new Set(seen);
  for (let n = 0; n < LINES; n += 1) if (!set.has(n)) missing.push(n);
  expect(missing.length, `missing lines, first: ${missing.slice(0, 10).join(', ')}`).toBe(0);
  expect(seen.length, 'lines printed more than once').toBe(LINES);
}

describe('logs --follow across copytruncate rotation', () => {
  it(`prints every one of ${LINES} lines once while the log is truncated under a writer using O_APPEND`, async () => {
    const { seen, rotations } = await run(true);
    expect(rotations).toBe(LINES / BATCH / ROTATE_EVERY_BATCHES);
    expectEveryLineOnce(seen);
  });

  it(`prints every one of ${LINES} lines once when the writer keeps its offset (a hole of NUL bytes after each truncation)`, async () => {
    const { seen } = await run(false);
    expectEveryLineOnce(seen);
  });
});
