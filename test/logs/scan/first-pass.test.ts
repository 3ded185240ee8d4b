// The WebAssembly first pass must find exactly the candidate lines the JavaScript pass finds, on any bytes.
import { describe, expect, it } from 'vitest';
import { buildClassifier } from '../../../src/logs/scan/classifier.js';
import { NO_STAMP, RECORD_COUNT, RECORD_HEAD, RECORD_STAMP } from '../../../src/logs/scan/first-pass-layout.js';
import { lineTime, stampMs } from '../../../src/logs/scan/timestamp.js';
import { createFirstPass, wasmFirstPassAvailable, type FirstPass } from '../../../src/logs/scan/first-pass.js';
import { buildLiteralSet, type LiteralSet } from '../../../src/logs/scan/literal-set.js';
import { CHUNK } from '../../../src/logs/scan/options.js';
import { yearHint } from '../../../src/logs/scan/canonical-lines.js';
import { regionState, scanRegion } from '../../../src/logs/scan/scan-region.js';
import { emptyPart, type ScanPart } from '../../../src/logs/scan/stats.js';
import { random } from '../helpers.js';

const PIECES = [
  '2026-11-21 10:15:32,123 INFO  [EmailProcessor-1] c.m.s.email.EmailAuditService - Incoming mail received successfully',
  '2026-11-21 10:15:33,001 ERROR [EmailFetchJob-2] c.m.s.email.ImapEmailReader - A1 NO AUTHENTICATE failed.',
  '2026-11-21 10:15:34,999 WARN  [pool-1-thread-3] c.x.Y - javax.net.ssl.SSLHandshakeException: PKIX path building failed',
  '\tat com.sun.mail.imap.IMAPStore.protocolConnect(IMAPStore.java:732)',
  '    at org.example.Fetch.run(Fetch.java:12)\r',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '2026-11-21T10:15:35.123Z DEBUG [main] logger-without-separator message with token and 535',
  '2026-11-21 10:15:36,000 INFO [thread with spaces] c.x.Y - Email   Sent\tSuccessfully to=a@b.c',
  '2026-11-21 10:15:37,000 [no level] AADSTS700082: The refresh token has expired',
  'status=SEND_FAILED Outgoing failed: Mail server connection failed',
  '',
  '\t',
  'at notaframe',
  '\u00e9\u00e8 non-ascii caf\u00e9 RECEIVED_IGNORED',
  '2026-11-21 10:16:00,500 INFO  [EmailFetchJob-1] c.m.s.email.ImapEmailReader - Fetching emails from mailbox support@company.com',
  '2026-11-21 10:16:01,000 INFO  [QuartzScheduler_Worker-2] c.m.s.scheduler.EmailPollingJob - Email polling job started for a@b.c',
  '2026-11-21 10:16:02,000 INFO  [EmailProcessor-1] c.m.s.email.EmailAuditService - Conversation is created for request: VPN access',
  '2026-11-21 10:16:03,000 INFO  [EmailProcessor-1] c.m.s.email.EmailAuditService - Conversation is created for request: ',
  '2026-11-21 10:16:04,000Z INFO  [EmailProcessor-1] c.m.s.E - Email Sent Successfully to=x@y.z',
  '2026-11-21T10:16:05.250+02:00 INFO  [EmailProcessor-1] c.m.s.E - Incoming mail received successfully',
  '[2026-11-21 10:16:06,007] INFO [x] c.m.s.E - Incoming\u00a0mail received successfully',
  '2026-11-21 10:16:07,12 INFO  [x] c.m.s.E - Email Sent Successfully',
  '2026-13-21 10:16:08,000 INFO  [x] c.m.s.E - Email Sent Successfully',
  '2026-11-21 10:16:09,000 INFO  [x] c.m.s.E - Email polling job failed: mailbox locked',
];

function randomText(seed: number, lines: number): Buffer {
  const next = random(seed);
  const parts: Buffer[] = [];
  for (let n = 0; n < lines; n += 1) {
    const r = next();
    if (r < 0.02) parts.push(Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a]));
    else if (r < 0.03) parts.push(Buffer.from(`${'x'.repeat(Math.floor(next() * 3000))} refused\n`));
    else {
      const piece = PIECES[Math.floor(next() * PIECES.length)] as string;
      const cut = next() < 0.05 ? Math.floor(next() * piece.length) : piece.length;
      parts.push(Buffer.from(`${piece.slice(0, cut)}\n`));
    }
  }
  return Buffer.concat(parts);
}

/** Every candidate record the pass found, as `start:end:states...`. */
function found(pass: FirstPass): string[] {
  const out: string[] = [];
  for (const { ev, w } of pass.lanes.slice(0, pass.used)) {
    for (let k = 0; k < w; k += RECORD_HEAD + (ev[k + RECORD_COUNT] as number))
      out.push(Array.from(ev.subarray(k, k + RECORD_HEAD + (ev[k + RECORD_COUNT] as number))).join(':'));
  }
  return out;
}

/** Copies `text` into the pass's line buffer a block of whole lines (up to 1 MiB) at a time; calls `each` with the block's length and offset. */
function forEachBlock(pass: FirstPass, text: Buffer, each: (n: number, from: number) => void): void {
  for (let from = 0; from < text.length;) {
    let to = Math.min(from + (1 << 20), text.length);
    const nl = text.lastIndexOf(10, to - 1);
    if (to < text.length && nl >= from) to = nl + 1;
    text.copy(pass.buffer, 0, from, to);
    each(to - from, from);
    from = to;
  }
}

/** Copies `text` into the pass's own line buffer block by block and collects what it finds. */
function scan(pass: FirstPass, set: LiteralSet, text: Buffer, block: number, everyLine: boolean): { records: string[]; huge: number; lanes: number } {
  const records: string[] = [];
  let huge = 0;
  let lanes = 0;
  for (let from = 0; from < text.length;) {
    let to = Math.min(from + block, text.length);
    const nl = text.lastIndexOf(10, to - 1);
    if (to < text.length && nl >= from) to = nl + 1;
    const n = to - from;
    text.copy(pass.buffer, 0, from, to);
    pass.find(set, pass.buffer, new Uint8Array(pass.buffer.buffer, pass.buffer.byteOffset, n), 0, n, everyLine);
    records.push(...found(pass).map((r) => `${from}+${r}`));
    huge += pass.huge;
    lanes = Math.max(lanes, pass.used);
    from = to;
  }
  return { records, huge, lanes };
}

describe('first pass in WebAssembly', () => {
  it('is built (npm run build compiles wasm/first-pass.ts into dist/logs/scan/first-pass.wasm)', () => {
    expect(wasmFirstPassAvailable()).toBe(true);
  });

  it('finds the same candidate lines as the JavaScript pass on random log text, in one lane and in four', () => {
    const set = buildClassifier().literals;
    const wasm = createFirstPass(set);
    const js = createFirstPass(set, true);
    expect(wasm.constructor).not.toBe(js.constructor);
    for (const [seed, lines, block] of [
      [1, 4000, 1 << 20],
      [2, 30000, 1 << 20],
      [3, 30000, 70 * 1024],
      [4, 2000, 4096],
    ] as const) {
      for (const everyLine of [false, true]) {
        const text = randomText(seed, lines);
        const a = scan(wasm, set, text, block, everyLine);
        const b = scan(js, set, text, block, everyLine);
        expect(a.records.length, `seed ${seed}`).toBeGreaterThan(50);
        expect(a, `seed ${seed} everyLine ${everyLine}`).toEqual(b);
        if (block >= 70 * 1024) expect(a.lanes).toBe(4);
      }
    }
  });

  it("reads each line's time as lineTime does, local or with a zone, and writes one for every plain local timestamp", () => {
    const set = buildClassifier().literals;
    const text = randomText(21, 20000);
    for (const pass of [createFirstPass(set), createFirstPass(set, true)]) {
      let stamped = 0;
      let plain = 0;
      forEachBlock(pass, text, (n) => {
        pass.find(set, pass.buffer, new Uint8Array(pass.buffer.buffer, pass.buffer.byteOffset, n), 0, n, true);
        for (const { ev, w } of pass.lanes.slice(0, pass.used)) {
          for (let k = 0; k < w; k += RECORD_HEAD + (ev[k + RECORD_COUNT] as number)) {
            const s = ev[k] as number;
            const e = ev[k + 1] as number;
            const end = e > s && pass.buffer[e - 1] === 13 ? e - 1 : e;
            const line = pass.buffer.toString('latin1', s, end);
            const key = ev[k + RECORD_STAMP] as number;
            if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}(?![\dZ+-])/.test(line) && !line.startsWith('2026-13')) {
              plain += 1;
              expect(key, line).not.toBe(NO_STAMP);
            }
            const time = stampMs(key, ev[k + RECORD_STAMP + 1] as number);
            expect(time, line).toBe(lineTime(pass.buffer, s, end));
            if (key !== NO_STAMP) stamped += 1;
          }
        }
      });
      expect(plain).toBeGreaterThan(5000);
      expect(stamped).toBeGreaterThanOrEqual(plain);
    }
  });

  it('keeps no record of a line whose literals cannot decide it (a candidate whose guard is absent), in both passes', () => {
    const set = buildClassifier().literals;
    const text = Buffer.from(
      [
        '2026-11-21 10:15:33,001 ERROR [Worker-1] c.x.Y - Job failed with exception',
        '2026-11-21 10:15:33,002 ERROR [Worker-1] c.x.Y - Mail polling job failed with exception',
        '2026-11-21 10:15:33,003 INFO  [Worker-1] c.x.Y - Job completed',
      ].join('\n') + '\n',
    );
    for (const pass of [createFirstPass(set), createFirstPass(set, true)]) {
      const starts = scan(pass, set, text, 1 << 20, false).records.map((r) => Number(r.split(/[+:]/)[1]));
      expect(starts).toEqual([text.indexOf('2026-11-21 10:15:33,002')]);
      expect(scan(pass, set, text, 1 << 20, true).records).toHaveLength(3);
    }
  });

  it('classifies every line as it would if every literal kept its line', () => {
    const cls = buildClassifier();
    const everyLiteral = { ...cls, literals: buildLiteralSet(cls.literals.literals) };
    expect(everyLiteral.literals.outputs).toEqual(cls.literals.outputs);
    const text = Buffer.concat([randomText(31, 30000), Buffer.from('2026-11-21 10:16:10,000 ERROR [w] c.x.Y - Job failed with exception\n')]);
    const scanWith = (c: typeof cls): { part: ScanPart; records: number } => {
      const pass = createFirstPass(c.literals);
      const part = emptyPart(0, 'email.log', 'email');
      const st = regionState(c, { samples: 3, bucketMs: 3_600_000 }, part, pass, yearHint(Date.now()));
      let records = 0;
      forEachBlock(pass, text, (n, from) => {
        scanRegion(st, pass.buffer, 0, n, from);
        records += found(pass).length;
      });
      return { part, records };
    };
    const kept = scanWith(cls);
    const all = scanWith(everyLiteral);
    expect(kept.records).toBeLessThan(all.records);
    expect(Object.keys(kept.part.causes).length).toBeGreaterThan(5);
    expect(kept.part).toEqual(all.part);
  });

  it('counts a line longer than the limit as huge, and falls back to JavaScript when a lane has more events than its area holds', () => {
    const set = buildLiteralSet(['a']);
    const wasm = createFirstPass(set);
    const js = createFirstPass(set, true);
    const dense = Buffer.from(`${'a'.repeat(Math.floor(CHUNK / 2) - 1)}\n`);
    expect(scan(wasm, set, dense, CHUNK, false)).toEqual(scan(js, set, dense, CHUNK, false));
    const long = Buffer.from(`${'b'.repeat((1 << 20) + 10)}\nline a\n`);
    const result = scan(wasm, set, long, CHUNK, false);
    expect(result.huge).toBe(1);
    expect(result).toEqual(scan(js, set, long, CHUNK, false));
  });

  it('says when an automaton outgrows the room made for another, and still scans it right (in JavaScript)', () => {
    const small = buildLiteralSet(['refused']);
    const big = buildClassifier().literals;
    const pass = createFirstPass(small);
    expect(pass.suits(small)).toBe(true);
    expect(pass.suits(big)).toBe(false);
    expect(createFirstPass(big).suits(small)).toBe(true);
    const text = randomText(7, 3000);
    expect(scan(pass, big, text, 1 << 20, false)).toEqual(scan(createFirstPass(big, true), big, text, 1 << 20, false));
  });

  it('gives whole scans the same tallies, samples and time window as the JavaScript pass', () => {
    const cls = buildClassifier();
    const scanWith = (pass: FirstPass, text: Buffer, samples: number): ScanPart => {
      const part = emptyPart(0, 'email.log', 'email');
      const st = regionState(cls, { samples, bucketMs: 3_600_000, until: new Date(2026, 10, 21, 10, 16, 5).getTime() }, part, pass, yearHint(Date.now()));
      forEachBlock(pass, text, (n, from) => scanRegion(st, pass.buffer, 0, n, from));
      return part;
    };
    const wasm = createFirstPass(cls.literals);
    const js = createFirstPass(cls.literals, true);
    for (const seed of [11, 12, 13]) {
      const text = randomText(seed, 40000);
      for (const samples of [0, 3]) {
        const a = scanWith(wasm, text, samples);
        const b = scanWith(js, text, samples);
        expect(Object.keys(a.causes).length).toBeGreaterThan(5);
        expect(a.outOfWindow).toBeGreaterThan(0);
        expect(a).toEqual(b);
      }
    }
  });
});
