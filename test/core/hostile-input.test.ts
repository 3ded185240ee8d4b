// Hostile input for every parser: each ends with exit 2 and one clear line, or a finding, in bounded time and memory.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTable, runChild, type CaseRow } from '../helpers/child-cli.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
/** Generous bounds (every case takes well under 3 s and 150 MB here): at least 5x margin on a loaded machine. */
const MAX_MS = 20_000;
const MAX_RSS_MB = 300;
const NOBODY = 65534;

let dir: string;
let socketServer: Server;
const rows: CaseRow[] = [];

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** Every command that parses a named input, with how it is called on a file and what each kind of content looks like to it. */
interface Parser {
  name: string;
  args: (file: string) => string[];
  /** Ordinary content of this parser's kind, to be re-encoded as UTF-16 and Latin-1. */
  sample: string;
  /** What a UTF-16 or Latin-1 copy of the sample must show in the JSON: the accented text, decoded. */
  decoded?: RegExp;
}

const LOG = '2026-11-21 10:15:32,123 ERROR [emailjob-1] c.f.m.EmailSender - Outgoing failed: Connexion refusée: Connection refused to smtp.example.com:587\n';
const PARSERS: Parser[] = [
  { name: 'logs', args: (f) => ['logs', f, '--workers', '1'], sample: LOG, decoded: /Connexion refusée/ },
  {
    name: 'threaddump',
    args: (f) => ['threaddump', f],
    sample: readFileSync(join(FIXTURES, 'threaddump', 'email-blocked.jstack.txt'), 'utf8').replaceAll('ticket-sync', 'ticket-sync-é'),
    decoded: /ticket-sync-é/,
  },
  {
    name: 'audit',
    args: (f) => ['audit', f],
    sample:
      'Event Time,Email Server,From,Subject,Status,Message\r\n2026-11-21 10:00:00,smtp-1,andré@example.org,Réunion,SEND_FAILED,Outgoing failed: Connexion refusée\r\n',
    decoded: /Connexion refusée/,
  },
  {
    name: 'eml',
    args: (f) => ['eml', f],
    sample: 'From: André <andre@example.org>\r\nTo: support@example.com\r\nSubject: Réunion\r\nMessage-ID: <a@b>\r\n\r\nbonjour\r\n',
    decoded: /Réunion/,
  },
  {
    name: 'config lint',
    args: (f) => ['config', 'lint', f],
    sample: 'client_id=abc\nclient_secret=Zx8Q~é1\nclient_secret=Zx8Q~é2\ntenant=contoso\n',
    decoded: /"cause": "config\.value\.mismatch"/,
  },
  {
    name: 'quartz --file',
    args: (f) => ['quartz', '--file', f, '--no-service'],
    sample: readFileSync(join(FIXTURES, 'quartz', 'healthy', 'qrtz_triggers.csv'), 'utf8').replaceAll('SlaEscalationTrigger', 'SlaÉscalationTrigger'),
    decoded: /SlaÉscalationTrigger/,
  },
  {
    name: 'run --config',
    args: (f) => ['run', '--config', f],
    sample: 'checks:\n  - { type: explain, texts: ["Outgoing failed: Connexion refusée"] }\n',
    decoded: /Connexion refusée/,
  },
];

/** The hostile inputs, each with what every parser must do with it. */
interface Hostile {
  name: string;
  path: (p: Parser) => string;
  /** Expected exit code per parser (default 2). */
  code?: (p: Parser) => number;
  /** What stderr (exit 2) or the JSON (otherwise) must say. */
  says: (p: Parser) => RegExp;
  uid?: number;
}

function write(name: string, data: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}

const HOSTILE: Hostile[] = [
  { name: 'FIFO', path: () => join(dir, 'fifo'), says: () => /is a named pipe \(FIFO\), not a regular file/ },
  { name: 'socket', path: () => join(dir, 'socket'), says: () => /is a socket, not a regular file/ },
  { name: 'character device', path: () => '/dev/zero', says: () => /is a character device, not a regular file/ },
  { name: 'symlink loop', path: () => join(dir, 'loop-a'), says: () => /is a symbolic link loop/ },
  { name: 'binary', path: () => join(dir, 'random.bin'), says: () => /looks like binary data/ },
  {
    name: 'UTF-16 (BOM)',
    path: (p) => join(dir, `utf16-${p.name.replace(/\W/g, '')}`),
    code: (p) => (p.name === 'eml' ? 2 : -1),
    says: (p) => (p.name === 'eml' ? /looks like binary data/ : (p.decoded as RegExp)),
  },
  { name: 'Latin-1', path: (p) => join(dir, `latin1-${p.name.replace(/\W/g, '')}`), code: () => -1, says: (p) => p.decoded as RegExp },
  {
    name: '50 MB single line',
    path: () => join(dir, 'line50.txt'),
    code: (p) => (p.name === 'logs' ? 1 : 2),
    says: (p) =>
      p.name === 'logs'
        ? /"cause": "log\.input\.huge-line"/
        : /line 1 is 50 MiB long|no HotSpot thread dump|cannot parse as an email|does not look like configuration properties/,
  },
  {
    name: 'gzip bomb (4 GiB of zeros in 4 MB)',
    path: () => join(dir, 'bomb.log.gz'),
    code: (p) => (p.name === 'logs' ? -1 : 2),
    says: (p) =>
      p.name === 'logs'
        ? /"cause": "log\.input\.bad-gzip"[^}]*unpacks to more than 200 times its size/
        : p.name === 'threaddump'
          ? /unpacks to more than 200 times its size.*gzip bomb/
          : /looks like binary data/,
  },
  { name: 'unreadable file', path: () => join(dir, 'unreadable.txt'), says: () => /permission denied/, uid: process.getuid?.() === 0 ? NOBODY : undefined },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'md-hostile-'));
  chmodSync(dir, 0o755);
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(join(dir, 'socket'), resolve));
  symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
  symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
  write('random.bin', randomBytes(256 * 1024));
  for (const p of PARSERS) {
    const tag = p.name.replace(/\W/g, '');
    write(`utf16-${tag}`, utf16(p.sample));
    write(`latin1-${tag}`, latin1(p.sample));
  }
  write(
    'line50.txt',
    Buffer.concat([Buffer.from('2026-11-21 10:15:32,123 ERROR [emailjob-1] Outgoing failed: '), Buffer.alloc(50 * 1024 * 1024, 'x'), Buffer.from('\n')]),
  );
  const member = gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
  write('bomb.log.gz', Buffer.concat(Array.from({ length: 256 }, () => member)));
  write('unreadable.txt', 'client_id=abc\n');
  chmodSync(join(dir, 'unreadable.txt'), 0o000);
  mkdirSync(join(dir, 'empty'));
});

afterAll(async () => {
  await new Promise((resolve) => socketServer?.close(resolve));
  console.log(`hostile input per parser (${rows.length} cases):\n${caseTable(rows)}`);
});

describe('hostile input, every parser: exit 2 with one line, or a finding; within 20 s and 300 MB', () => {
  for (const h of HOSTILE) {
    it(h.name, async () => {
      for (const p of PARSERS) {
        const r = await runChild([...p.args(h.path(p)), '--format', 'json', '--timeout', '2000'], {
          killAfterMs: 60_000,
          ...(h.uid !== undefined ? { uid: h.uid } : {}),
        });
        const expected = h.code?.(p) ?? 2;
        const what = `${p.name} on ${h.name}: exit ${r.code}, ${r.stderr.trim() || r.stdout.slice(0, 300)}`;
        const message = r.code === 2 ? r.stderr.trim() : (r.stdout.match(h.says(p))?.[0] ?? r.stdout.slice(0, 80));
        rows.push({ name: `${p.name} / ${h.name}`, code: r.code, cause: message.replace(/^maildoctor: /, ''), ms: r.ms, rssMb: r.rssMb });
        expect(r.killed, what).toBe(false);
        if (expected === -1) expect([0, 1], what).toContain(r.code);
        else expect(r.code, what).toBe(expected);
        if (r.code === 2) {
          expect(r.stderr.trim().split('\n'), what).toHaveLength(1);
          expect(r.stderr, what).toMatch(h.says(p));
          expect(r.stderr, what).not.toMatch(/\n\s+at |internal error/);
        } else {
          expect(r.stdout, what).toMatch(h.says(p));
        }
        expect(r.ms, what).toBeLessThan(MAX_MS);
        if (!Number.isNaN(r.rssMb)) expect(r.rssMb, what).toBeLessThan(MAX_RSS_MB);
      }
    });
  }

  it('standard input that never delivers ends within --timeout, exit 2 with one line', async () => {
    for (const args of [
      ['explain', '-'],
      ['config', 'lint', '-'],
    ]) {
      const r = await runChild([...args, '--timeout', '1000'], { stdin: { keepOpen: true }, killAfterMs: 60_000 });
      rows.push({ name: `${args.join(' ')} / silent stdin`, code: r.code, cause: r.stderr.trim().replace(/^maildoctor: /, ''), ms: r.ms, rssMb: r.rssMb });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/nothing arrived on standard input for 1 s/);
      expect(r.ms).toBeLessThan(10_000);
    }
  });

  it('a YAML alias bomb is a usage error naming the file', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries())
      levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`);
    const file = write('bomb.yaml', `${levels.join('\n')}\n`);
    const r = await runChild(['run', '--config', file], { killAfterMs: 60_000 });
    rows.push({ name: 'run --config / YAML alias bomb', code: r.code, cause: r.stderr.trim().replace(/^maildoctor: /, ''), ms: r.ms, rssMb: r.rssMb });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/alias bomb/);
    expect(r.rssMb).toBeLessThan(MAX_RSS_MB);
  });
});
