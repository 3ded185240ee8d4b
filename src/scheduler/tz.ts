// Wall-clock times in a named time zone (the UI shows dates in the user's zone) turned into epoch ms.
import { UsageError } from '../core/errors.js';

/** The calendar fields of a wall-clock time; month is 1-12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Checks an IANA zone name (--tz) and returns it; a bad name is a UsageError. */
export function checkTimeZone(zone: string): string {
  try {
    formatter(zone);
    return zone;
  } catch {
    throw new UsageError(`unknown time zone "${zone}" (use an IANA name such as UTC, Europe/Berlin or Asia/Kolkata)`);
  }
}

/** The zone of this machine, used when --tz is not given. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Offset of `zone` from UTC at instant `ms`, in milliseconds. */
function offsetAt(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the clock in `zone` shows `wall`. */
export function zonedToEpoch(wall: WallClock, zone: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms);
  let guess = naive - offsetAt(naive, zone);
  const second = naive - offsetAt(guess, zone);
  if (second !== guess) guess = second;
  return guess;
}
