// Reads one time cell of an export: epoch ms (Quartz's storage), ISO 8601, or the UI's formatted dates.
import { InputError } from '../core/errors.js';
import { zonedToEpoch, type WallClock } from './tz.js';

/** How zone-less dates are read: the zone they were shown in, and day/month order for 03/04/2026. */
export interface TimeOptions {
  zone: string;
  dateOrder?: 'dmy' | 'mdy';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EMPTY = new Set(['', 'null', '(null)', '<null>', 'none', 'nil', '-', 'n/a']);
/** Epoch values below this are seconds, not milliseconds (1e11 ms is March 1973). */
const SECONDS_LIMIT = 1e11;

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
const TIME = String.raw`,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?`;
const MONTH_FIRST = new RegExp(String.raw`^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-],?\s*(\d{4})${TIME}$`);

/** True for the cell texts that mean "no value". */
export function isEmptyCell(raw: string): boolean {
  return EMPTY.has(raw.trim().toLowerCase());
}

function hour12(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

function month(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

function wall(y: string, mo: number, d: string, h: number, mi: string, s: string | undefined, frac = ''): WallClock {
  return { year: Number(y), month: mo, day: Number(d), hour: h, minute: Number(mi), second: Number(s ?? 0), ms: Number(frac.padEnd(3, '0').slice(0, 3)) };
}

function valid(w: WallClock): boolean {
  return w.month >= 1 && w.month <= 12 && w.day >= 1 && w.day <= 31 && w.hour <= 23 && w.minute <= 59 && w.second <= 60;
}

/** Epoch ms from an ISO zone suffix applied to a wall-clock time. */
function withOffset(w: WallClock, zone: string): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return naive;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  const minutes = Number(m?.[2] ?? 0) * 60 + Number(m?.[3] ?? 0);
  return naive - (m?.[1] === '-' ? -1 : 1) * minutes * 60_000;
}

/** The day/month order of a numeric date, or undefined when both readings are possible. */
export function numericDateOrder(raw: string): 'dmy' | 'mdy' | undefined {
  const m = NUMERIC.exec(raw.trim());
  if (!m) return undefined;
  if (Number(m[1]) > 12) return 'dmy';
  if (Number(m[2]) > 12) return 'mdy';
  return undefined;
}

/** Parses one time cell into epoch ms; `null` for empty cells; anything unreadable is an InputError naming `where`. */
export function parseTimeValue(raw: string, options: TimeOptions, where: string): number | null {
  const text = raw.trim();
  if (isEmptyCell(text)) return null;
  if (/^-?\d+(?:\.0+)?$/.test(text)) {
    const n = Number(text);
    return n > 0 && n < SECONDS_LIMIT ? n * 1000 : n;
  }
  const bad = (): never => {
    throw new InputError(
      `${where}: cannot read "${text.slice(0, 40)}" as a time (epoch ms, ISO 8601 such as 2026-11-21T14:05:00Z, or a date such as "Nov 21, 2026 02:05 PM")`,
    );
  };
  let w: WallClock | undefined;
  let zone: string | undefined;
  let m = ISO.exec(text);
  if (m) {
    w = wall(m[1]!, Number(m[2]), m[3]!, Number(m[4]), m[5]!, m[6], m[7]);
    zone = m[8];
  } else if ((m = NUMERIC.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const order = a > 12 ? 'dmy' : b > 12 ? 'mdy' : a === b ? 'dmy' : options.dateOrder;
    if (!order) throw new InputError(`${where}: the date "${text}" could be day/month or month/day; give --date-order dmy or --date-order mdy`);
    w = wall(m[3]!, order === 'dmy' ? b : a, String(order === 'dmy' ? a : b), hour12(Number(m[4]), m[7]), m[5]!, m[6]);
  } else if ((m = MONTH_FIRST.exec(text)) || (m = DAY_FIRST.exec(text))) {
    const monthFirst = MONTH_FIRST.test(text);
    const mo = month(monthFirst ? m[1]! : m[2]!);
    if (mo === undefined) return bad();
    w = wall(m[3]!, mo, monthFirst ? m[2]! : m[1]!, hour12(Number(m[4]), m[7]), m[5]!, m[6]);
  }
  if (!w || !valid(w)) return bad();
  return zone ? withOffset(w, zone) : zonedToEpoch(w, options.zone);
}
