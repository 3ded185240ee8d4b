// Runs checks concurrently under timeouts, honours `needs`, and turns throws into `status: error`.
import { errorMessage } from './errors.js';
import { defaultKey } from './keys.js';
import { resolveFinding } from './finding.js';
import { redact, redactCounting, type MaskCounter } from './redact.js';
import { SharedValues } from './shared.js';
import { statusFromSeverities } from './status.js';
import { getMaxListeners, setMaxListeners } from 'node:events';
import { overrunResult } from './check-deadline.js';
import { CHECK_GRACE_MS, DEFAULT_STEP_TIMEOUT_MS, abortError, linkAbort } from './timeout.js';
import type { Check, CheckResult, Evidence, Status, TranscriptLine } from './types.js';

/** Options of one run of checks. */
export interface RunOptions {
  /** Per-step timeout (--timeout); a check gets `steps` of them (default one) unless it sets its own budget. */
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

async function runOne(check: Check, key: string, finished: ReadonlyMap<string, CheckResult>, shared: SharedValues, options: RunOptions): Promise<CheckResult> {
  const stepMs = options.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const budget = check.timeoutMs ?? stepMs * (check.steps ?? 1);
  const controller = new AbortController();
  // Probes time out on their own at the budget. Half a grace later the check's signal aborts, so that whatever still
  // waits (a peer dripping bytes) stops and the check can say which step it was; a check that has not answered by the
  // end of the grace is abandoned with the check.timeout finding.
  let overran = false;
  const timer = setTimeout(
    () => {
      overran = true;
      controller.abort(new DOMException('check timed out', 'TimeoutError'));
    },
    budget + CHECK_GRACE_MS / 2,
  );
  let lateTimer: NodeJS.Timeout | undefined;
  if (options.signal) linkAbort(options.signal, controller);
  const signal = controller.signal;
  const started = performance.now() - (check.preparedMs ?? 0);
  options.onStart?.(check, key);
  const base = { id: check.id, key, title: check.title, target: check.target };
  const overrun = () => overrunResult({ check, key, budgetMs: budget, timeoutMs: stepMs, durationMs: Math.round(performance.now() - started) });
  try {
    const cancelled = new Promise<never>((_, reject) => {
      const onAbort = () => {
        if (!overran) reject(abortError(signal, `${check.title} (${check.target})`));
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    cancelled.catch(() => undefined);
    const late = new Promise<'late'>((resolve) => {
      lateTimer = setTimeout(() => resolve('late'), budget + CHECK_GRACE_MS);
    });
    const outcome = await Promise.race([
      check.run({ signal, timeoutMs: stepMs, verbose: options.verbose ?? false, results: finished, shared }),
      cancelled,
      late,
    ]);
    if (outcome === 'late') return overrun();
    const findings = outcome.findings.map(resolveFinding);
    const status: Status = outcome.skipped ? 'skip' : statusFromSeverities(findings.map((f) => f.severity));
    return {
      ...base,
      status,
      durationMs: Math.round(performance.now() - started),
      summary: outcome.skipped ?? outcome.summary,
      findings,
      ...(options.verbose && outcome.transcript
        ? withTranscript(outcome.evidence ?? {}, outcome.transcript, outcome.transcriptMasks ?? 0)
        : { evidence: outcome.evidence ?? {} }),
    };
  } catch (err) {
    if (overran) return overrun();
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
    clearTimeout(lateTimer);
    controller.abort();
  }
}

/** The transcript as shown (redacted again, for secrets registered after a line was recorded) and its masks counted in `redacted`. */
function withTranscript(evidence: Evidence, lines: TranscriptLine[], recorded: number): { evidence: Evidence; transcript: TranscriptLine[] } {
  const count: MaskCounter = { n: recorded };
  const transcript = lines.map((t) => ({ ...t, text: redactCounting(t.text, count) }));
  if (count.n === 0) return { evidence, transcript };
  return { evidence: { ...evidence, redacted: (typeof evidence.redacted === 'number' ? evidence.redacted : 0) + count.n }, transcript };
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
