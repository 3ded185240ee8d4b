// The one duration grammar of every option and config key: 90s, 10m, 2h, 1h30m, 1d, 1w (and 500ms); human ages out.
import { UsageError } from './errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** One or more `<number><unit>` parts, spaces allowed between them; used by the config's JSON Schema too. */
export const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d+)?\\s*(ms|sec|min|s|m|h|d|w)\\s*)+$';

const WHOLE = new RegExp(DURATION_PATTERN, 'i');
const PART = /(\d+(?:\.\d+)?)\s*(ms|sec|min|s|m|h|d|w)/gi;

/** Milliseconds of a duration text, or undefined when it is not one (a bare number is not). */
export function durationMs(text: string): number | undefined {
  if (!WHOLE.test(text)) return undefined;
  let ms = 0;
  for (const p of text.matchAll(PART)) ms += Number(p[1]) * (UNITS[(p[2] ?? 's').toLowerCase()] ?? 1000);
  return Math.round(ms);
}

/** Milliseconds of the duration given for option `name`; anything else, or zero, is a UsageError naming it. */
export function parseDuration(text: string, name: string): number {
  const ms = durationMs(text);
  if (ms === undefined) throw new UsageError(`${name} ${text}: not a duration; write e.g. 90s, 10m, 2h, 1h30m, 1d or 1w`);
  if (ms <= 0) throw new UsageError(`${name} ${text}: the duration must be more than zero`);
  return ms;
}

/** A short human form of a duration: "45 s", "12 min 5 s", "3 h 12 min", "2 d 4 h". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 1000) return `${Math.round(abs)} ms`;
  const s = Math.floor(abs / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return sec > 0 ? `${m} min ${sec} s` : `${m} min`;
  return `${sec} s`;
}
