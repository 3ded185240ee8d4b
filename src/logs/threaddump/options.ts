// Validates the threaddump options shared by the command line and the config (`--count 3 --interval 10s`).
import { UsageError } from '../../core/errors.js';

/** Most dumps one series may take. */
export const MAX_COUNT = 20;

/** `10s`, `500ms`, `1m` or bare seconds, to milliseconds; at most 10 minutes. */
export function parseInterval(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new UsageError(`--interval ${text}: give a duration such as 10s, 500ms or 1m`);
  const n = Number(m[1]);
  const ms = m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
  if (ms > 600_000) throw new UsageError(`--interval ${text}: at most 10m`);
  return Math.round(ms);
}

/** A whole number in [min, max] for option `name`. */
export function parseWhole(name: string, value: unknown, min: number, max: number): number {
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < min || n > max || (typeof value === 'string' && !/^\d+$/.test(value.trim()))) {
    throw new UsageError(`${name} ${String(value)}: give a whole number from ${min} to ${max}`);
  }
  return n;
}
