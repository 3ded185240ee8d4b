// Times, spans and counts as the report's reader wants them: short, without seconds, in the zone the inputs wrote.

/** Milliseconds since the epoch from an ISO 8601 string or a number; undefined when neither. */
export function toMs(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `2026-11-21 10:01`: zone-less log and audit times are kept as written, so no zone is named. */
export function formatTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** A short axis label: the date only at midnight or when `withDate`, otherwise the hour and minute. */
export function formatTick(ms: number, withDate: boolean): string {
  const iso = new Date(ms).toISOString();
  return withDate ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
}

/** A span of time: `45 s`, `12 min`, `3 h 12 min`, `4 d 2 h`. */
export function formatSpan(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}

/** A bucket width in words: `per hour`, `per 15 min`, `per day`. */
export function perBucket(minutes: number): string {
  if (minutes === 60) return 'per hour';
  if (minutes === 1440) return 'per day';
  if (minutes % 1440 === 0) return `per ${minutes / 1440} days`;
  if (minutes % 60 === 0) return `per ${minutes / 60} h`;
  return `per ${minutes} min`;
}
