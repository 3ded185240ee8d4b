// The scanner's shortcuts must not change what it counts: stack frames skipped before the automaton, candidate lines
// found in a first pass, and timeline buckets added per run of lines instead of per line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateLines } from '../../../src/logs/scan/candidate-lines.js';
import { yearHint } from '../../../src/logs/scan/canonical-lines.js';
import { RECORD_COUNT, RECORD_HEAD } from '../../../src/logs/scan/first-pass-layout.js';
import { listLogFiles } from '../../../src/logs/scan/files.js';
import { buildLiteralSet } from '../../../src/logs/scan/literal-set.js';
import { stackFrameEnd } from '../../../src/logs/scan/line-prefix.js';
import { matchText } from '../../../src/knowledge/match.js';
import type { CauseId } from '../../../src/knowledge/index.js';
import type { TextMatcher } from '../../../src/knowledge/types.js';
import { buildClassifier } from '../../../src/logs/scan/classifier.js';
import { createFirstPass } from '../../../src/logs/scan/first-pass.js';
import { recordInto } from '../../../src/logs/scan/record.js';
import { regionState, scanRegion } from '../../../src/logs/scan/scan-region.js';
import { scanSources } from '../../../src/logs/scan/scan.js';
import { emptyPart, emptyStats, mergeStats, settleRun } from '../../../src/logs/scan/stats.js';

const HOUR = 3_600_000;

function scanText(text: string, name = 'error.log') {
  const dir = mkdtempSync(join(tmpdir(), 'md-logs-fast-'));
  writeFileSync(join(dir, name), text);
  return scanSources([{ label: dir, isDir: true, files: listLogFiles(dir) }], { samples: 3, bucketMs: HOUR }, 0, new AbortController().signal);
}

describe('stack frames', () => {
  it('finds the end of a frame line and refuses lines that only look like one', () => {
    const b = Buffer.from('\tat com.x.Connection.refused(X.java:1)\n  at y.Z(Z.java:2)\r\n  atom Connection refused\n\tat \n');
    expect(stackFrameEnd(b, 0, b.length)).toBe(b.indexOf(10));
    const second = b.indexOf(10) + 1;
    expect(stackFrameEnd(b, second, b.length)).toBe(b.indexOf(10, second));
    const third = b.indexOf(10, second) + 1;
    expect(stackFrameEnd(b, third, b.length)).toBe(-1);
    const last = b.indexOf(10, third) + 1;
    expect(stackFrameEnd(b, last, b.length)).toBe(-1);
    const open = Buffer.from('\tat com.x.Y(Y.java:1)');
    expect(stackFrameEnd(open, 0, open.length)).toBe(open.length);
  });

  it('never classifies a frame, even one naming a rule word, but still classifies indented messages around frames', async () => {
    const text = [
      '2026-11-21 10:00:00,000 ERROR [main] c.x.Reader - Connection refused by smtp.office365.com:587',
      '\tat com.example.Retry.on(Connection refused by smtp.office365.com)',
      '\tat com.example.TokenService.refresh(Token expired for support@company.com)',
      '  Caused by: Connection refused (Connection refused)',
      '    at com.example.SmtpSender.send(Connection refused)',
      '   atypical line: Connection refused again',
      '\tat com.example.Last.frame(Connection refused)',
    ].join('\n');
    const r = await scanText(text);
    expect(r.causes['log.connection.failed']?.count).toBe(3);
    expect(r.causes['log.oauth.failed']).toBeUndefined();
    const samples = r.causes['log.connection.failed']?.samples.map((s) => s.text.trim()) ?? [];
    expect(samples.some((s) => s.startsWith('Caused by'))).toBe(true);
    expect(samples.some((s) => s.startsWith('atypical'))).toBe(true);
  });
});

describe('timeline buckets', () => {
  it('counts lines per bucket when buckets change back and forth', async () => {
    const at = (hh: number, mm: number) => `2026-11-21 ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00,000 ERROR [m] c.x - Connection refused`;
    const r = await scanText([at(10, 0), at(10, 5), at(11, 0), at(10, 30), at(12, 0), at(12, 1), at(12, 2)].join('\n') + '\n');
    const s = r.causes['log.connection.failed'];
    const b = (hh: number) => Math.floor(new Date(2026, 10, 21, hh).getTime() / HOUR);
    expect(s?.buckets).toEqual({ [b(10)]: 3, [b(11)]: 1, [b(12)]: 3 });
    expect(s?.count).toBe(7);
  });

  it('settles a pending run before merging, on either side', () => {
    const part = emptyPart(0, 'f', 'error');
    const opts = { samples: 0, bucketMs: HOUR };
    const a = emptyStats();
    const c = emptyStats();
    for (const t of [5 * HOUR, 5 * HOUR + 1, 6 * HOUR]) recordInto(a, part, opts, t, 'x', 0, undefined, 0);
    for (const t of [6 * HOUR, 6 * HOUR + 2]) recordInto(c, part, opts, t, 'x', 0, undefined, 0);
    expect(a.buckets).toEqual({ 5: 2 });
    mergeStats(a, c, 0);
    expect(a.buckets).toEqual({ 5: 2, 6: 3 });
    settleRun(a);
    expect(a.buckets).toEqual({ 5: 2, 6: 3 });
  });
});

/** Log4j lines, one a minute, from `thread logger` with these messages. */
function logLines(bodies: string[], threadAndLogger: string): string[] {
  return bodies.map((b, i) => `2026-11-21 10:${String(i).padStart(2, '0')}:00,000 INFO  ${threadAndLogger} - ${b}`);
}

/** Per cause, how many of `lines` the knowledge base's own matching ranks first: what the scanner must count. */
function expectedCounts(lines: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of lines) {
    const top = matchText(line)[0];
    if (top) out[top.cause] = (out[top.cause] ?? 0) + 1;
  }
  return out;
}

function counts(causes: Record<string, { count: number }>): Record<string, number> {
  return Object.fromEntries(Object.entries(causes).map(([cause, stats]) => [cause, stats.count]));
}

describe('proven lines', () => {
  it('counts a line the automaton proves exactly as the regexes would, and leaves the rest to them', async () => {
    const bodies = [
      'Email polling job started for support@company.com',
      'Email polling job failed: mailbox locked',
      'Fetching emails from mailbox support@company.com',
      'Prefetching emails for the cache',
      'Incoming mail received successfully',
      'Incoming mail received successfully, but SEND_FAILED for the reply',
      'Email Sent Successfully to=a@b.c',
      'EMAIL   polling\tjob started',
      'Conversation is created for request: Printer not working',
      'Conversation is created for request: ',
      'Conversation is created for request:\u00a0x',
      'Conversation is created for request: \u2028',
      'Conversation is created for request: x, but Outgoing failed: Mail server connection failed',
    ];
    const lines = logLines(bodies, '[QuartzScheduler_Worker-1] c.m.s.scheduler.EmailPollingJob');
    const r = await scanText(`${lines.join('\n')}\n`, 'service.log');
    const got = counts(r.causes);
    expect(got).toEqual(expectedCounts(lines));
    expect(got['log.polling.fired']).toBeGreaterThanOrEqual(3);
    expect(r.causes['log.polling.fired']?.samples.map((x) => x.text)).toContain(lines[7]);
  });
});

describe('proven lines ending in an id', () => {
  it('counts "Request has been created With Id = <id>" without its regex only where the regex would match too', async () => {
    const bodies = [
      'Request has been created With Id = INC-2',
      'request HAS been created with id =\t\t9',
      'Request has been created With Id = -7',
      'Request has been created With Id =INC-3',
      'Service Request has been created With Id = SR-5',
      'Service    Request has been created With Id = SR-6',
      'Service\u2003Request has been created With Id = SR-7',
      '\u017fervice Request has been created With Id = SR-8',
      'Request has been created With Id = INC-4 after Service Request has been created With Id = SR-9',
      'Request has been created With Id = INC-5 \u2014 from the portal',
      'ServiceRequest has been created With Id = INC-6',
    ];
    const lines = logLines(bodies, '[EmailProcessor-1] c.m.s.email.EmailAuditService');
    const r = await scanText(`${lines.join('\n')}\n`, 'email.log');
    const got = counts(r.causes);
    const expected = expectedCounts(lines);
    // The rule's lookbehind rules out "Service" joined by a Unicode space or spelt with U+017F; no proof may count those
    // lines as this rule. (That the other rule misses them is the phrase triggers' documented ASCII-space limit.)
    expect(got['audit.incoming.request-created']).toBe(expected['audit.incoming.request-created']);
    expect(got['audit.incoming.request-created']).toBe(4);
    expect(got['audit.incoming.service-request-created']).toBe((expected['audit.incoming.service-request-created'] ?? 0) - 2);
  });
});

describe('veto texts', () => {
  it("withdraw a proof where the rule's lookbehind would refuse the line, even when no other rule claims it", () => {
    const matcher: TextMatcher<CauseId> = {
      id: 'test.veto',
      cause: 'log.polling.fired',
      kind: 'log',
      pattern: /(?<!Old\s{1,3})Conversation\s+is\s+created:\s+(?<name>.+)/iu,
      specificity: 5,
      severity: 'info',
      example: 'Conversation is created: x',
    };
    const cls = buildClassifier(undefined, [matcher]);
    const prefix = '2026-11-21 10:00:00,000 INFO  [EmailProcessor-1] c.m.s.email.EmailAuditService - ';
    const bodies = ['Old Conversation is created: x', 'Conversation is created: y', 'Old    Conversation is created: z', 'old\tCONVERSATION is created: w'];
    const text = Buffer.from(bodies.map((b) => `${prefix}${b}\n`).join(''));
    const part = emptyPart(0, 'email.log', 'email');
    const pass = createFirstPass(cls.literals);
    text.copy(pass.buffer);
    scanRegion(regionState(cls, { samples: 3, bucketMs: HOUR }, part, pass, yearHint(Date.now())), pass.buffer, 0, text.length, 0);
    expect(part.causes['log.polling.fired']?.count).toBe(bodies.filter((b) => matcher.pattern.test(b)).length);
    expect(part.causes['log.polling.fired']?.count).toBe(2);
  });
});

describe('lines that are not UTF-8', () => {
  it('are left to the regexes: read as Latin-1, the bytes C2 A0 are not the no-break space the automaton takes them for', async () => {
    const prefix = '2026-11-21 10:00:00,000 INFO  [EmailProcessor-1] c.m.s.email.EmailAuditService - ';
    const text = Buffer.concat([
      Buffer.from(`${prefix}Incoming mail\u00a0received successfully\n`),
      Buffer.from(prefix),
      Buffer.from([
        0x49, 0x6e, 0x63, 0x6f, 0x6d, 0x69, 0x6e, 0x67, 0x20, 0x6d, 0x61, 0x69, 0x6c, 0xc2, 0xa0, 0x72, 0x65, 0x63, 0x65, 0x69, 0x76, 0x65, 0x64, 0x20,
      ]),
      Buffer.from('successfully \xff\n', 'latin1'),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'md-logs-latin1-'));
    writeFileSync(join(dir, 'email.log'), text);
    const r = await scanSources([{ label: dir, isDir: true, files: listLogFiles(dir) }], { samples: 3, bucketMs: HOUR }, 0, new AbortController().signal);
    expect(r.files[0]?.input.notUtf8).toBe(1);
    expect(r.causes['audit.incoming.received']?.count).toBe(1);
  });
});

describe('candidate lines', () => {
  const records = (lines: CandidateLines) => {
    const out: Array<{ start: number; end: number; states: number }> = [];
    for (const { ev, w } of lines.lanes.slice(0, lines.used)) {
      for (let k = 0; k < w; k += RECORD_HEAD + (ev[k + RECORD_COUNT] as number))
        out.push({ start: ev[k] as number, end: ev[k + 1] as number, states: ev[k + RECORD_COUNT] as number });
    }
    return out;
  };

  it('reads a large block in four lanes side by side and finds exactly what one lane finds line block by line block', () => {
    const set = buildLiteralSet(['refused', 'token', 'mail received successfully']);
    const kinds = [
      (n: number) => `2026-11-21 10:00:${String(n % 60).padStart(2, '0')},000 INFO  [T-${n}] c.x.Y - routine line ${n}`,
      (n: number) => `2026-11-21 10:00:00,000 ERROR [main] c.x.Reader - Connection refused ${n} times, token kept`,
      (n: number) => `\tat com.x.Connection.refused(X.java:${n})`,
      (n: number) => `Caused by: refused ${n}`,
      (n: number) => `2026-11-21 10:00:00,000 INFO  [EmailProcessor-1] c.m.s.E - Incoming Mail  Received\tSuccessfully #${n}`,
      () => '',
    ];
    const parts: string[] = [];
    for (let n = 0; n < 9000; n += 1) parts.push((kinds[(n * 7 + (n >> 3)) % kinds.length] as (n: number) => string)(n));
    const text = `${parts.join('\n')}\nlast line without newline, refused`;
    const buf = Buffer.from(text);
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
    const lines = new CandidateLines();
    lines.find(set, buf, bytes, 0, buf.length, false);
    expect(lines.used).toBe(4);
    const side = records(lines);
    const expected: Array<{ start: number; end: number; states: number }> = [];
    for (let from = 0; from < buf.length;) {
      const nl = buf.indexOf(10, Math.min(from + 16_000, buf.length - 1));
      const to = nl < 0 ? buf.length : nl + 1;
      lines.find(set, buf, bytes, from, to, false);
      expect(lines.used).toBe(1);
      expected.push(...records(lines));
      from = to;
    }
    expect(side.length).toBeGreaterThan(4000);
    expect(side).toEqual(expected);
  });

  it('records only lines with a literal after their prefix, skipping frames, up to a last line without newline', () => {
    const set = buildLiteralSet(['refused', 'token']);
    const text = [
      '2026-11-21 10:00:00,000 INFO  [TokenRefresher-1] c.x.TokenService - nothing to see',
      '2026-11-21 10:00:01,000 ERROR [main] c.x.Reader - Connection refused, token kept',
      '\tat com.x.Connection.refused(X.java:1)',
      'Caused by: refused',
    ].join('\n');
    const buf = Buffer.from(text);
    const lines = new CandidateLines();
    lines.find(set, buf, new Uint8Array(buf.buffer, buf.byteOffset, buf.length), 0, buf.length, false);
    const second = text.indexOf('2026-11-21 10:00:01');
    const last = text.indexOf('Caused by');
    expect(records(lines)).toEqual([
      { start: second, end: text.indexOf('\n', second), states: 2 },
      { start: last, end: text.length, states: 1 },
    ]);
    lines.find(set, buf, new Uint8Array(buf.buffer, buf.byteOffset, buf.length), 0, buf.length, true);
    expect(records(lines).map((r) => r.start)).toEqual([0, second, last]);
  });
});
