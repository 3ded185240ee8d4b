// Runs checks concurrently under timeouts, honours `needs`, and turns throws into `status: error`.
import { errorMessage } from './errors.js';
import { defaultKey } from './keys.js';
import { resolveFinding } from './finding.js';
import { redact } from './redact.js';
import { SharedValues } from './shared.js';
import { statusFromSeverities } from './status.js';
import { getMaxListeners, setMaxListeners } from 'node:events';
import { CHECK_TIMEOUT_GRACE_MS, CHECK_TIMEOUT_STEPS, DEFAULT_STEP_TIMEOUT_MS, abortError, linkAbort } from './timeout.js';
import type { Check, CheckResult, Status } from './types.js';

/** Options of one run of checks. */
export interface RunOptions {
  /** Per-step timeout (--timeout); a whole check gets CHECK_TIMEOUT_STEPS of them plus a grace unless it says otherwise. */
  timeoutMs?: number;
  verbose?: boolean;
  /** Cancels every running check (Ctrl-C). */
  signal?: AbortSignal;
  /** Values shared between the checks of this run. */
  shared?: SharedValues;
  onStart?: (check: Check, key: string) => void;
  onDone?: (result: CheckResult) => void;
}

/** Statuses of a prerequisite that let its dependants run. */
const PASSING: ReadonlySet<Status> = new Set(['pass', 'warn']);

/** The key other checks use in `needs`. */
export function checkKey(check: Check): string {
  return check.key ?? defaultKey(check.id, check.target);
}

/** Runs all checks, each as soon as its prerequisites finished; results come back in input order. */
export async function runChecks(checks: Check[], options: RunOptions = {}): Promise<CheckResult[]> {
  const keys = checks.map(checkKey);
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate) throw new Error(`two checks share the key "${duplicate}"`);
  const done = new Map<string, Promise<CheckResult>>();
  const finished = new Map<string, CheckResult>();
  const shared = options.shared ?? new SharedValues();
  // Every running check listens on the run's signal until it ends: as many listeners as checks, not a leak.
  if (options.signal) setMaxListeners(Math.max(getMaxListeners(options.signal), checks.length + 10), options.signal);

  const start = (check: Check, key: string, trail: string[]): Promise<CheckResult> => {
    const existing = done.get(key);
    if (existing) return existing;
    const promise = (async () => {
      const needs = check.needs ?? [];
      const prereqs = await Promise.all(
        needs.map((need) => {
          const index = keys.indexOf(need);
          const dep = checks[index];
          if (!dep) return Promise.resolve(missingPrereq(check, key, need));
          if (trail.includes(need)) return Promise.resolve(missingPrereq(check, key, need, 'forms a cycle'));
          return start(dep, need, [...trail, key]);
        }),
      );
      const blocker = prereqs.find((r) => !PASSING.has(r.status));
      const result = blocker ? skippedFor(check, key, blocker) : await runOne(check, key, finished, shared, options);
      finished.set(key, result);
      options.onDone?.(result);
      return result;
    })();
    done.set(key, promise);
    return promise;
  };

  return Promise.all(checks.map((check, i) => start(check, keys[i] ?? checkKey(check), [])));
}

async function runOne(
  check: Check,
  key: string,
  finished: ReadonlyMap<string, CheckResult>,
  shared: SharedValues,
  options: RunOptions,
): Promise<CheckResult> {
  const stepMs = options.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const budget = check.timeoutMs ?? stepMs * CHECK_TIMEOUT_STEPS + CHECK_TIMEOUT_GRACE_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('check timed out', 'TimeoutError')), budget);
  if (options.signal) linkAbort(options.signal, controller);
  const signal = controller.signal;
  const started = performance.now();
  options.onStart?.(check, key);
  const base = { id: check.id, key, title: check.title, target: check.target };
  try {
    const aborted = new Promise<never>((_, reject) => {
      const onAbort = () => reject(abortError(signal, `${check.title} (${check.target}) after ${budget} ms`));
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => undefined);
    const outcome = await Promise.race([
      check.run({ signal, timeoutMs: stepMs, verbose: options.verbose ?? false, results: finished, shared }),
      aborted,
    ]);
    const findings = outcome.findings.map(resolveFinding);
    const status: Status = outcome.skipped ? 'skip' : statusFromSeverities(findings.map((f) => f.severity));
    return {
      ...base,
      status,
      durationMs: Math.round(performance.now() - started),
      summary: outcome.skipped ?? outcome.summary,
      findings,
      evidence: outcome.evidence ?? {},
      ...(options.verbose && outcome.transcript
        ? { transcript: outcome.transcript.map((t) => ({ ...t, text: redact(t.text) })) }
        : {}),
    };
  } catch (err) {
    const error = err instanceof Error ? err : new Error(errorMessage(err));
    return {
      ...base,
      status: 'error',
      durationMs: Math.round(performance.now() - started),
      summary: redact(error.message),
      findings: [],
      evidence: {},
      error: { name: error.name, message: redact(error.message), ...(options.verbose && error.stack ? { stack: redact(error.stack) } : {}) },
    };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

function skippedFor(check: Check, key: string, blocker: CheckResult): CheckResult {
  return {
    id: check.id,
    key,
    title: check.title,
    target: check.target,
    status: 'skip',
    durationMs: 0,
    summary: `skipped: needs ${blocker.key}, which ended ${blocker.status}`,
    findings: [],
    evidence: { skippedBecause: blocker.key, prerequisiteStatus: blocker.status },
  };
}

function missingPrereq(check: Check, key: string, need: string, why = 'is not part of this run'): CheckResult {
  return {
    id: 'prerequisite',
    key: need,
    title: 'prerequisite',
    target: need,
    status: 'error',
    durationMs: 0,
    summary: `${need} ${why} (needed by ${key} ${check.title})`,
    findings: [],
    evidence: {},
  };
}
