// What verdicts are drawn from: each problem a check found (key, cause, severity), and where each mailbox chain stopped.
import type { CheckResult, Evidence, Severity } from '../core/types.js';
import type { CauseId } from '../knowledge/index.js';
import type { VerdictCauseId } from '../knowledge/verdict-causes.js';
import type { ChainStage, ServerChain } from './chains.js';

/** One problem one check found: the evidence a verdict names. `cause` is null for a check that ended in an error. */
export interface Fact {
  check: string;
  checkId: string;
  cause: CauseId | null;
  severity: Severity;
  detail: string;
}

/** Where a mailbox chain stopped: the stage, the check that failed there, and its first problem. */
export interface ChainStop {
  chain: ServerChain;
  stage: ChainStage['stage'];
  result: CheckResult;
  fact: Fact;
  /** True when the stage was skipped rather than failed (its prerequisite lies outside the chain). */
  skipped: boolean;
}

/** A verdict before it is resolved against the knowledge base. */
export interface Draft {
  rule: string;
  cause: VerdictCauseId;
  severity: Severity;
  detail: string;
  /** What the verdict rests on. */
  found: Fact[];
  /** Other checks' evidence of the same fault. */
  agrees: Fact[];
  /** Chain verdicts this one explains, folded under it instead of standing alone. */
  explains: Draft[];
  /** Set on chain verdicts, which another verdict may explain. */
  stop?: ChainStop;
  /** Decides which chain verdicts this one explains. */
  covers?: (stop: ChainStop) => boolean;
  evidence?: Evidence;
}

/** Everything a rule may look at. */
export interface VerdictInput {
  results: readonly CheckResult[];
  chains: readonly ServerChain[];
  byKey: ReadonlyMap<string, CheckResult>;
  facts: readonly Fact[];
  stops: readonly ChainStop[];
}

const PROBLEM: ReadonlySet<string> = new Set(['fail', 'error']);

/** The first line of a text, at most `max` characters: whole for any finding a check writes (a deadlock names both threads and locks), bounded against a runaway one. */
export function firstLine(text: string, max = 400): string {
  const line = text.split('\n')[0]!.trim().replace(/\.$/, '');
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** The problems of a result: its warn and fail findings, or the error it ended with. */
export function factsOf(r: CheckResult): Fact[] {
  if (r.status === 'error') return [{ check: r.key, checkId: r.id, cause: null, severity: 'fail', detail: firstLine(r.error?.message ?? r.summary) }];
  return r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ check: r.key, checkId: r.id, cause: f.cause, severity: f.severity, detail: firstLine(f.detail) }));
}

/** Where a chain stopped: the first stage that failed; else the first one skipped; undefined when none did. */
export function chainStop(chain: ServerChain, byKey: ReadonlyMap<string, CheckResult>): ChainStop | undefined {
  const staged = chain.stages.flatMap((s) => {
    const result = byKey.get(s.key);
    return result ? [{ stage: s.stage, result }] : [];
  });
  const failed = staged.find((s) => PROBLEM.has(s.result.status));
  const stop = failed ?? staged.find((s) => s.result.status === 'skip');
  if (!stop) return undefined;
  const fact = factsOf(stop.result)[0] ?? {
    check: stop.result.key,
    checkId: stop.result.id,
    cause: null,
    severity: 'fail' as const,
    detail: firstLine(stop.result.summary),
  };
  return { chain, stage: stop.stage, result: stop.result, fact, skipped: !failed };
}

/** Gathers facts and chain stops once for every rule. */
export function verdictInput(results: readonly CheckResult[], chains: readonly ServerChain[]): VerdictInput {
  const byKey = new Map(results.map((r) => [r.key, r]));
  const stops = chains.flatMap((c) => {
    const stop = chainStop(c, byKey);
    return stop ? [stop] : [];
  });
  return { results, chains, byKey, facts: results.flatMap(factsOf), stops };
}

/** "quartz (quartz.trigger.stale, quartz.fired.stuck), logs (log.polling.stopped)": each check once, with its causes. */
export function factList(facts: readonly Fact[]): string {
  const byCheck = new Map<string, { id: string; causes: Set<string> }>();
  for (const f of facts) {
    const entry = byCheck.get(f.check) ?? { id: f.checkId, causes: new Set<string>() };
    entry.causes.add(f.cause ?? 'error');
    byCheck.set(f.check, entry);
  }
  return [...byCheck.values()].map((e) => `${e.id} (${[...e.causes].join(', ')})`).join(', ');
}
