// The redaction step by shape: every corpus shape masked and counted, ordinary lines untouched, random lines with random secrets.
import { describe, expect, it } from 'vitest';
import { redact, redactCounting } from '../../src/core/redact.js';
import { redactReport } from '../../src/core/redact-report.js';
import { buildReport } from '../../src/core/report.js';
import { runChecks } from '../../src/core/runner.js';
import { Transcript } from '../../src/core/transcript.js';
import type { Check } from '../../src/core/types.js';
import { resolveFinding } from '../../src/core/finding.js';
import { CAUSES } from '../../src/knowledge/index.js';
import { seededRandom as rng } from '../../bench/seeded-random.js';
import { LEAK_SHAPES, ORDINARY_LINES, PLANTED_USER, forbiddenForms, plantedSecret } from '../helpers/leak-corpus.js';

const WORDS = [
  'ERROR',
  'INFO',
  'WARN',
  '[emailjob-1]',
  'c.f.m.EmailFetcher',
  '-',
  'Outgoing',
  'failed:',
  'mailbox',
  'support@example.com',
  'connect',
  'timed',
  'out',
  'after',
  '30000',
  'ms',
  '(IMAPStore.java:732)',
  'host=imap.example.com',
  'port=993',
  'user=support',
  'retry',
  '2026-11-21',
  '10:15:32,123',
  'status=SEND_FAILED',
  '{',
  '}',
  '"',
  ':',
  ',',
  'for',
  'the',
];
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-!#$*+/=?^';

function randomSecret(next: () => number, avoid: RegExp | undefined): string {
  for (;;) {
    const len = 8 + Math.floor(next() * 24);
    let s = '';
    for (let i = 0; i < len; i += 1) s += SECRET_CHARS[Math.floor(next() * SECRET_CHARS.length)];
    if (!/[A-Za-z0-9]{3}/.test(s)) continue;
    if (!avoid || !avoid.test(s)) return s;
  }
}

function randomLine(next: () => number): string[] {
  const n = Math.floor(next() * 12);
  return Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)] as string);
}

describe('redaction by shape', () => {
  it(`masks and counts each of the ${LEAK_SHAPES.length} corpus shapes`, () => {
    expect(LEAK_SHAPES.length).toBeGreaterThanOrEqual(40);
    LEAK_SHAPES.forEach((shape, i) => {
      const secret = plantedSecret(shape, i);
      const count = { n: 0 };
      const out = redactCounting(`2026-11-21 10:15:32,123 ERROR [emailjob-1] ${shape.plant(secret, PLANTED_USER)} case${i}`, count);
      for (const form of forbiddenForms(shape, secret, PLANTED_USER)) expect(out, `${shape.id}: ${out}`).not.toContain(form);
      expect(count.n, shape.id).toBeGreaterThanOrEqual(1);
      expect(out, shape.id).toContain(`case${i}`);
      expect(out, shape.id).toContain('***');
    });
  });

  it('keeps the key name, the user and the scheme', () => {
    expect(redact('mail.smtp.password=abc123')).toBe('mail.smtp.password=***');
    expect(redact('imaps://support%40example.com:abc123@imap.example.com')).toBe('imaps://support%40example.com:***@imap.example.com');
    expect(redact('Authorization: Basic dXNlcjpwYXNz')).toBe('Authorization: Basic ***');
    expect(redact('{"client_secret": "abc123", "client_id": "id"}')).toBe('{"client_secret": "***", "client_id": "id"}');
  });

  it('masks a value with backslash escapes whole, and stops at an escaped quote or line break of an embedded string', () => {
    expect(redact('password=ab\\cd rest')).toBe('password=*** rest');
    expect(redact('mail.smtp.password=Hunter2\\=x\\:y\\\\z done')).toBe('mail.smtp.password=*** done');
    expect(redact('token=ab\\/cd\\u00e9f end')).toBe('token=*** end');
    expect(redact('{\\"password\\":\\"s3cret\\",\\"user\\":1}')).toBe('{\\"password\\":\\"***\\",\\"user\\":1}');
    expect(redact('password=abc\\u0026user=bob')).toBe('password=***\\u0026user=bob');
    expect(redact('password=abc\\nnext line')).toBe('password=***\\nnext line');
  });

  it('masks a token-shaped word after Bearer whatever follows it, and leaves Bearer prose alone', () => {
    const token = 'Ab12cd34EF56gh78Zq';
    for (const line of [
      `got Bearer ${token}: rejected`,
      `header <Bearer ${token}>`,
      `"Bearer ${token}"`,
      `Bearer '${token}'`,
      `Bearer ${token}!`,
      `"Authorization header was Bearer ${token}\\n"`,
      `bearer=${token}`,
      `Bearer: ${token}`,
      `Bearer abcdefghijklmnoPqrs#x`,
      'Bearer abc%2Bdef0123456789xyz%3D',
    ]) {
      const out = redact(line);
      expect(out, line).toMatch(/Bearer[:=]? ?["']?\*\*\*/i);
      expect(out, line).not.toMatch(/Ab12cd|Pqrs|0123456789/);
    }
    for (const prose of [
      'Bearer token expired',
      'The Bearer token was rejected: expired',
      'Bearer Authentication is required',
      'uses Bearer Authentication.',
      'Bearer tokens: 3 refreshed',
      'Bearer authentication-required: yes',
      'Bearer Xyzzyplughtwistyabc!',
      'token_type=Bearer&expires_in=3599',
    ]) {
      expect(redact(prose)).toBe(prose);
    }
  });

  it(`leaves each of the ${ORDINARY_LINES.length} ordinary lines exactly as it is`, () => {
    const changed = ORDINARY_LINES.filter((line) => redact(line) !== line).map((line) => `${line} -> ${redact(line)}`);
    expect(changed).toEqual([]);
  });

  it('leaves every title, explanation and fix of the knowledge base as it is', () => {
    const changed: string[] = [];
    for (const id of Object.keys(CAUSES)) {
      const f = resolveFinding({ cause: id as keyof typeof CAUSES, detail: '' });
      for (const text of [f.title, f.explanation, f.reference, ...f.fixes.flatMap((x) => [x.text, ...(x.commands ?? [])])]) {
        if (redact(text) !== text) changed.push(`${id}: ${text} -> ${redact(text)}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it('property: a random secret in a random shape inside a random line never survives (2000 lines)', () => {
    const next = rng(0x5eed);
    for (let k = 0; k < 2000; k += 1) {
      const shape = LEAK_SHAPES[Math.floor(next() * LEAK_SHAPES.length)]!;
      let secret = randomSecret(next, shape.avoid);
      if (shape.avoidLength && Buffer.byteLength(secret) % shape.avoidLength === 0) secret += 'q';
      const before = randomLine(next).join(' ');
      const after = randomLine(next).join(' ');
      const line = `${before} ${shape.plant(secret, PLANTED_USER)} ${after}`;
      const out = redact(line);
      for (const form of forbiddenForms(shape, secret, PLANTED_USER)) expect(out, `seed case ${k} ${shape.id}: ${line}`).not.toContain(form);
      expect(redact(out), `case ${k}: redacting twice changes nothing`).toBe(out);
    }
  });

  it('property: random ordinary lines without a shape come out unchanged', () => {
    const next = rng(0xbeef);
    for (let k = 0; k < 2000; k += 1) {
      const line = randomLine(next).join(' ');
      expect(redact(line)).toBe(line);
    }
  });
});

describe('redactReport', () => {
  it('masks every string of a report once and says how many secrets it masked, per result and finding', () => {
    const report = buildReport({
      command: 'logs /tmp',
      startedAt: new Date(),
      failOn: 'fail',
      results: [
        {
          id: 'logs',
          key: 'logs /tmp',
          title: 'Log scan',
          target: 'https://support:abc123@example.com',
          status: 'fail',
          durationMs: 1,
          summary: 'password=abc123',
          findings: [{ ...resolveFinding({ cause: 'log.input.unreadable', detail: 'token=t0k3n and Bearer xyz.abc.123' }) }],
          evidence: { samples: ['PASS abc123'], 'password=abc123': 1 },
        },
      ],
    });
    const json = JSON.stringify(report);
    expect(json).not.toContain('abc123');
    expect(json).not.toContain('t0k3n');
    const r = report.results[0]!;
    expect(r.findings[0]!.evidence.redacted).toBe(2);
    expect(r.evidence.redacted).toBe(6);
    expect(redactReport(report)).toBe(report);
  });

  it("counts the masks made as a transcript line was recorded in the result's redacted: N, when the transcript is shown", async () => {
    const dialogue: Check = {
      id: 'pop3',
      key: 'pop3 echo',
      title: 'POP3',
      target: '127.0.0.1:110',
      async run() {
        const t = new Transcript();
        t.add('>', 'USER alice');
        t.add('>', 'PASS hunter2-Lk', { secret: true });
        t.add('<', '-ERR you sent PASS hunter2-Lk');
        t.add('>', 'a1 LOGIN alice ***', { masked: 1 });
        return { summary: 'refused', findings: [], evidence: { server: 'echo' }, ...t.outcome() };
      },
    };
    const [shown] = await runChecks([dialogue], { verbose: true });
    expect(JSON.stringify(shown?.transcript)).not.toContain('hunter2');
    expect(shown?.evidence.redacted).toBe(3);
    const report = buildReport({ command: 'pop3', startedAt: new Date(), failOn: 'fail', results: [shown!] });
    expect(report.results[0]?.evidence.redacted).toBe(3);
    const [hidden] = await runChecks([dialogue]);
    expect(hidden?.transcript).toBeUndefined();
    expect(hidden?.evidence.redacted).toBeUndefined();
  });
});
