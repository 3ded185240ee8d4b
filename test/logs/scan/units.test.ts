// Pure pieces of the scanner: timestamps, the literal automaton, file names, discovery, timelines, stack frames.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverTenants, resolveSources } from '../../../src/logs/discover.js';
import { lineIsAscii, wordsOf } from '../../../src/logs/scan/decode.js';
import { classifyName } from '../../../src/logs/scan/files.js';
import { buildLiteralSet, findFirstLiteral, forEachLiteral } from '../../../src/logs/scan/literal-set.js';
import { buildTimeline, sparkline } from '../../../src/logs/timeline.js';
import { durationMs } from '../../../src/core/duration.js';
import { parseTimeArg, textLineTime } from '../../../src/logs/scan/timestamp.js';

describe('timestamps', () => {
  it('reads Log4j and ISO timestamps, with or without a zone, and rejects other text', () => {
    expect(textLineTime('2026-11-21 10:15:32,123 INFO x')).toBe(new Date(2026, 10, 21, 10, 15, 32, 123).getTime());
    expect(textLineTime('[2026-11-21 10:15:32.500] x')).toBe(new Date(2026, 10, 21, 10, 15, 32, 500).getTime());
    expect(textLineTime('2026-11-21T10:15:32.123Z x')).toBe(Date.UTC(2026, 10, 21, 10, 15, 32, 123));
    expect(textLineTime('2026-11-21T10:15:32+05:30 x')).toBe(Date.UTC(2026, 10, 21, 4, 45, 32));
    expect(textLineTime('\tat com.example.Foo(Foo.java:1)')).toBeNaN();
    expect(textLineTime('2026-13-21 10:15:32 bad month')).toBeNaN();
    expect(textLineTime('')).toBeNaN();
  });

  it('parses --since/--until values and durations', () => {
    const now = Date.UTC(2026, 10, 21, 12);
    expect(parseTimeArg('2h', now)).toBe(now - 7_200_000);
    expect(parseTimeArg('30m', now)).toBe(now - 1_800_000);
    expect(parseTimeArg('2026-11-21', now)).toBe(new Date(2026, 10, 21).getTime());
    expect(parseTimeArg('2026-11-21 10:15', now)).toBe(new Date(2026, 10, 21, 10, 15).getTime());
    expect(parseTimeArg('2026-11-21 10:15:32,123', now)).toBe(new Date(2026, 10, 21, 10, 15, 32, 123).getTime());
    expect(parseTimeArg('yesterday', now)).toBeUndefined();
    expect(durationMs('1d')).toBe(86_400_000);
    expect(durationMs('1 fortnight')).toBeUndefined();
  });
});

describe('literal automaton', () => {
  const set = buildLiteralSet(['auth', 'authentication failed', 'token', '535', 'ion f']);
  const found = (text: string): string[] => {
    const ids: number[] = [];
    const b = Buffer.from(text);
    forEachLiteral(set, b, 0, b.length, (id) => ids.push(id));
    return [...new Set(ids)].map((i) => set.literals[i] as string).sort();
  };

  it('finds overlapping literals case-insensitively', () => {
    expect(found('SMTP AUTHENTICATION FAILED: 535')).toEqual(['535', 'auth', 'authentication failed', 'ion f']);
    expect(found('Token expired')).toEqual(['token']);
    expect(found('nothing here')).toEqual([]);
  });

  it('stops at the first literal and flags newlines without matching across them', () => {
    const b = Buffer.from('xx\nyy tok\nen 535');
    expect(findFirstLiteral(set, b, 0, b.length)).toBe(b.length - 1);
    expect(found('tok\nen')).toEqual([]);
  });
});

describe('ASCII lines', () => {
  it('reads a line four bytes a step at any alignment, and never calls a line with a byte above 0x7f ASCII', () => {
    const text = Buffer.from('plain line\nwith \u2014 dash\nabc\nxyz\n');
    for (let shift = 0; shift < 4; shift += 1) {
      const backing = Buffer.alloc(text.length + 8, 0x20);
      const buf = backing.subarray(shift, shift + text.length);
      text.copy(buf);
      const words = wordsOf(buf);
      const lines: Array<[number, number]> = [];
      for (let s = 0; s < buf.length;) {
        const e = buf.indexOf(10, s);
        lines.push([s, e]);
        s = e + 1;
      }
      expect(lines.map(([s, e]) => lineIsAscii(words, buf, s, e))).toEqual([true, false, true, true]);
      expect(lineIsAscii(words, buf, 3, 3)).toBe(true);
      for (let s = 11; s <= 16; s += 1) expect(lineIsAscii(words, buf, s, 17)).toBe(false);
      for (let e = 19; e <= 24; e += 1) expect(lineIsAscii(words, buf, 18, e)).toBe(false);
    }
  });
});

describe('file names and discovery', () => {
  it('recognises the three logs and their rotations, and nothing else', () => {
    expect(classifyName('email.log')).toMatchObject({ kind: 'email', current: true, gz: false });
    expect(classifyName('email.log.3')).toMatchObject({ kind: 'email', index: 3, current: false });
    expect(classifyName('error.log.2026-11-20.gz')).toMatchObject({ kind: 'error', date: '2026-11-20', gz: true });
    expect(classifyName('service-2026-11-20-2.log.gz')).toMatchObject({ kind: 'service', date: '2026-11-20', index: 2, gz: true });
    expect(classifyName('email.txt')).toBeUndefined();
    expect(classifyName('threaddump-1.txt')).toBeUndefined();
    expect(classifyName('audit.log')).toBeUndefined();
  });

  it('finds every tenant logs folder under the root, or only the named tenant', () => {
    const root = mkdtempSync(join(tmpdir(), 'md-logs-root-'));
    for (const t of ['apolo', 'zeta']) {
      mkdirSync(join(root, t, 'logs'), { recursive: true });
      writeFileSync(join(root, t, 'logs', 'email.log'), '');
    }
    mkdirSync(join(root, 'no-logs'));
    expect(
      discoverTenants(root)
        .map((t) => t.tenant)
        .sort(),
    ).toEqual(['apolo', 'zeta']);
    expect(discoverTenants(root, 'zeta').map((t) => t.tenant)).toEqual(['zeta']);
    expect(resolveSources([], '/', 'apolo', root)[0]?.files.length).toBe(1);
    expect(() => resolveSources([], '/', 'missing', root)).toThrow(/tenant "missing" has no logs folder/);
    expect(() => resolveSources([], '/', undefined, join(root, 'absent'))).toThrow(/no tenant logs folder found/);
    expect(() => resolveSources(['nope'], root)).toThrow(/no such file/);
  });
});

describe('timeline', () => {
  it('buckets counts over a common range and draws a sparkline with the peak', () => {
    const hour = 3_600_000;
    const t = buildTimeline({ 10: 1, 12: 8, 13: 2 }, 10, 14, hour);
    expect(t?.counts).toEqual([1, 0, 8, 2, 0]);
    expect(t?.sparkline).toHaveLength(5);
    expect(t?.sparkline.charAt(2)).toBe('█');
    expect(t?.sparkline.charAt(1)).toBe(' ');
    expect(t?.peak?.count).toBe(8);
    expect(sparkline(new Array(500).fill(1)).length).toBeLessThanOrEqual(48);
    expect(buildTimeline({}, Infinity, -Infinity, hour)).toBeUndefined();
  });
});

describe('log line prefixes', () => {
  it('skips thread and logger names but never the message', async () => {
    const { mkdtempSync: mk, writeFileSync: wr } = await import('node:fs');
    const { scanSources } = await import('../../../src/logs/scan/scan.js');
    const { listLogFiles } = await import('../../../src/logs/scan/files.js');
    const dir = mk(join(tmpdir(), 'md-logs-prefix-'));
    wr(
      join(dir, 'email.log'),
      [
        '2026-11-21 10:00:00,000 INFO  [EmailFetchJob-1] c.m.s.email.Reader - Folder INBOX has 3 unread messages',
        '2026-11-21 10:00:01,000 ERROR [pool-1-thread-2] Connection refused - retrying in 30s',
        '2026-11-21 10:00:02,000 ERROR [main] Reader - Connection refused by host',
        '2026-11-21 10:00:03,000 ERROR Connection refused without a thread',
        '',
      ].join('\n'),
    );
    const r = await scanSources([{ label: dir, isDir: true, files: listLogFiles(dir) }], { samples: 0, bucketMs: 3_600_000 }, 0, new AbortController().signal);
    expect(r.causes['log.connection.failed']?.count).toBe(3);
    expect(r.causes['log.polling.fired']).toBeUndefined();
  });
});
