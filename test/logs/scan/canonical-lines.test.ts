// JSON-lines and syslog-prefixed logs become the plain lines a pattern layout writes, in TypeScript and in WebAssembly alike.
import { describe, expect, it } from 'vitest';
import { canonicalise, lineKind, yearHint, type YearHint } from '../../../src/logs/scan/canonical-lines.js';
import { buildClassifier } from '../../../src/logs/scan/classifier.js';
import { CANON_SCRATCH } from '../../../src/logs/scan/first-pass-layout.js';
import { createFirstPass, type FirstPass } from '../../../src/logs/scan/first-pass.js';
import { random } from '../helpers.js';

const HINT: YearHint = { year: 2026, month: 11, day: 21 };

/** The text `canonicalise` makes of `text` in TypeScript. */
function plain(text: string, hint = HINT): string {
  const buf = Buffer.from(text);
  const end = canonicalise(buf, 0, buf.length, hint, Buffer.alloc(CANON_SCRATCH));
  return buf.toString('utf8', 0, end);
}

/** The same through a first pass's own buffer (WebAssembly when built). */
function through(pass: FirstPass, text: Buffer, hint = HINT): Buffer {
  text.copy(pass.buffer);
  const end = pass.canonicalise(pass.buffer, 0, text.length, hint);
  return Buffer.from(pass.buffer.subarray(0, end));
}

describe('JSON lines', () => {
  it('as LogstashEncoder writes them: time, level, thread, logger, message, then the stack trace a line per frame', () => {
    const line = JSON.stringify({
      '@timestamp': '2026-11-21T10:15:32.123+01:00',
      '@version': '1',
      message: 'Could not send the notification to "Zoë" ',
      logger_name: 'com.example.mail.Sender',
      thread_name: 'EmailSender-1',
      level: 'ERROR',
      level_value: 40000,
      stack_trace:
        "com.sun.mail.util.MailConnectException: Couldn't connect to host\n\tat javax.mail.Service.connect(Service.java:342)\nCaused by: java.net.ConnectException: Connection refused\n\t... 3 more\n",
    });
    expect(plain(`${line}\n`)).toBe(
      '2026-11-21T10:15:32.123+01:00 ERROR [EmailSender-1] com.example.mail.Sender - Could not send the notification to "Zoë" \n' +
        "com.sun.mail.util.MailConnectException: Couldn't connect to host\n\tat javax.mail.Service.connect(Service.java:342)\nCaused by: java.net.ConnectException: Connection refused\n\t... 3 more\n",
    );
  });

  it('as ECS encoders write them: dotted member names, an indented level, nested objects skipped', () => {
    const line =
      '{"@timestamp":"2026-11-21T09:15:32.123Z", "log.level": " WARN", "message":"Read timed out", "ecs.version": "1.2.0","process.thread.name":"main","log.logger":"c.e.Reader","log.origin":{"file.name":"Reader.java","file.line":29},"error.stack_trace":"java.net.SocketTimeoutException: Read timed out\\n\\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)"}';
    expect(plain(`${line}\n`)).toBe(
      '2026-11-21T09:15:32.123Z  WARN [main] c.e.Reader - Read timed out\njava.net.SocketTimeoutException: Read timed out\n\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)\n',
    );
  });

  it('decodes escapes, \\u sequences and surrogate pairs to UTF-8, and a message on several lines to several lines', () => {
    const line = '{"message":"caf\\u00e9 \\ud83d\\udce7 tab\\there\\nsecond line \\"quoted\\" \\\\ \\/","level":"INFO"}';
    expect(plain(line)).toBe('café 📧 tab\there\nsecond line "quoted" \\ /');
  });

  it('leaves lines that are not a log object as they are: no message, broken JSON, an array, a key that is not a string', () => {
    for (const line of [
      '{"user":"alice","action":"login"}',
      '{"message":"unterminated',
      '{"message":"x",}',
      '["message","x"]',
      '{"message":42}',
      '{message:"x"}',
      '{}',
    ]) {
      expect(plain(`${line}\n`)).toBe(`${line}\n`);
    }
  });

  it('writes only the message when the time is missing or not a timestamp, so that no prefix reads as message', () => {
    expect(plain('{"message":"Connection refused","level":"ERROR","logger_name":"c.e.X"}\n')).toBe('Connection refused\n');
    expect(plain('{"timestamp":1700000000123,"message":"Connection refused","level":"ERROR"}\n')).toBe('Connection refused\n');
  });
});

describe('syslog lines', () => {
  it("turn the traditional header into a dated time, in the year of the file, and rsyslog's #011 back into a tab", () => {
    const text =
      'Nov 21 10:15:32 helpdesk01 java[2345]: ERROR [EmailSender-1] c.e.Sender - Could not send\nNov  2 10:15:33 helpdesk01 java[2345]: #011at javax.mail.Service.connect(Service.java:342)\n';
    expect(plain(text)).toBe(
      '2026-11-21 10:15:32 ERROR [EmailSender-1] c.e.Sender - Could not send\n2026-11-02 10:15:33 \tat javax.mail.Service.connect(Service.java:342)\n',
    );
  });

  it('date a December line in a file written in January in the year before', () => {
    expect(plain('Dec 31 23:59:59 host app: Connection refused\n', { year: 2027, month: 1, day: 2 })).toBe('2026-12-31 23:59:59 Connection refused\n');
    expect(yearHint(new Date(2027, 0, 2, 12).getTime())).toEqual({ year: 2027, month: 1, day: 2 });
  });

  it("keep the application's own time when the message starts with one, and take the ISO time of a high-precision header", () => {
    expect(plain('Nov 21 10:15:32 host java[1]: 2026-11-21 10:15:32,123 INFO [x] c.e.Y - hello\n')).toBe('2026-11-21 10:15:32,123 INFO [x] c.e.Y - hello\n');
    expect(plain('2026-11-21T10:15:32.123456+01:00 host java[1]: INFO [x] c.e.Y - hello\n')).toBe('2026-11-21T10:15:32.123456+01:00 INFO [x] c.e.Y - hello\n');
  });

  it('are told apart from application lines that merely look like them', () => {
    const kind = (line: string) => lineKind(Buffer.from(line), 0, line.length);
    expect(kind('2026-11-21T10:15:32.123Z INFO c.e.Y: hello')).toBe(0);
    expect(kind('2026-11-21 10:15:32,123 [main] INFO c.e.Y - hello')).toBe(0);
    expect(kind('Nov 21 10:15:32 hostonly')).toBe(0);
    expect(kind('November 21 10:15:32 host app: x')).toBe(0);
  });
});

describe('the WebAssembly rewrite', () => {
  /** Syslog dates of every month, and near misses of their names (case, a wrong letter, a longer name, non-ASCII). */
  const MONTH_LINES = [...'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec jan JAN Jam Mai Sept Oca Dex Fe\u00e9'.split(' ')].map(
    (m) => `${m} 21 10:15:32 h java[1]: ERROR [x] c.e.Y - Connection refused`,
  );
  const PIECES = [
    ...MONTH_LINES,
    '{"@timestamp":"2026-11-21T10:15:32.123+01:00","@version":"1","message":"Email Sent Successfully to=a@b.c","logger_name":"c.e.S","thread_name":"t-1","level":"INFO","level_value":20000}',
    '{"@timestamp":"2026-11-21T10:15:32.123Z","log.level":"ERROR","message":"x \\u00e9\\ud83d\\udce7\\"q\\" \\\\","error.stack_trace":"a\\n\\tat b(B.java:1)\\n"}',
    '{"message":"no time","level":"WARN","nested":{"a":[1,2,{"b":"}"}]},"stack_trace":"e\\r\\n\\tat f"}',
    '{"message":"\\uZZZZ bad escape \\ud800 lone","time":"10:15:32.123"}',
    '{"user":"alice"}',
    '{"message":"cut',
    'Nov 21 10:15:32 helpdesk01 java[2345]: INFO  [t] c.e.S - Incoming mail received successfully',
    'Nov  1 00:00:00 h app: #011at x.Y(Y.java:1) #012 #0a9 #377',
    'Nov 21 10:15:32 helpdesk01 java[2345]: #011at com.example.mail.Sender.send(Sender.java:120)#011#012#0 #01#033',
    'Nov 21 10:15:32 mail-gateway-02.helpdesk.example.org java[2345]: INFO  [t] c.e.S - a host longer than the first look',
    'Nov 21 10:15:32 h a-tag-that-is-longer-than-thirty-two-bytes[1]: WARN [t] c.e.S - Read timed out',
    'Nov 21 10:15:32 h java[1]:',
    'Nov 21 10:15:32 h java[1]: [main] message in brackets',
    'Nov 21 10:15:32 h java[1]: 10:15:32 message with a clock of its own',
    'Dec 31 23:59:59 h java[1]: 2026-12-31 23:59:59,999 ERROR [x] c.e.Y - Connection refused',
    '2026-11-21T10:15:32.123456+01:00 helpdesk01 java[2345]: WARN [t] c.e.S - Read timed out',
    '2026-11-21 10:15:32,123 INFO  [EmailProcessor-1] c.m.s.E - Request has been created With Id = INC-1',
    '\tat com.example.Foo.bar(Foo.java:12)',
    'caf\u00e9 \u00a0 non-ascii',
    '',
  ];

  function randomText(seed: number, lines: number): Buffer {
    const next = random(seed);
    const parts: Buffer[] = [];
    for (let n = 0; n < lines; n += 1) {
      if (next() < 0.02) {
        parts.push(Buffer.from([0xff, 0x7b, 0x22, 0xc3, 0x0a]));
        continue;
      }
      const piece = PIECES[Math.floor(next() * PIECES.length)] as string;
      const cut = next() < 0.1 ? Math.floor(next() * piece.length) : piece.length;
      parts.push(Buffer.from(`${piece.slice(0, cut)}${next() < 0.02 ? '\r' : ''}\n`));
    }
    return Buffer.concat(parts);
  }

  it('dates syslog lines of every month as the TypeScript rewrite does, and leaves names that are no month', () => {
    const set = buildClassifier().literals;
    const wasm = createFirstPass(set);
    const text = Buffer.from(MONTH_LINES.map((l) => `${l}\n`).join(''));
    const out = through(wasm, text).toString('utf8').split('\n');
    expect(out.slice(0, 12).map((l) => l.slice(0, 10))).toEqual(
      Array.from({ length: 12 }, (_, m) => `${m === 11 ? 2025 : 2026}-${String(m + 1).padStart(2, '0')}-21`),
    );
    expect(out.slice(12, MONTH_LINES.length)).toEqual(MONTH_LINES.slice(12));
    expect(through(wasm, text).equals(through(createFirstPass(set, true), text))).toBe(true);
  });

  it('leaves a line whose host is a level name as it is, from the first block of a new pass on', () => {
    const set = buildClassifier().literals;
    const text = Buffer.from('Nov 14 01:00:00 WARN java[2345]: Email Sent Successfully\n');
    expect(through(createFirstPass(set), text).toString('latin1')).toBe(text.toString('latin1'));
    expect(through(createFirstPass(set, true), text).toString('latin1')).toBe(text.toString('latin1'));
  });

  it('writes nothing past the block, and rewrites a last line without a newline as the TypeScript rewrite does', () => {
    const set = buildClassifier().literals;
    const wasm = createFirstPass(set);
    const js = createFirstPass(set, true);
    const syslog = PIECES.filter((p) => p.startsWith('Nov ')).join('\n');
    for (let cut = syslog.length - 120; cut <= syslog.length; cut += 1) {
      const text = Buffer.from(syslog.slice(0, cut));
      wasm.buffer.fill(0x23, text.length, text.length + 64);
      const a = through(wasm, text);
      expect(
        wasm.buffer.subarray(text.length, text.length + 64).every((c) => c === 0x23),
        `cut ${cut}`,
      ).toBe(true);
      expect(a.equals(through(js, text)), `cut ${cut}`).toBe(true);
    }
  });

  it('writes exactly what the TypeScript rewrite writes, on random and cut lines, and never lengthens a block', () => {
    const set = buildClassifier().literals;
    const wasm = createFirstPass(set);
    const js = createFirstPass(set, true);
    expect(wasm.constructor).not.toBe(js.constructor);
    for (const seed of [1, 2, 3, 4, 5]) {
      const text = randomText(seed, 3000);
      const a = through(wasm, text);
      const b = through(js, text);
      expect(a.length).toBeLessThan(text.length);
      expect(a.equals(b), `seed ${seed}`).toBe(true);
    }
  });
});
