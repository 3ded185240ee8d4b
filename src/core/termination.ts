// Ctrl-C and SIGTERM stop every running check; the report of what finished is still written, and the exit status
// is 128 + the signal's number (130, 143), what a shell reports for a program that signal ended; --max-time stops
// the run the same way when its time is up.
import { linkAbort } from './timeout.js';

/** The signals that stop a run. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** 128 + the signal number, per signal. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const satisfies Record<StopSignal, number>;

/** The abort reason every running check sees when a signal stops the run; it becomes that check's error. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly stopSignal: StopSignal) {
    super(`stopped by ${stopSignal} before it finished`);
  }
}

/** What the watcher needs of the process. */
export interface SignalProcess {
  on(event: StopSignal, listener: () => void): unknown;
  removeListener(event: StopSignal, listener: () => void): unknown;
  exit(code: number): never;
}

/** The run's stop switch: aborted by the first signal, which it remembers for the exit status. */
export interface Termination {
  signal: AbortSignal;
  /** The signal that stopped the run, if one did. */
  caught(): StopSignal | undefined;
  dispose(): void;
}

/**
 * Listens for SIGINT and SIGTERM. The first aborts `signal` (every check ends as "stopped", the report of the
 * others is written) and says so in one line; a second one ends the process at once with its status.
 */
export function watchTermination(say: (line: string) => void, proc: SignalProcess = process): Termination {
  const controller = new AbortController();
  let caught: StopSignal | undefined;
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = () => {
      if (caught) proc.exit(SIGNAL_EXIT[name]);
      caught = name;
      say(`maildoctor: ${name}: stopping the checks still running (again to quit at once)\n`);
      controller.abort(new InterruptedError(name));
    };
    proc.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    caught: () => caught,
    dispose: () => handlers.forEach(([name, handler]) => proc.removeListener(name, handler)),
  };
}

/** Why checks still running at --max-time stop: the overall limit a monitor gave the whole run. */
export class MaxTimeError extends Error {
  override name = 'MaxTimeError';
}

/** A signal that aborts with `parent`, or after `ms` with a MaxTimeError that each unfinished check reports. */
export function stopAfter(ms: number, parent: AbortSignal, label: string): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new MaxTimeError(`not finished within --max-time ${label}`)), ms);
  timer.unref();
  controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  linkAbort(parent, controller);
  return controller.signal;
}
