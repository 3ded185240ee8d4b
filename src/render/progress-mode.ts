// Which live progress a run shows on stderr: a spinner, plain throttled lines, or nothing.
import type { Format } from './types.js';

/** `spinner` redraws in place; `lines` appends a plain status line now and then; `off` writes nothing. */
export type ProgressMode = 'spinner' | 'lines' | 'off';

/** Narrowest terminal a spinner line with a check name can be drawn in without wrapping on every frame. */
export const MIN_SPINNER_COLUMNS = 20;

/** What the decision depends on: the stderr stream's terminal facts, the environment and the run's options. */
export interface ProgressFacts {
  stderr: { isTTY?: boolean; columns?: number; rows?: number };
  env: Readonly<Record<string, string | undefined>>;
  format: Format;
  quiet: boolean;
}

/** True when stderr is a terminal whose size is known and big enough to redraw a spinner in. */
export function usableTerminal(stderr: ProgressFacts['stderr']): boolean {
  return Boolean(stderr.isTTY) && (stderr.columns ?? 0) >= MIN_SPINNER_COLUMNS && (stderr.rows ?? 0) >= 1;
}

/**
 * The spinner only on a real terminal with a usable size that understands cursor movement (not TERM=dumb),
 * outside CI and for the text format; other terminals get plain lines; a pipe or file gets nothing (cron mails
 * and journals stay clean).
 */
export function progressMode(f: ProgressFacts): ProgressMode {
  if (f.quiet || !f.stderr.isTTY) return 'off';
  if (usableTerminal(f.stderr) && f.env.TERM !== 'dumb' && !f.env.CI && f.format === 'text') return 'spinner';
  return 'lines';
}
