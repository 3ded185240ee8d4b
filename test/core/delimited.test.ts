import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { detectDelimiter, parseDelimited, type DelimitedRecord } from '../../src/core/delimited.js';

function parse(text: string, delimiter = ',', quotes = true): DelimitedRecord[] {
  const out: DelimitedRecord[] = [];
  parseDelimited(text, { delimiter, quotes, source: 'test' }, (r) => out.push(r));
  return out;
}

describe('parseDelimited', () => {
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
    expect(parse('a,b\n\n1,2').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
    expect(parse('a,b\r1,2\r').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
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

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('Event Time\tEmail Server\tStatus')).toBe('\t');
    expect(detectDelimiter('Event Time;Email Server;Status')).toBe(';');
    expect(detectDelimiter('Event Time,Email Server,Status')).toBe(',');
  });
});
