import { describe, expect, it } from 'vitest';
import { detectTimeFormat, parseTime } from '../../../src/logs/audit/time-format.js';

describe('detectTimeFormat', () => {
  it('decides day first from a day above 12 anywhere in the column', () => {
    const tf = detectTimeFormat(['03/04/2026 10:15 AM', '13/04/2026 09:00 PM']);
    expect(tf?.order).toBe('dmy');
    expect(tf?.assumed).toBe(false);
    expect(tf?.label).toBe('dd/mm/yyyy hh:mm AM/PM');
    expect(parseTime('03/04/2026 10:15 PM', tf!.order)).toBe(Date.UTC(2026, 3, 3, 22, 15));
  });

  it('decides month first from a second number above 12', () => {
    const tf = detectTimeFormat(['04/03/2026 10:15:30', '04/23/2026 11:00:00']);
    expect(tf?.order).toBe('mdy');
    expect(tf?.label).toBe('mm/dd/yyyy hh:mm:ss');
    expect(parseTime('04/03/2026 10:15:30', 'mdy')).toBe(Date.UTC(2026, 3, 3, 10, 15, 30));
  });

  it('says when it had to assume, and honours --date-order', () => {
    expect(detectTimeFormat(['01/02/2026 10:00', '02/03/2026 11:00'])).toMatchObject({ assumed: true, order: 'dmy' });
    expect(detectTimeFormat(['01/02/2026 10:00'], 'mdy')).toMatchObject({ assumed: false, order: 'mdy', basis: '--date-order mdy' });
  });

  it('reads ISO with zones, month names, 12 AM/PM and epoch values', () => {
    expect(detectTimeFormat(['2026-11-21T10:00:00Z', '2026-11-21 11:00'])?.label).toMatch(/ISO/);
    expect(parseTime('2026-11-21T10:00:00+02:00', 'dmy')).toBe(Date.UTC(2026, 10, 21, 8));
    expect(parseTime('2026-11-21 10:00:00.250', 'dmy')).toBe(Date.UTC(2026, 10, 21, 10, 0, 0, 250));
    expect(parseTime('21-Nov-2026 12:05 AM', 'dmy')).toBe(Date.UTC(2026, 10, 21, 0, 5));
    expect(parseTime('Nov 21, 2026 12:05 PM', 'dmy')).toBe(Date.UTC(2026, 10, 21, 12, 5));
    expect(parseTime('1795000000', 'dmy')).toBe(1_795_000_000_000);
  });

  it('gives what Date.UTC gives for any valid date and time, in both day orders (years 0-99 included, a leap second too)', () => {
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i += 1) {
      const y = [rand(100), 1600 + rand(900), 2000 + rand(40)][rand(3)]!;
      const mo = 1 + rand(12);
      const d = 1 + rand(28);
      const [h, mi, s] = [rand(24), rand(60), rand(61)];
      const text = `${pad(d)}/${pad(mo)}/${pad(y, 4)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
      expect(parseTime(text, 'dmy'), text).toBe(Date.UTC(y, mo - 1, d, h, mi, s));
      if (d <= 12) expect(parseTime(text, 'mdy'), text).toBe(Date.UTC(y, d - 1, mo, h, mi, s));
      else expect(parseTime(text, 'mdy'), text).toBeUndefined();
    }
  });

  it('refuses impossible dates and times', () => {
    expect(parseTime('31/02/2026 10:00', 'dmy')).toBeUndefined();
    expect(parseTime('29/02/2026 10:00', 'dmy')).toBeUndefined();
    expect(parseTime('29/02/2028 10:00', 'dmy')).toBe(Date.UTC(2028, 1, 29, 10));
    expect(parseTime('31/04/2026 10:00', 'dmy')).toBeUndefined();
    expect(parseTime('13/13/2026 10:00', 'dmy')).toBeUndefined();
    expect(parseTime('01/01/2026 13:00 PM', 'dmy')).toBeUndefined();
    expect(parseTime('yesterday', 'dmy')).toBeUndefined();
    expect(detectTimeFormat(['', 'n/a'])).toBeUndefined();
  });

  it('reads fractions of a second as ISO 8601 writes them (up to nine digits, after two-digit seconds)', () => {
    expect(parseTime('2026-11-02T06:00:01.118Z', 'dmy')).toBe(Date.UTC(2026, 10, 2, 6, 0, 1, 118));
    expect(parseTime('2026-11-02T06:00:01,5', 'mdy')).toBe(Date.UTC(2026, 10, 2, 6, 0, 1, 500));
    expect(parseTime('2026-11-02 06:00:01.123456789Z', 'dmy')).toBe(Date.UTC(2026, 10, 2, 6, 0, 1, 123));
    expect(parseTime('2026-11-02 06:00:01.1234567890Z', 'dmy')).toBeUndefined();
    expect(parseTime('2026-11-02T06:00:1.5Z', 'dmy')).toBeUndefined();
    expect(parseTime('2026-11-02T06:00:01.Z', 'dmy')).toBeUndefined();
    expect(detectTimeFormat(['2026-11-02T06:00:01.118Z', '2026-11-02T06:00:02.9Z'])?.label).toMatch(/ISO/);
  });
});
