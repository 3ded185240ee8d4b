// Rotations and gzip in time order, time windows, --address, --grep, bad bytes, huge lines and byte-range splitting.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { logsSettings } from '../../../src/logs/check.js';
import { listLogFiles } from '../../../src/logs/scan/files.js';
import { scanSources } from '../../../src/logs/scan/scan.js';
import { findingOf, scanResult } from '../helpers.js';

const FIXTURE = 'fixtures/logs/tenant/apolo/logs';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'md-logs-scan-'));
}

function line(day: number, hh: number, mm: number, text: string): string {
  return `2026-11-${String(day).padStart(2, '0')} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00,000 ERROR [EmailSender-1] c.m.s.Smtp - ${text}\n`;
}

const REFUSED = 'Connection refused while connecting to smtp.office365.com:587';

describe('rotated and gzipped logs', () => {
  it('reads email.log.N, dated and .gz rotations oldest first, and samples the newest lines', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'email.log.2026-11-18.gz'), gzipSync(line(18, 9, 0, `${REFUSED} #18`)));
    writeFileSync(join(dir, 'email.log.2026-11-19'), line(19, 9, 0, `${REFUSED} #19`));
    writeFileSync(join(dir, 'email.log.2'), line(20, 9, 0, `${REFUSED} #20a`));
    writeFileSync(join(dir, 'email.log.1.gz'), gzipSync(line(20, 12, 0, `${REFUSED} #20b`)));
    writeFileSync(join(dir, 'email.log'), line(21, 9, 0, `${REFUSED} #21`));
    writeFileSync(join(dir, 'notes.txt'), 'not a log\n');
    const t = (d: number) => new Date(2026, 10, d, 23).getTime() / 1000;
    utimesSync(join(dir, 'email.log.2'), t(20), t(20));
    utimesSync(join(dir, 'email.log.1.gz'), t(20) + 60, t(20) + 60);
    const names = listLogFiles(dir).map((f) => f.path.split('/').pop());
    expect(names).toEqual(['email.log.2026-11-18.gz', 'email.log.2026-11-19', 'email.log.2', 'email.log.1.gz', 'email.log']);
    const result = await scanResult({ paths: [dir], samples: 2, until: '2026-11-21 10:00' });
    const f = findingOf(result, 'log.connection.failed');
    const ev = f?.evidence as { count: number; first: string; last: string; samples: Array<{ text: string; file: string }> };
    expect(ev.count).toBe(5);
    expect(ev.first).toBe(new Date(2026, 10, 18, 9).toISOString());
    expect(ev.last).toBe(new Date(2026, 10, 21, 9).toISOString());
    expect(ev.samples.map((s) => s.text.slice(-3))).toEqual(['20b', '#21']);
    expect(ev.samples[1]?.file).toMatch(/email\.log$/);
  });

  it('reports a truncated gzip and keeps the lines before the damage', async () => {
    const dir = tmp();
    const body = Array.from({ length: 2000 }, (_, i) => line(20, 10, i % 60, `${REFUSED} n=${i}`)).join('');
    const gz = gzipSync(body);
    writeFileSync(join(dir, 'email.log.1.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)));
    writeFileSync(join(dir, 'email.log'), line(21, 9, 0, REFUSED));
    const result = await scanResult({ paths: [dir], until: '2026-11-21 10:00' });
    const bad = findingOf(result, 'log.input.bad-gzip');
    expect(bad?.detail).toMatch(/email\.log\.1\.gz/);
    const count = (findingOf(result, 'log.connection.failed')?.evidence as { count: number }).count;
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThan(2001);
  });

  it('skips a binary file of a folder, plain or inside its gzip, with a finding naming it, and scans the rest', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'email.log'), line(21, 9, 0, REFUSED));
    writeFileSync(join(dir, 'email.log.2'), randomBytes(64 * 1024));
    writeFileSync(join(dir, 'email.log.1.gz'), gzipSync(randomBytes(64 * 1024)));
    const result = await scanResult({ paths: [dir], until: '2026-11-21 10:00' });
    expect(result.error).toBeUndefined();
    const skipped = result.findings.filter((f) => f.cause === 'log.input.binary-skipped').map((f) => f.detail);
    expect(skipped).toHaveLength(2);
    expect(skipped.find((d) => d.includes('email.log.2'))).toMatch(/binary data, not a log; skipped/);
    expect(skipped.find((d) => d.includes('email.log.1.gz'))).toMatch(/binary data inside the gzip/);
    expect((findingOf(result, 'log.connection.failed')?.evidence as { count: number }).count).toBe(1);
  });

  it('refuses a binary file named on its own, plain or gzip, as bad input', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'email.log.2'), randomBytes(64 * 1024));
    writeFileSync(join(dir, 'email.log.1.gz'), gzipSync(randomBytes(64 * 1024)));
    expect(() => logsSettings({ paths: [join(dir, 'email.log.2')] }, dir)).toThrow(/email\.log\.2 looks like binary data, not a log/);
    expect(() => logsSettings({ paths: [join(dir, 'email.log.1.gz')] }, dir)).toThrow(/email\.log\.1\.gz looks like binary data once unpacked, not a log/);
  });

  it('reads a UTF-16 log inside a .gz as text', async () => {
    const dir = tmp();
    const text = line(20, 9, 0, `${REFUSED} (Benutzer M\u00fcller)`);
    writeFileSync(join(dir, 'email.log.1.gz'), gzipSync(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    const result = await scanResult({ paths: [dir], until: '2026-11-21 10:00' });
    const ev = findingOf(result, 'log.connection.failed')?.evidence as { count: number; samples: Array<{ text: string }> };
    expect(ev.count).toBe(1);
    expect(ev.samples[0]?.text).toContain('M\u00fcller');
    expect(findingOf(result, 'log.input.nul-bytes')).toBeUndefined();
  });
});

describe('filters', () => {
  it('--since and --until keep only lines in the window, absolute or ISO', async () => {
    const all = await scanResult({ paths: [FIXTURE], until: '2026-11-21 10:40:00' });
    const windowed = await scanResult({ paths: [FIXTURE], since: '2026-11-21 10:01:30', until: '2026-11-21T10:05:30' });
    const count = (r: typeof all, c: string) => (findingOf(r, c)?.evidence as { count?: number } | undefined)?.count ?? 0;
    expect(count(all, 'log.connection.failed')).toBe(3);
    expect(count(windowed, 'log.connection.failed')).toBe(2);
    expect(findingOf(windowed, 'log.tls.handshake')).toBeUndefined();
    expect((windowed.evidence as { outOfWindow: number }).outOfWindow).toBeGreaterThan(10);
  });

  it('--since as a duration skips files last written before it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'email.log.1'), line(1, 9, 0, REFUSED));
    utimesSync(join(dir, 'email.log.1'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const now = new Date();
    const stamp = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')} ${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}:00,000`;
    writeFileSync(join(dir, 'email.log'), `${stamp} ERROR x - ${REFUSED}\n`);
    const result = await scanResult({ paths: [dir], since: '2h' });
    expect((findingOf(result, 'log.connection.failed')?.evidence as { count: number }).count).toBe(1);
    const files = (result.evidence as { files: Array<{ file: string; skipped?: string }> }).files;
    expect(files.find((f) => f.file.endsWith('email.log.1'))?.skipped).toMatch(/since/);
  });

  it("--address keeps only lines mentioning the address (the guide's search by address)", async () => {
    const result = await scanResult({ paths: [FIXTURE], address: 'HELPDESK@company.com', until: '2026-11-21 10:40:00' });
    const lines = findingOf(result, 'log.address.lines')?.evidence as { count: number };
    const expected = ['email.log', 'error.log', 'service.log']
      .flatMap((f) => readFileSync(join(FIXTURE, f), 'utf8').split('\n'))
      .filter((l) => l.includes('helpdesk@company.com'));
    expect(lines.count).toBe(expected.length);
    expect(findingOf(result, 'log.tls.handshake')).toBeUndefined();
    expect(findingOf(result, 'log.auth.failed')).toBeDefined();
    const none = await scanResult({ paths: [FIXTURE], address: 'nobody@nowhere.example', until: '2026-11-21 10:40:00' });
    expect(findingOf(none, 'log.address.lines')?.detail).toMatch(/does not appear/);
  });

  it('--grep counts an ad-hoc pattern alongside the rules', async () => {
    const result = await scanResult({ paths: [FIXTURE], grep: 'INC-\\d+|slA escalation', until: '2026-11-21 10:40:00' });
    expect((findingOf(result, 'log.grep.match')?.evidence as { count: number }).count).toBe(2);
    expect(findingOf(result, 'log.connection.failed')).toBeDefined();
  });

  it('says "Polling stopped" when the last fetch is older than --stale-after', async () => {
    const stale = await scanResult({ paths: [FIXTURE], until: '2026-11-21 10:40:00', staleAfter: '30m' });
    expect(findingOf(stale, 'log.polling.stopped')?.detail).toMatch(/^no email fetch for 42 min \(last 2026-11-21 09:58:00; allowed gap 30 min\)/);
    const fresh = await scanResult({ paths: [FIXTURE], until: '2026-11-21 10:40:00', staleAfter: '1h' });
    expect(findingOf(fresh, 'log.polling.stopped')).toBeUndefined();
    expect(findingOf(fresh, 'log.polling.fired')?.detail).toMatch(/last email fetch 2026-11-21 09:58:00/);
  });
});

describe('bad input', () => {
  it('counts non-UTF-8 lines, NUL bytes and multi-megabyte lines, and goes on scanning', async () => {
    const dir = tmp();
    const parts = [
      Buffer.from(line(21, 9, 0, REFUSED)),
      Buffer.from(line(21, 9, 1, 'Benutzer M\xfcller: Authentication failed'), 'latin1'),
      Buffer.from(`${line(21, 9, 2, 'x').trimEnd()}\0\0\0 Connection refused\n`),
      Buffer.from(`${'A'.repeat(3 * 1024 * 1024)}\n`),
      Buffer.from(line(21, 9, 4, REFUSED)),
    ];
    writeFileSync(join(dir, 'email.log'), Buffer.concat(parts));
    const result = await scanResult({ paths: [dir], until: '2026-11-21 10:00' });
    expect(findingOf(result, 'log.input.not-utf8')?.evidence).toMatchObject({ lines: 1 });
    expect(findingOf(result, 'log.input.nul-bytes')?.evidence).toMatchObject({ lines: 1 });
    expect(findingOf(result, 'log.input.huge-line')?.evidence).toMatchObject({ lines: 1 });
    expect((findingOf(result, 'log.connection.failed')?.evidence as { count: number }).count).toBe(3);
    const auth = findingOf(result, 'log.auth.failed')?.evidence as { samples: Array<{ text: string }> };
    expect(auth.samples[0]?.text).toContain('M\u00fcller');
  });

  it('a folder without the three logs is a warning naming them; an empty log file is not an error', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'catalina.out'), 'INFO started\n');
    const empty = await scanResult({ paths: [dir] });
    expect(empty.status).toBe('warn');
    expect(empty.summary).toMatch(/no email\.log/);
    expect(findingOf(empty, 'log.input.no-logs')?.detail).toMatch(/no email\.log, error\.log, service\.log and none of their rotations/);
    writeFileSync(join(dir, 'email.log'), '');
    const r = await scanResult({ paths: [dir] });
    expect(r.status).toBe('pass');
  });
});

describe('byte ranges', () => {
  it('splitting a file into many ranges counts every line exactly once', async () => {
    const dir = tmp();
    const lines: string[] = [];
    for (let i = 0; i < 3000; i += 1)
      lines.push(i % 7 === 0 ? line(21, 10, i % 60, `${REFUSED} i=${i}`) : line(21, 10, i % 60, `routine ${'x'.repeat(i % 90)}`));
    writeFileSync(join(dir, 'email.log'), lines.join(''));
    const sources = [{ label: dir, isDir: true, files: listLogFiles(dir) }];
    const opts = { samples: 3, bucketMs: 3_600_000 };
    const signal = new AbortController().signal;
    const whole = await scanSources(sources, opts, 0, signal);
    for (const segment of [997, 4096, 65536]) {
      const split = await scanSources(sources, opts, 0, signal, segment);
      expect(split.causes['log.connection.failed']?.count, `segment ${segment}`).toBe(whole.causes['log.connection.failed']?.count);
      expect(split.bytes).toBe(whole.bytes);
    }
    expect(whole.causes['log.connection.failed']?.count).toBe(Math.ceil(3000 / 7));
    // The samples are the three newest matching lines, oldest first.
    expect(whole.causes['log.connection.failed']?.samples.map((x) => x.text.split('i=')[1])).toEqual(['2982', '2989', '2996']);
  });
});
