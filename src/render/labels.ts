// Words and symbols for statuses and severities, shared by the human-readable renderers.
import type { Severity, Status } from '../core/types.js';

/** One-character symbol per status. */
export const STATUS_ICON: Record<Status, string> = { pass: '✔', warn: '!', fail: '✖', skip: '–', error: '☠' };

/** Upper-case label per status. */
export const STATUS_LABEL: Record<Status, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP', error: 'ERROR' };

/** Symbol per finding severity. */
export const SEVERITY_ICON: Record<Severity, string> = { info: 'i', warn: '!', fail: '✖' };

/** "1 failed, 2 passed" in the order a reader cares about. */
export function totalsSentence(totals: Record<Status, number>): string {
  const parts: string[] = [];
  if (totals.error) parts.push(`${totals.error} error${totals.error === 1 ? '' : 's'}`);
  if (totals.fail) parts.push(`${totals.fail} failed`);
  if (totals.warn) parts.push(`${totals.warn} warning${totals.warn === 1 ? '' : 's'}`);
  if (totals.pass) parts.push(`${totals.pass} passed`);
  if (totals.skip) parts.push(`${totals.skip} skipped`);
  return parts.length > 0 ? parts.join(', ') : 'no checks ran';
}

/** Milliseconds as a short human duration: 12 ms, 1.4 s, 2 min 5 s. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const min = Math.floor(ms / 60_000);
  return `${min} min ${Math.round((ms % 60_000) / 1000)} s`;
}
