// Live progress on stderr while checks run: an ora spinner, and one line per finished check.
import { Chalk } from 'chalk';
import type { Ora } from 'ora';
import { redact } from '../core/redact.js';
import type { CheckResult } from '../core/types.js';
import { STATUS_ICON, formatDuration } from './labels.js';

/** Hooks the runner calls; a no-op when progress is off. */
export interface Progress {
  start(key: string): void;
  done(result: CheckResult): void;
  stop(): void;
}

/** Most running checks listed under the spinner, one line each. */
const MAX_LINES = 8;

const NONE: Progress = { start() {}, done() {}, stop() {} };

/** A spinner listing the checks still running, replaced by a result line as each one ends (ora loads only when shown). */
export async function createProgress(enabled: boolean, stream: NodeJS.WritableStream, color: boolean): Promise<Progress> {
  if (!enabled) return NONE;
  const { default: ora } = await import('ora');
  const c = new Chalk({ level: color ? 1 : 0 });
  const running = new Set<string>();
  let finished = 0;
  const spinner: Ora = ora({ stream: stream as NodeJS.WritableStream & { isTTY: true }, isEnabled: true, discardStdin: false });
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
      const line = colourOf[result.status](`${STATUS_ICON[result.status]} ${redact(result.key)}`) + c.gray(` ${formatDuration(result.durationMs)} `) + redact(result.summary);
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
