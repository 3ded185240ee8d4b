// Limits of `threaddump --collect` shared by its option schema and its checks (`--count 3 --interval 10s`).
import { parseDuration } from '../../core/duration.js';
import { UsageError } from '../../core/errors.js';

/** Most dumps one series may take. */
export const MAX_COUNT = 20;

/** The time between dumps (`10s`, `500ms`, `1m`) in milliseconds; at most 10 minutes. */
export function parseInterval(text: string, name = '--interval'): number {
  const ms = parseDuration(text, name);
  if (ms > 600_000) throw new UsageError(`${name} ${text}: at most 10m`);
  return ms;
}
