// Durations: --stale-after values in, human ages ("3 h 12 min") out.
import { UsageError } from '../core/errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "90s", "5m", "1h30m", "2d" into milliseconds; a bare number or unknown unit is a UsageError. */
export function parseDuration(text: string, option: string): number {
  const clean = text.trim().toLowerCase().replace(/\s+/g, '');
  const parts = [...clean.matchAll(/(\d+(?:\.\d+)?)(ms|sec|min|s|m|h|d)/g)];
  const joined = parts.map((p) => p[0]).join('');
  if (parts.length === 0 || joined !== clean) throw new UsageError(`${option}: "${text}" is not a duration; write e.g. 90s, 5m, 1h30m or 2d`);
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2] ?? 's'] ?? 1000), 0);
  if (ms <= 0) throw new UsageError(`${option}: the duration must be more than zero`);
  return Math.round(ms);
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
