// Live progress on stderr while checks run: an ora spinner on a usable terminal, plain throttled lines elsewhere.
import { Chalk } from 'chalk';
import type { Ora } from 'ora';
import { redact } from '../core/redact.js';
import type { CheckResult } from '../core/types.js';
import { STATUS_ICON, formatDuration } from './labels.js';
import { MIN_SPINNER_COLUMNS, type ProgressMode } from './progress-mode.js';

/** Hooks the runner calls; a no-op when progress is off. */
export interface Progress {
  start(key: string): void;
  done(result: CheckResult): void;
  stop(): void;
}

type TerminalStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };

/** Most running checks listed under the spinner, one line each. */
const MAX_LINES = 8;

/** Most running checks named on one plain progress line. */
const MAX_NAMED = 3;

/** Plain progress lines come at most this often (and the first only once a run has taken this long). */
export const LINE_INTERVAL_MS = 5000;

const NONE: Progress = { start() {}, done() {}, stop() {} };

/** Builds the progress display for a mode (ora loads only when the spinner is shown). */
export async function createProgress(mode: ProgressMode, stream: TerminalStream, color: boolean): Promise<Progress> {
  if (mode === 'off') return NONE;
  if (mode === 'lines') return lineProgress(stream);
  return spinnerProgress(stream, color);
}

/** One plain status line: elapsed time, checks done, and the first few still running. */
export function progressLine(elapsedMs: number, finished: number, running: string[]): string {
  const named = running.slice(0, MAX_NAMED).join(', ');
  const more = running.length > MAX_NAMED ? ` +${running.length - MAX_NAMED} more` : '';
  const still = running.length > 0 ? `; running: ${named}${more}` : '';
  return `maildoctor: ${formatDuration(elapsedMs)}, ${finished} check${finished === 1 ? '' : 's'} done${still}\n`;
}

/** Appends a status line every LINE_INTERVAL_MS while checks run: no cursor movement, nothing for short runs. */
export function lineProgress(stream: NodeJS.WritableStream, now: () => number = Date.now): Progress {
  const started = now();
  const running = new Set<string>();
  let finished = 0;
  const timer = setInterval(() => stream.write(progressLine(now() - started, finished, [...running])), LINE_INTERVAL_MS);
  timer.unref();
  return {
    start: (key) => void running.add(key),
    done(result) {
      running.delete(result.key);
      finished += 1;
    },
    stop: () => clearInterval(timer),
  };
}

/** The stream as ora sees it, never narrower than a spinner line, so a terminal resized to 0 columns cannot make ora loop. */
function clampedStream(stream: TerminalStream): TerminalStream {
  return new Proxy(stream, {
    get(target, prop) {
      if (prop === 'columns') return Math.max(target.columns ?? 0, MIN_SPINNER_COLUMNS);
      if (prop === 'rows') return Math.max(target.rows ?? 0, 1);
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A spinner listing the checks still running, replaced by a result line as each one ends. */
async function spinnerProgress(stream: TerminalStream, color: boolean): Promise<Progress> {
  const { default: ora } = await import('ora');
  const c = new Chalk({ level: color ? 1 : 0 });
  const running = new Set<string>();
  let finished = 0;
  const spinner: Ora = ora({ stream: clampedStream(stream) as NodeJS.WritableStream & { isTTY: true }, isEnabled: true, discardStdin: false });
  const refresh = () => {
    const names = [...running];
    const shown = names.slice(0, MAX_LINES).map((n) => c.gray(`${n} …`));
    if (names.length > MAX_LINES) shown.push(c.gray(`+${names.length - MAX_LINES} more`));
    spinner.text = `${finished} done, ${names.length} running\n  ${shown.join('\n  ')}`;
  };
  const colourOf = { pass: c.green, warn: c.yellow, fail: c.red, error: c.magenta, skip: c.gray };
  return {
    start(key) {
      running.add(redact(key));
      refresh();
      if (!spinner.isSpinning) spinner.start();
    },
    done(result) {
      running.delete(redact(result.key));
      finished += 1;
      const line =
        colourOf[result.status](`${STATUS_ICON[result.status]} ${redact(result.key)}`) +
        c.gray(` ${formatDuration(result.durationMs)} `) +
        redact(result.summary);
      spinner.stopAndPersist({ symbol: '', text: line });
      if (running.size > 0) {
        refresh();
        spinner.start();
      }
    },
    stop() {
      if (spinner.isSpinning) spinner.stop();
    },
  };
}
