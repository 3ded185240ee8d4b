// Named timeouts and the helpers that bound every wait with an AbortSignal.
import { TimeoutError } from './errors.js';

/** Default budget of one network step (connect, greeting, handshake, reply): --timeout. */
export const DEFAULT_STEP_TIMEOUT_MS = 10_000;

/** How many steps a whole check may take before the runner gives up on it. */
export const CHECK_TIMEOUT_STEPS = 4;

/** Extra time on top of those steps (2 s), so loading a probe's library on a busy machine never eats a step. */
export const CHECK_TIMEOUT_GRACE_MS = 2_000;

/** A signal that aborts after `ms`, or when `parent` aborts, whichever is first. */
export function deadline(ms: number, parent?: AbortSignal): AbortSignal {
  const own = AbortSignal.timeout(ms);
  return parent ? AbortSignal.any([parent, own]) : own;
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
