// Wrapping fits the width and never loses or alters a character of a word.
import { describe, expect, it } from 'vitest';
import { breakWord, visibleLength, wrapLines, wrapText } from '../../src/render/wrap.js';

describe('wrap', () => {
  it('breaks only at spaces when every word fits', () => {
    const text = 'the server closed the connection before the greeting was complete';
    const lines = wrapText(text, 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(lines.flatMap((l) => l.split(' '))).toEqual(text.split(' '));
  });

  it('breaks a long host name between its labels, not inside one', () => {
    expect(breakWord('smtp.office365.com:587', 13)).toEqual(['smtp.', 'office365.', 'com:587']);
    expect(breakWord('smtp.office365.com:587', 13).join('')).toBe('smtp.office365.com:587');
  });

  it('cuts a word with no separator only because it is wider than the line', () => {
    expect(breakWord('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
  });

  it('keeps colour codes whole and does not count them', () => {
    const red = '\u001b[31mdanger-zone.example.org\u001b[39m';
    const pieces = breakWord(red, 12);
    expect(pieces.join('')).toBe(red);
    for (const p of pieces) expect(visibleLength(p)).toBeLessThanOrEqual(12);
    expect(pieces.some((p) => /\u001b\[3$|\u001b\[$/.test(p))).toBe(false);
  });

  it('wraps prose with a hanging indent and leaves kept lines alone', () => {
    const line = `    Why: ${'word '.repeat(30).trim()}`;
    const out = wrapLines(`${line}\n│ a table row that is kept ${'x'.repeat(100)}`, 40, (l) => l.startsWith('│'));
    const rows = out.split('\n');
    expect(rows.slice(0, -1).every((r) => r.length <= 40)).toBe(true);
    expect(rows[1]!.startsWith(' '.repeat(10))).toBe(true);
    expect(rows.at(-1)!.length).toBeGreaterThan(100);
  });

  it('puts nothing but the words back together', () => {
    const url = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token';
    const lines = wrapText(`token endpoint ${url} refused`, 30, 24);
    expect(lines[0]!.length).toBeLessThanOrEqual(30);
    expect(lines.slice(1).every((l) => l.length <= 24)).toBe(true);
    expect(lines.join('\n')).toContain('token endpoint');
    expect(lines.slice(1, -1).join('')).toBe(url);
  });
});
