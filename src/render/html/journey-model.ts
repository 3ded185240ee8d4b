// What the journey diagram shows, read from the report: per step its state, counts and the reasons behind them.
import type { CheckResult, Report, Severity } from '../../core/types.js';
import { EMAIL_JOURNEY_STEPS, type JourneyStep } from '../../knowledge/email-journey.js';
import { CHECK_STEP, DIRECTION_STEP, STATUS_STEP, STEP_CAUSES, statusOfCause } from '../../knowledge/journey-status.js';
import type { CauseId } from '../../knowledge/index.js';
import { checkAnchor } from './anchors.js';
import { num, obj, readSteps, str } from './read.js';

/** `stops`: the step fails for every email; `fails`: some emails fail there; `ok`: seen working; `unknown`: no evidence. */
export type StepState = 'stops' | 'fails' | 'warn' | 'ok' | 'unknown';

/** One reason for a step's state, linked to the check it comes from. */
export interface StepSignal {
  state: Exclude<StepState, 'unknown'>;
  text: string;
  anchor: string;
}

/** A count shown in a step's box. */
export interface StepMetric {
  source: 'audit' | 'logs';
  text: string;
  tone: 'ok' | 'fail' | 'warn';
}

/** One step of the diagram. */
export interface StepView {
  step: JourneyStep;
  state: StepState;
  metrics: StepMetric[];
  signals: StepSignal[];
}

/** An incoming or outgoing server, as its chain of checks ended. */
export interface ServerView {
  direction: 'incoming' | 'outgoing';
  name: string;
  endpoint: string;
  state: 'stops' | 'warn' | 'ok' | 'unknown';
  note: string;
  anchor: string;
}

/** The whole picture; `stopsAt` is the first step that stops all mail, else the first where some mail fails. */
export interface JourneyView {
  steps: StepView[];
  servers: ServerView[];
  stopsAt: number | undefined;
  allStop: boolean;
}

const CHAIN_KEY = /^(incoming|outgoing) (.+) (dns|port|tls|oauth|auth|graph)$/;
const RANK: Record<StepState, number> = { stops: 0, fails: 1, warn: 2, ok: 3, unknown: 4 };
const REACHED: Record<number, string> = { 2: 'fetch runs', 3: 'RECEIVED', 5: 'PROCESSED', 7: 'SENT' };
const BAD = new Set(['fail', 'error']);

function chains(report: Report): ServerView[] {
  const groups = new Map<string, { direction: 'incoming' | 'outgoing'; name: string; results: CheckResult[] }>();
  for (const r of report.results) {
    const m = CHAIN_KEY.exec(r.key);
    if (!m) continue;
    const id = `${m[1]} ${m[2]}`;
    const g = groups.get(id) ?? { direction: m[1] as 'incoming' | 'outgoing', name: m[2]!, results: [] };
    g.results.push(r);
    groups.set(id, g);
  }
  return [...groups.values()].map((g) => {
    const withHost = g.results.find((r) => str(r.evidence.host) && num(r.evidence.port));
    const endpoint = withHost ? `${String(withHost.evidence.host)}:${String(withHost.evidence.port)}` : g.results[0]!.target;
    const broken = g.results.find((r) => BAD.has(r.status));
    const warned = g.results.find((r) => r.status === 'warn');
    const last = g.results[g.results.length - 1]!;
    const stage = (r: CheckResult) => CHAIN_KEY.exec(r.key)![3]!;
    const problem = broken?.findings.find((f) => f.severity !== 'info')?.title;
    if (broken)
      return {
        direction: g.direction,
        name: g.name,
        endpoint,
        state: 'stops',
        note: `stops at ${stage(broken)}: ${problem ?? broken.summary}`,
        anchor: checkAnchor(report, broken),
      };
    if (warned)
      return {
        direction: g.direction,
        name: g.name,
        endpoint,
        state: 'warn',
        note: `${stage(warned)}: ${warned.summary}`,
        anchor: checkAnchor(report, warned),
      };
    const passed = g.results.every((r) => r.status === 'pass');
    return {
      direction: g.direction,
      name: g.name,
      endpoint,
      state: passed ? 'ok' : 'unknown',
      note: passed ? 'every stage passed' : last.summary,
      anchor: checkAnchor(report, last),
    };
  });
}

function severityState(s: Severity, whole: boolean): Exclude<StepState, 'unknown'> {
  if (s === 'fail') return whole ? 'stops' : 'fails';
  return s === 'warn' ? 'warn' : 'ok';
}

function metricsOf(source: 'audit' | 'logs', r: CheckResult, add: (step: number, m: StepMetric) => void): void {
  for (const s of readSteps(r.evidence)) {
    if (s.reached > 0) add(s.step, { source, text: `${s.reached} ${REACHED[s.step] ?? 'reached'}`, tone: 'ok' });
    if (s.failed > 0) add(s.step, { source, text: `${s.failed} ${s.step === 6 ? 'SEND_FAILED' : 'failed'}`, tone: 'fail' });
    if (s.ignored > 0) add(s.step, { source, text: `${s.ignored} ignored`, tone: 'warn' });
  }
}

function stepsOfFinding(cause: CauseId, evidence: Record<string, unknown>): { steps: number[]; whole: boolean } {
  const whole = STEP_CAUSES[cause];
  if (whole) return { steps: [...whole], whole: true };
  const stopped = [evidence.stoppedAt]
    .flat()
    .map((x) => num(obj(x)?.step))
    .filter((n): n is number => n !== undefined);
  if (stopped.length > 0) return { steps: [stopped[0]!], whole: false };
  const status = statusOfCause(cause);
  return { steps: status ? [STATUS_STEP[status].step] : [], whole: false };
}

/** True when the report says anything about a step or a mail server. */
export function hasJourney(view: JourneyView): boolean {
  return view.servers.length > 0 || view.steps.some((s) => s.state !== 'unknown' || s.metrics.length > 0);
}

/** Reads every signal the report holds about the seven steps. */
export function journeyView(report: Report): JourneyView {
  const steps: StepView[] = EMAIL_JOURNEY_STEPS.map((step) => ({ step, state: 'unknown', metrics: [], signals: [] }));
  const signal = (n: number, s: StepSignal) => steps[n - 1]?.signals.push(s);
  const servers = chains(report);
  for (const s of servers) {
    if (s.state !== 'unknown')
      signal(DIRECTION_STEP[s.direction], { state: s.state, text: `${s.direction} "${s.name}" (${s.endpoint}) ${s.note}`, anchor: s.anchor });
  }
  for (const r of report.results) {
    const anchor = checkAnchor(report, r);
    const own = CHECK_STEP[r.id];
    if (own && !CHAIN_KEY.test(r.key) && r.status !== 'skip') {
      signal(own, { state: BAD.has(r.status) ? 'stops' : r.status === 'warn' ? 'warn' : 'ok', text: `${r.id}: ${r.summary}`, anchor });
    }
    if (r.id === 'audit' || r.id === 'logs') metricsOf(r.id, r, (n, m) => steps[n - 1]?.metrics.push(m));
    for (const f of r.findings) {
      const { steps: at, whole } = stepsOfFinding(f.cause, f.evidence);
      if (f.severity === 'info' && !whole) continue;
      const count = num(f.evidence.count);
      for (const n of at)
        signal(n, { state: severityState(f.severity, whole), text: `${r.id}: ${count !== undefined && count > 1 ? `${count} × ` : ''}${f.title}`, anchor });
    }
  }
  for (const s of steps) {
    s.signals.sort((a, b) => RANK[a.state] - RANK[b.state]);
    s.state = s.signals[0]?.state ?? (s.metrics.some((m) => m.tone === 'ok') ? 'ok' : 'unknown');
  }
  const stop = steps.find((s) => s.state === 'stops') ?? steps.find((s) => s.state === 'fails');
  return { steps, servers, stopsAt: stop?.step.step, allStop: stop?.state === 'stops' };
}
