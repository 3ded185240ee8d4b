// Decides how an export writes its event times from the whole column, then reads each one.
import { newParts, scanIso, scanNumeric } from './time-scan.js';

/** Day order of numeric dates such as 03/04/2026. */
export type DateOrder = 'dmy' | 'mdy';

/** The format decided for a column and how sure maildoctor is about it. */
export interface TimeFormat {
  /** Human-readable shape, e.g. `dd/mm/yyyy hh:mm AM/PM`. */
  label: string;
  /** Why this reading was chosen (a day above 12, the default, or the user's --date-order). */
  basis: string;
  /** True when the column alone could not decide and a default was assumed. */
  assumed: boolean;
  order: DateOrder;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([AaPp]\.?[Mm]\.?)?)?$/;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_NAME = /^(\d{1,2})[\s/-]([A-Za-z]{3,9})[\s/-](\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const MONTH_NAME_DAY = /^([A-Za-z]{3,9})\s+(\d{1,2}),?\s+(\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const EPOCH = /^\d{10}(?:\d{3})?$/;

type Family = 'iso' | 'numeric' | 'day-month-name' | 'month-name-day' | 'epoch';

function familyOf(v: string): Family | undefined {
  if (ISO.test(v)) return 'iso';
  if (NUMERIC.test(v)) return 'numeric';
  if (DAY_MONTH_NAME.test(v)) return 'day-month-name';
  if (MONTH_NAME_DAY.test(v)) return 'month-name-day';
  if (EPOCH.test(v)) return 'epoch';
  return undefined;
}

/**
 * Tallies the values of an export's time column as they stream in, reads each in both day orders, and decides the
 * format from the whole column at the end (as detectTimeFormat does at once).
 */
export class TimeColumn {
  private readonly families = new Map<Family, number>();
  private firstOver12 = 0;
  private secondOver12 = 0;
  private ampm = false;
  private seconds = false;
  private sep = '/';
  private readonly parts = newParts();
  /** The last value read, day first and month first (NaN when it cannot be read that way). */
  dmy = NaN;
  mdy = NaN;

  constructor(private readonly forced?: DateOrder) {}

  /** Tallies `raw` and reads it into `dmy` and `mdy` (the same value for formats without a day order). */
  read(raw: string): void {
    const v = raw.trim();
    this.dmy = NaN;
    this.mdy = NaN;
    if (!v) return;
    const p = this.parts;
    if (scanNumeric(v, p)) {
      this.count('numeric');
      this.sep = String.fromCharCode(p.sep);
      if (p.a > 12) this.firstOver12 += 1;
      if (p.b > 12) this.secondOver12 += 1;
      if (p.ampm) this.ampm = true;
      if (p.seconds) this.seconds = true;
      const ampm = p.ampm === 0 ? undefined : p.ampm === 1 ? 'am' : 'pm';
      this.dmy = utc(p.y, p.b, p.a, p.h, p.mi, p.s, ampm) ?? NaN;
      this.mdy = utc(p.y, p.a, p.b, p.h, p.mi, p.s, ampm) ?? NaN;
      return;
    }
    if (scanIso(v, p)) {
      this.count('iso');
      const t = utc(p.y, p.b, p.a, p.h, p.mi, p.s, undefined);
      this.dmy = this.mdy = t === undefined ? NaN : t + p.ms;
      return;
    }
    const fam = familyOf(v);
    if (fam) this.count(fam);
    if (fam === 'numeric') {
      const m = NUMERIC.exec(v);
      if (m) {
        this.sep = m[2] ?? '/';
        if (Number(m[1]) > 12) this.firstOver12 += 1;
        if (Number(m[3]) > 12) this.secondOver12 += 1;
        if (m[8]) this.ampm = true;
        if (m[7]) this.seconds = true;
      }
    }
    this.dmy = parseTime(v, 'dmy') ?? NaN;
    this.mdy = fam === 'numeric' ? (parseTime(v, 'mdy') ?? NaN) : this.dmy;
  }

  /** The day order format() would decide from the values tallied so far (cheaper than format()). */
  provisional(): DateOrder {
    return this.forced ?? (this.secondOver12 > this.firstOver12 ? 'mdy' : 'dmy');
  }

  /** The format decided from every value tallied so far; undefined when none fits a known format. */
  format(): TimeFormat | undefined {
    const ranked = [...this.families].sort((a, b) => b[1] - a[1]);
    const top = ranked[0]?.[0];
    if (!top) return undefined;
    let order: DateOrder = 'dmy';
    let basis: string;
    let assumed = false;
    const { firstOver12, secondOver12, forced } = this;
    if (forced) {
      order = forced;
      basis = `--date-order ${forced}`;
    } else if (firstOver12 > 0 && secondOver12 === 0) {
      basis = `a first number above 12 occurs (${firstOver12} rows), so it is the day`;
    } else if (secondOver12 > 0 && firstOver12 === 0) {
      order = 'mdy';
      basis = `a second number above 12 occurs (${secondOver12} rows), so it is the day`;
    } else if (firstOver12 > 0) {
      order = firstOver12 >= secondOver12 ? 'dmy' : 'mdy';
      basis = `the column mixes both day orders (${firstOver12} vs ${secondOver12} rows); the majority was taken and the others are unreadable`;
    } else {
      assumed = top === 'numeric';
      basis = top === 'numeric' ? 'no number above 12 in either place: day first was assumed' : 'unambiguous';
    }
    const label = top === 'numeric' ? numericLabel(order, this.sep, this.seconds, this.ampm) : LABELS[top];
    return { label, basis, assumed, order };
  }

  private count(fam: Family): void {
    this.families.set(fam, (this.families.get(fam) ?? 0) + 1);
  }
}

/** Looks at every value of the time column and decides the format; `forced` is --date-order. */
export function detectTimeFormat(values: Iterable<string>, forced?: DateOrder): TimeFormat | undefined {
  const column = new TimeColumn(forced);
  for (const raw of values) column.read(raw);
  return column.format();
}

const LABELS: Record<Exclude<Family, 'numeric'>, string> = {
  iso: 'ISO 8601 (yyyy-mm-dd hh:mm:ss)',
  'day-month-name': 'dd-Mon-yyyy hh:mm',
  'month-name-day': 'Mon dd, yyyy hh:mm',
  epoch: 'Unix epoch',
};

function numericLabel(order: DateOrder, sep: string, seconds: boolean, ampm: boolean): string {
  const date = order === 'dmy' ? ['dd', 'mm', 'yyyy'].join(sep) : ['mm', 'dd', 'yyyy'].join(sep);
  return `${date} hh:mm${seconds ? ':ss' : ''}${ampm ? ' AM/PM' : ''}`;
}

const FAST = newParts();

/** Reads one time with the decided day order; undefined when it does not fit. Zone-less times are read as UTC. */
export function parseTime(raw: string, order: DateOrder): number | undefined {
  const v = raw.trim();
  if (scanNumeric(v, FAST)) {
    const [day, month] = order === 'dmy' ? [FAST.a, FAST.b] : [FAST.b, FAST.a];
    return utc(FAST.y, month, day, FAST.h, FAST.mi, FAST.s, FAST.ampm === 0 ? undefined : FAST.ampm === 1 ? 'am' : 'pm');
  }
  if (scanIso(v, FAST)) {
    const t = utc(FAST.y, FAST.b, FAST.a, FAST.h, FAST.mi, FAST.s, undefined);
    return t === undefined ? undefined : t + FAST.ms;
  }
  let m = ISO.exec(v);
  if (m) {
    const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    const base = utc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), undefined);
    return base === undefined ? undefined : base + ms - zoneOffset(m[8]);
  }
  m = NUMERIC.exec(v);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    return utc(year, month, day, Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0), m[8]);
  }
  m = DAY_MONTH_NAME.exec(v);
  if (m) return utc(Number(m[3]), monthNumber(m[2]!), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), m[7]);
  m = MONTH_NAME_DAY.exec(v);
  if (m) return utc(Number(m[3]), monthNumber(m[1]!), Number(m[2]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), m[7]);
  if (EPOCH.test(v)) return v.length === 10 ? Number(v) * 1000 : Number(v);
  return undefined;
}

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function zoneOffset(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return (m[1] === '-' ? -1 : 1) * minutes * 60_000;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ampm: string | undefined): number | undefined {
  let hour = h;
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = ampm.charCodeAt(0) === 80 || ampm.charCodeAt(0) === 112;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || hour > 23 || mi > 59 || s > 60) return undefined;
  return dayMs(y, mo, d) + hour * 3_600_000 + mi * 60_000 + s * 1000;
}

/** The last two days read (a row is read day first and month first), as keys and Date.UTC of their midnight. */
const days = [NaN, NaN];
const dayTimes = [NaN, NaN];

/** Date.UTC of a day's midnight (years 0-99 are 1900-1999, as there); rows share days, so the last two are kept. */
function dayMs(y: number, mo: number, d: number): number {
  const key = (y * 16 + mo) * 32 + d;
  if (key === days[0]) return dayTimes[0]!;
  if (key !== days[1]) {
    days[1] = key;
    dayTimes[1] = Date.UTC(y, mo - 1, d);
  }
  const t = dayTimes[1]!;
  days[1] = days[0]!;
  dayTimes[1] = dayTimes[0]!;
  days[0] = key;
  dayTimes[0] = t;
  return t;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(y: number, mo: number): number {
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return leap ? 29 : DAYS[mo - 1]!;
}
