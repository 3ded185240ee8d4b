// Reads Log4j-style (`2026-11-21 10:15:32,123`) and ISO timestamps at the start of a log line, without allocating.
import { durationMs } from '../../core/duration.js';

import { NO_STAMP, UTC_STAMP } from './first-pass-layout.js';

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

/** One number for an hour, decoded by hourKeyMs (the first pass writes it per line); below UTC_STAMP. */
export function hourKey(y: number, mo: number, d: number, h: number): number {
  return ((y * 13 + mo) * 32 + d) * 24 + h;
}

/** Epoch ms of the hour whose hourKey is `key`: local time, or UTC when the key carries UTC_STAMP. */
export function hourKeyMs(key: number): number {
  if (key !== cachedHourKey) {
    cachedHourKey = key;
    const k = key & ~UTC_STAMP;
    const h = k % 24;
    const d = Math.floor(k / 24) % 32;
    const mo = Math.floor(k / 768) % 13;
    const y = Math.floor(k / 9984);
    cachedHourMs = key === k ? new Date(y, mo - 1, d, h).getTime() : Date.UTC(y, mo - 1, d, h);
  }
  return cachedHourMs;
}

/** The two-digit number at `at`, or -1 (unrolled: this runs for every classified line). */
export function two(b: Uint8Array, at: number): number {
  const hi = (b[at] as number) - 48;
  const lo = (b[at + 1] as number) - 48;
  return hi >>> 0 > 9 || lo >>> 0 > 9 ? -1 : hi * 10 + lo;
}

/**
 * Writes at ev[at] and ev[at + 1] the time of the timestamp at `start` (optionally after `[`): its hour key (with
 * UTC_STAMP when it names a zone) and the ms from that hour (less the zone's offset), or NO_STAMP and 0 when the line
 * does not start with one. Zone-less times are local server time. The first pass writes these words per line.
 */
export function stampWords(b: Uint8Array, start: number, end: number, ev: Int32Array, at: number): void {
  ev[at] = NO_STAMP;
  ev[at + 1] = 0;
  let p = start;
  if (b[p] === 91) p += 1;
  if (end - p < 19 || b[p + 4] !== 45 || b[p + 7] !== 45 || b[p + 13] !== 58 || b[p + 16] !== 58) return;
  const sep = b[p + 10];
  if (sep !== 32 && sep !== 84) return;
  const c = two(b, p);
  const yy = two(b, p + 2);
  const mo = two(b, p + 5);
  const d = two(b, p + 8);
  const h = two(b, p + 11);
  const mi = two(b, p + 14);
  const s = two(b, p + 17);
  if (c < 0 || yy < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || s < 0) return;
  const key = hourKey(c * 100 + yy, mo, d, h);
  let q = p + 19;
  let ms = 0;
  if ((b[q] === 44 || b[q] === 46) && q + 4 <= end) {
    const frac = digits(b, q + 1, 3);
    if (frac >= 0) {
      ms = frac;
      q += 4;
      while (q < end && (b[q] as number) >= 48 && (b[q] as number) <= 57) q += 1;
    }
  }
  const within = (mi * 60 + s) * 1000 + ms;
  const z = q < end ? b[q] : 0;
  if (z === 90) {
    ev[at] = key | UTC_STAMP;
    ev[at + 1] = within;
    return;
  }
  if ((z === 43 || z === 45) && q + 5 <= end) {
    const colon = b[q + 3] === 58 ? 1 : 0;
    const oh = two(b, q + 1);
    const om = q + 5 + colon <= end ? two(b, q + 3 + colon) : -1;
    if (oh >= 0 && om >= 0) {
      ev[at] = key | UTC_STAMP;
      ev[at + 1] = within - (z === 43 ? 1 : -1) * (oh * 60 + om) * 60000;
      return;
    }
  }
  ev[at] = key;
  ev[at + 1] = within;
}

/** Epoch ms of time words as stampWords writes them, or NaN for NO_STAMP. */
export function stampMs(key: number, ms: number): number {
  return key === NO_STAMP ? NaN : hourKeyMs(key) + ms;
}

const words = new Int32Array(2);

/** Epoch ms of the timestamp at `start` (optionally after `[`), or NaN; zone-less times are local server time. */
export function lineTime(b: Uint8Array, start: number, end: number): number {
  stampWords(b, start, end, words, 0);
  return stampMs(words[0] as number, words[1] as number);
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
