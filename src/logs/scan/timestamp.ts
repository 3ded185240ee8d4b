// Reads Log4j-style (`2026-11-21 10:15:32,123`) and ISO timestamps at the start of a log line, without allocating.
import { durationMs } from '../../core/duration.js';

/** The local-time hour last converted, so that consecutive lines of one hour cost no Date call. */
let cachedHourKey = -1;
let cachedHourMs = 0;

function digits(b: Uint8Array, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i += 1) {
    const d = (b[i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function localHourMs(y: number, mo: number, d: number, h: number): number {
  return hourKeyMs(hourKey(y, mo, d, h));
}

/** One number for a local hour, decoded by hourKeyMs (the first pass writes it per line). */
export function hourKey(y: number, mo: number, d: number, h: number): number {
  return ((y * 13 + mo) * 32 + d) * 24 + h;
}

/** Epoch ms of the local hour whose hourKey is `key`. */
export function hourKeyMs(key: number): number {
  if (key !== cachedHourKey) {
    cachedHourKey = key;
    const h = key % 24;
    const d = Math.floor(key / 24) % 32;
    const mo = Math.floor(key / 768) % 13;
    cachedHourMs = new Date(Math.floor(key / 9984), mo - 1, d, h).getTime();
  }
  return cachedHourMs;
}

/** The two-digit number at `at`, or -1 (unrolled: this runs for every classified line). */
export function two(b: Uint8Array, at: number): number {
  const hi = (b[at] as number) - 48;
  const lo = (b[at + 1] as number) - 48;
  return hi >>> 0 > 9 || lo >>> 0 > 9 ? -1 : hi * 10 + lo;
}

/** Epoch ms of the timestamp at `start` (optionally after `[`), or NaN; zone-less times are local server time. */
export function lineTime(b: Uint8Array, start: number, end: number): number {
  let p = start;
  if (b[p] === 91) p += 1;
  if (end - p < 19 || b[p + 4] !== 45 || b[p + 7] !== 45 || b[p + 13] !== 58 || b[p + 16] !== 58) return NaN;
  const sep = b[p + 10];
  if (sep !== 32 && sep !== 84) return NaN;
  const c = two(b, p);
  const yy = two(b, p + 2);
  const mo = two(b, p + 5);
  const d = two(b, p + 8);
  const h = two(b, p + 11);
  const mi = two(b, p + 14);
  const s = two(b, p + 17);
  if (c < 0 || yy < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || s < 0) return NaN;
  const y = c * 100 + yy;
  let q = p + 19;
  let ms = 0;
  if ((b[q] === 44 || b[q] === 46) && q + 3 < end + 1) {
    const frac = digits(b, q + 1, 3);
    if (frac >= 0) {
      ms = frac;
      q += 4;
      while (q < end && (b[q] as number) >= 48 && (b[q] as number) <= 57) q += 1;
    }
  }
  const within = (mi * 60 + s) * 1000 + ms;
  const z = b[q];
  if (z === 90) return Date.UTC(y, mo - 1, d, h) + within;
  if ((z === 43 || z === 45) && q + 5 < end + 1) {
    const oh = digits(b, q + 1, 2);
    const om = b[q + 3] === 58 ? digits(b, q + 4, 2) : digits(b, q + 3, 2);
    if (oh >= 0 && om >= 0) return Date.UTC(y, mo - 1, d, h) + within - (z === 43 ? 1 : -1) * (oh * 60 + om) * 60000;
  }
  return localHourMs(y, mo, d, h) + within;
}

/** The timestamp at the start of a text line (for follow mode and tests). */
export function textLineTime(line: string): number {
  const b = Buffer.from(line.slice(0, 40), 'latin1');
  return lineTime(b, 0, b.length);
}

/** Parses `--since`/`--until`: a duration back from `now`, a Log4j or ISO timestamp, or a date. */
export function parseTimeArg(text: string, now: number): number | undefined {
  const back = durationMs(text);
  if (back !== undefined) return now - back;
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const [y, mo, d] = trimmed.split('-').map(Number) as [number, number, number];
    return new Date(y, mo - 1, d).getTime();
  }
  const padded = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$/.test(trimmed) ? `${trimmed}:00` : trimmed;
  const t = textLineTime(padded);
  return Number.isNaN(t) ? undefined : t;
}

/** Formats epoch ms the way the logs write local time: `2026-11-21 10:15:32`. */
export function formatLocal(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
