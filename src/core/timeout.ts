// Named timeouts and the helpers that bound every wait with an AbortSignal.
import { TimeoutError } from './errors.js';

/** Default budget of one network step (connect, greeting, handshake, reply): --timeout. */
export const DEFAULT_STEP_TIMEOUT_MS = 10_000;

/**
 * Time (1 s) a check has after its budget to report its own timeout finding before the runner stops waiting for it
 * (its signal aborts halfway): every check ends within its budget (--timeout, for a one-step check) plus this.
 */
export const CHECK_GRACE_MS = 1_000;

/**
 * A signal that aborts after `ms`, or when `parent` aborts, whichever is first. Built on a plain timer and
 * controller: signals made by AbortSignal.any() and AbortSignal.timeout() are held weakly by Node and can be
 * collected before they fire, which leaves a wait without its timeout.
 */
export function deadline(ms: number, parent?: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
  timer.unref();
  controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  if (parent) linkAbort(parent, controller);
  return controller.signal;
}

/** Aborts `child` when `parent` aborts (at once if it already has), with the parent's reason. */
export function linkAbort(parent: AbortSignal, child: AbortController): void {
  if (parent.aborted) return child.abort(parent.reason);
  const onAbort = () => child.abort(parent.reason);
  parent.addEventListener('abort', onAbort, { once: true });
  child.signal.addEventListener('abort', () => parent.removeEventListener('abort', onAbort), { once: true });
}

/** Rejects with a TimeoutError (or the abort reason) when `signal` aborts before `promise` settles. */
export function withSignal<T>(promise: Promise<T>, signal: AbortSignal, what: string): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal, what));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal, what));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** The error to report for an aborted signal: timeouts become TimeoutError naming the step. */
export function abortError(signal: AbortSignal, what: string): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name !== 'TimeoutError' && reason.name !== 'AbortError') return reason;
  return new TimeoutError(`${what} timed out`);
}

/** Resolves after `ms` unless the signal aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal, 'wait'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortError(signal!, 'wait'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
