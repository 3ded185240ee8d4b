import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { ByteRecords, detectDelimiter, readDelimited, type DelimitedRecord } from '../../src/core/delimited.js';

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
