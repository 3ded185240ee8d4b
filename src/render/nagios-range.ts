// Threshold ranges in the syntax of the Monitoring Plugins Development Guidelines (`10`, `10:`, `~:10`, `10:20`, `@10:20`).
import { UsageError } from '../core/errors.js';

/** A parsed range: alert when the value lies outside [start, end], or inside it when `inside` (the `@` form). */
export interface PluginRange {
  /** The text as given, repeated in the perfdata's warn/crit fields. */
  text: string;
  start: number;
  end: number;
  inside: boolean;
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function bound(text: string, whole: string, infinite: number): number {
  if (text === '') return infinite;
  if (!NUMBER.test(text)) throw new UsageError(`threshold "${whole}": "${text}" is not a number (ranges look like 10, 10:, ~:10, 10:20 or @10:20)`);
  return Number(text);
}

/**
 * Parses a range: `N` means 0..N, `N:` N..infinity, `~:N` -infinity..N, `M:N` M..N; a leading `@` alerts
 * inside the range instead of outside. Bounds are inclusive.
 */
export function parseRange(text: string): PluginRange {
  const inside = text.startsWith('@');
  const body = inside ? text.slice(1) : text;
  if (body === '') throw new UsageError(`threshold "${text}" is empty (ranges look like 10, 10:, ~:10, 10:20 or @10:20)`);
  const colon = body.indexOf(':');
  const [startText, endText] = colon < 0 ? ['0', body] : [body.slice(0, colon), body.slice(colon + 1)];
  const start = startText === '~' ? -Infinity : bound(startText, text, 0);
  const end = bound(endText, text, Infinity);
  if (start > end) throw new UsageError(`threshold "${text}": the start is above the end`);
  return { text, start, end, inside };
}

/** True when `value` raises the alert the range describes. */
export function alerts(range: PluginRange, value: number): boolean {
  const within = value >= range.start && value <= range.end;
  return range.inside ? within : !within;
}
