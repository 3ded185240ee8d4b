import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { ByteRecords, detectDelimiter, readDelimited, type DelimitedRecord } from '../../src/core/delimited.js';

/** The records of raw bytes pushed in pieces of `piece` bytes, or the InputError they raise. */
function parseBytes(bytes: Buffer, piece: number): DelimitedRecord[] | InputError {
  const out: DelimitedRecord[] = [];
  const records = new ByteRecords(
    ',',
    true,
    'test',
    () => 'utf-8',
    (r) => out.push(r),
  );
  try {
    for (let at = 0; at < bytes.length; at += piece) records.push(bytes.subarray(at, Math.min(bytes.length, at + piece)), true);
    records.push(Buffer.alloc(0), false);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  return out;
}

/**
 * An independent reading of the same rules, one character at a time over the decoded text: a quote opens a quoted
 * field only at a field's start, a doubled quote inside is one quote, text after the closing quote is kept, a line
 * ends at LF, CRLF or CR outside quotes, CRLF inside a quoted field becomes LF, blank lines are skipped, and each
 * record carries the line it starts on.
 */
function reference(text: string): DelimitedRecord[] | 'unclosed' {
  const out: DelimitedRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          if (i >= text.length) return 'unclosed';
          if (text[i] === '"' && text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else if (text[i] === '"') {
            i += 1;
            break;
          } else {
            if (text[i] === '\n') line += 1;
            value += text[i];
            i += 1;
          }
        }
      }
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') value += text[(i += 1) - 1];
      fields.push(value.replace(/\r\n/g, '\n'));
      if (text[i] !== ',') break;
      i += 1;
    }
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    line += 1;
    if (fields.length > 1 || (fields[0] as string).trim() !== '') out.push({ fields, line: start });
  }
  return out;
}

/** The records of `text`, its bytes pushed in pieces of `piece` bytes (all at once by default). */
function parse(text: string, delimiter = ',', quotes = true, piece = Infinity): DelimitedRecord[] {
  const out: DelimitedRecord[] = [];
  const records = new ByteRecords(
    delimiter,
    quotes,
    'test',
    () => 'utf-8',
    (r) => out.push(r),
  );
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += piece) records.push(bytes.subarray(at, Math.min(bytes.length, at + piece)), true);
  records.push(Buffer.alloc(0), false);
  return out;
}

describe('CSV and TSV records', () => {
  it('keeps commas, doubled quotes and newlines inside quoted fields, with line numbers', () => {
    const rows = parse('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nlast,row,here\r\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['last', 'row', 'here'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('handles LF, CR-only line ends, a missing final newline and blank lines', () => {
    expect(parse('a,b\n\n1,2').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parse('a,b\r1,2\r').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parse('a,b,\n').map((r) => r.fields)).toEqual([['a', 'b', '']]);
  });

  it('treats quotes literally when told (a browser paste) and splits on tabs', () => {
    expect(parse('"quoted" word\tOutgoing failed: "x"\n', '\t', false)[0]?.fields).toEqual(['"quoted" word', 'Outgoing failed: "x"']);
  });

  it('rejects an unterminated quoted field with its line', () => {
    expect(() => parse('a,b\n1,"never closed\n2,3\n')).toThrow(InputError);
    expect(() => parse('a,b\n1,"never closed\n2,3\n')).toThrow(/line 2/);
  });

  it('copes with a huge single line', () => {
    const big = 'x'.repeat(2_000_000);
    expect(parse(`a,b\n${big},"${big}"\n`)[1]?.fields[1]?.length).toBe(2_000_000);
  });

  it('are the same whatever pieces the bytes arrive in: split inside quotes, CRLF, doubled quotes and UTF-8 characters', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\ncafé,—,"Zoë ""q"""\r\n\r\nlast,row,\rend,x,y';
    const whole = parse(text);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 4, 6, 7]);
    for (const piece of [1, 2, 3, 5, 7, 11]) expect(parse(text, ',', true, piece), `pieces of ${piece}`).toEqual(whole);
  });

  it('agrees with a character-by-character reading on random bytes, whatever pieces they arrive in', () => {
    // Quotes, delimiters, line ends, spaces, UTF-8 (é, —), a lone continuation byte and a byte never valid in UTF-8.
    const alphabet = [[0x61], [0x62], [0x20], [0x22], [0x22], [0x2c], [0x2c], [0x0a], [0x0d], [0xc3, 0xa9], [0xe2, 0x80, 0x94], [0x80], [0xff], [0xa0]];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let compared = 0;
    for (let round = 0; round < 3000; round += 1) {
      const bytes = Buffer.from(Array.from({ length: 1 + rand(30) }, () => alphabet[rand(alphabet.length)] as number[]).flat());
      const want = reference(bytes.toString('utf8'));
      for (const piece of [bytes.length, 1 + rand(4), 1 + rand(9)]) {
        const got = parseBytes(bytes, piece);
        if (want === 'unclosed') expect(got, JSON.stringify(bytes.toString('latin1'))).toBeInstanceOf(InputError);
        else expect(got, JSON.stringify(bytes.toString('latin1'))).toEqual(want);
        compared += 1;
      }
    }
    expect(compared).toBe(9000);
  });

  it('reads records that straddle the windows a large chunk is searched in', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `${i},"quoted, ""${'é'.repeat(i % 50)}""\r\nsecond line ${i}",plain ${'x'.repeat(i % 97)}\r\n`);
    const bytes = Buffer.from(rows.join(''), 'utf8');
    expect(bytes.length).toBeGreaterThan(4 * 65_536);
    const want = reference(bytes.toString('utf8'));
    expect(want).not.toBe('unclosed');
    expect((want as DelimitedRecord[]).length).toBe(4000);
    expect(parseBytes(bytes, bytes.length)).toEqual(want);
    expect(parseBytes(bytes, 100_003)).toEqual(want);
  });

  it('reads Windows-1252 bytes', () => {
    const out: DelimitedRecord[] = [];
    new ByteRecords(
      ';',
      true,
      'test',
      () => 'windows-1252',
      (r) => out.push(r),
    ).push(Buffer.from([0x80, 0x3b, 0xe9, 0x96, 0x0a]), false);
    expect(out[0]?.fields).toEqual(['€', 'é–']);
  });

  it('reads a whole text (a Quartz export, decoded first) as the bytes of its UTF-8', () => {
    const text = 'TRIGGER_NAME|JOB_NAME\nSlaÉscalation|"mail, poll"\n';
    expect(readDelimited(text, { delimiter: '|', quotes: true, source: 'test' })).toEqual(parse(text, '|'));
    expect(readDelimited(text, { delimiter: '|', quotes: true, source: 'test' })[1]?.fields).toEqual(['SlaÉscalation', 'mail, poll']);
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('Event Time\tEmail Server\tStatus')).toBe('\t');
    expect(detectDelimiter('Event Time;Email Server;Status')).toBe(';');
    expect(detectDelimiter('Event Time,Email Server,Status')).toBe(',');
  });
});
