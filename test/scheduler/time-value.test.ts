import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { formatDuration, parseDuration } from '../../src/core/duration.js';
import { numericDateOrder, parseTimeValue } from '../../src/scheduler/time-value.js';
import { checkTimeZone } from '../../src/scheduler/tz.js';

const utc = { zone: 'UTC' };
const at = (iso: string) => Date.parse(iso);

describe('parseTimeValue', () => {
  it('reads Quartz epoch milliseconds, -1 and empty cells', () => {
    expect(parseTimeValue('1763733909000', utc, 'x')).toBe(1763733909000);
    expect(parseTimeValue('-1', utc, 'x')).toBe(-1);
    expect(parseTimeValue('', utc, 'x')).toBeNull();
    expect(parseTimeValue('NULL', utc, 'x')).toBeNull();
    expect(parseTimeValue('(null)', utc, 'x')).toBeNull();
  });

  it('reads epoch seconds as seconds', () => {
    expect(parseTimeValue('1763733909', utc, 'x')).toBe(1763733909000);
  });

  it('reads ISO 8601 with and without a zone', () => {
    expect(parseTimeValue('2026-11-21T14:05:09.250Z', utc, 'x')).toBe(at('2026-11-21T14:05:09.250Z'));
    expect(parseTimeValue('2026-11-21 14:05:09+05:30', utc, 'x')).toBe(at('2026-11-21T08:35:09Z'));
    expect(parseTimeValue('2026-11-21 14:05', { zone: 'Europe/Berlin' }, 'x')).toBe(at('2026-11-21T13:05:00Z'));
  });

  it('reads the UI formats in the --tz zone, across daylight saving', () => {
    expect(parseTimeValue('Nov 21, 2026 02:05:09 PM', { zone: 'Asia/Kolkata' }, 'x')).toBe(at('2026-11-21T08:35:09Z'));
    expect(parseTimeValue('Sat, Nov 21, 2026 02:05 PM', { zone: 'UTC' }, 'x')).toBe(at('2026-11-21T14:05:00Z'));
    expect(parseTimeValue('21-Nov-2026 14:05:09', { zone: 'UTC' }, 'x')).toBe(at('2026-11-21T14:05:09Z'));
    expect(parseTimeValue('Jul 01, 2026 12:00:00 AM', { zone: 'America/New_York' }, 'x')).toBe(at('2026-07-01T04:00:00Z'));
    expect(parseTimeValue('Jan 01, 2026 12:30:00 PM', { zone: 'America/New_York' }, 'x')).toBe(at('2026-01-01T17:30:00Z'));
  });

  it('reads numeric dates by their evident or given order, and refuses to guess', () => {
    expect(parseTimeValue('21/11/2026 14:05', utc, 'x')).toBe(at('2026-11-21T14:05:00Z'));
    expect(parseTimeValue('11/21/2026 2:05 PM', utc, 'x')).toBe(at('2026-11-21T14:05:00Z'));
    expect(parseTimeValue('03/04/2026 10:00', { zone: 'UTC', dateOrder: 'mdy' }, 'x')).toBe(at('2026-03-04T10:00:00Z'));
    expect(() => parseTimeValue('03/04/2026 10:00', utc, 'row 2 NEXT_FIRE_TIME')).toThrow(/--date-order/);
    expect(numericDateOrder('21/11/2026 14:05')).toBe('dmy');
    expect(numericDateOrder('11/21/2026 14:05')).toBe('mdy');
  });

  it('rejects text that is not a time, naming where it was', () => {
    expect(() => parseTimeValue('yesterday', utc, 'file.csv row 3 PREV_FIRE_TIME')).toThrow(InputError);
    expect(() => parseTimeValue('yesterday', utc, 'file.csv row 3 PREV_FIRE_TIME')).toThrow(/row 3 PREV_FIRE_TIME/);
    expect(() => parseTimeValue('2026-13-45 10:00', utc, 'x')).toThrow(InputError);
  });

  it('refuses unknown time zones', () => {
    expect(() => checkTimeZone('Mars/Olympus')).toThrow(/unknown time zone/);
    expect(checkTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
  });
});

describe('durations', () => {
  it('parses --stale-after values and refuses bare numbers', () => {
    expect(parseDuration('90s', 'o')).toBe(90_000);
    expect(parseDuration('1h30m', 'o')).toBe(5_400_000);
    expect(parseDuration('10min', 'o')).toBe(600_000);
    expect(() => parseDuration('10', '--stale-after')).toThrow(/not a duration/);
    expect(() => parseDuration('0s', '--stale-after')).toThrow(/more than zero/);
  });

  it('formats ages the way the findings say them', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration((3 * 60 + 12) * 60_000)).toBe('3 h 12 min');
    expect(formatDuration(12 * 60_000 + 5000)).toBe('12 min 5 s');
    expect(formatDuration(52 * 3_600_000)).toBe('2 d 4 h');
  });
});
