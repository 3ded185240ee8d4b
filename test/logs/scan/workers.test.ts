// The worker-thread path, which only exists in the built CLI (dist/): same tallies as the in-thread scan.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtAndFresh } from '../../helpers/built-dist.js';
import { listLogFiles } from '../../../src/logs/scan/files.js';
import { scanSources } from '../../../src/logs/scan/scan.js';

const DIST = resolve('dist/logs/scan');

describe.skipIf(!builtAndFresh('src/logs/scan', DIST))('scan workers (built dist)', () => {
  it('two workers over many byte ranges count exactly what one thread counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-logs-workers-'));
    const lines: string[] = [];
    for (let i = 0; i < 20000; i += 1) {
      const kind = i % 11 === 0 ? 'Connection refused by smtp.office365.com:587' : i % 13 === 0 ? 'status=SEND_FAILED to=a@example.org' : `routine ${i}`;
      lines.push(`2026-11-21 10:${String(i % 60).padStart(2, '0')}:00,000 INFO  [w-1] c.x - ${kind}\n`);
    }
    writeFileSync(join(dir, 'email.log'), lines.join(''));
    writeFileSync(join(dir, 'service.log'), lines.slice(0, 5000).join(''));
    const sources = [{ label: dir, isDir: true, files: listLogFiles(dir) }];
    const opts = { samples: 2, bucketMs: 3_600_000 };
    const signal = new AbortController().signal;
    const built = (await import(pathToFileURL(join(DIST, 'scan.js')).href)) as { scanSources: typeof scanSources };
    const threaded = await built.scanSources(sources, opts, 2, signal, 64 * 1024);
    const inline = await scanSources(sources, opts, 0, signal);
    const counts = (r: Awaited<ReturnType<typeof scanSources>>) => Object.fromEntries(Object.entries(r.causes).map(([k, v]) => [k, v.count]));
    expect(counts(threaded)).toEqual(counts(inline));
    expect(threaded.causes['log.connection.failed']?.count).toBe(Math.ceil(20000 / 11) + Math.ceil(5000 / 11));
    expect(threaded.causes['log.connection.failed']?.samples.map((s) => s.offset)).toEqual(
      inline.causes['log.connection.failed']?.samples.map((s) => s.offset),
    );
    const stats = (r: Awaited<ReturnType<typeof scanSources>>) =>
      Object.fromEntries(Object.entries(r.causes).map(([k, v]) => [k, [v.count, v.first, v.last, v.buckets, v.samples.map((s) => `${s.file}@${s.offset}`)]]));
    expect(stats(threaded)).toEqual(stats(inline));
    expect(threaded.bytes).toBe(inline.bytes);
  });

  it('an empty folder ends at once with workers too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-logs-workers-'));
    const built = (await import(pathToFileURL(join(DIST, 'scan.js')).href)) as { scanSources: typeof scanSources };
    const r = await built.scanSources(
      [{ label: dir, isDir: true, files: listLogFiles(dir) }],
      { samples: 2, bucketMs: 3_600_000 },
      2,
      new AbortController().signal,
    );
    expect(r.files).toEqual([]);
  });
});
