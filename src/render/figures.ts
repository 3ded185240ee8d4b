// The measured figures a report carries, read from its evidence: certificate days, latency, queue age, cause counts.
import type { CheckResult, Evidence, Finding, Report } from '../core/types.js';

/** The figure kinds thresholds and metrics apply to. */
export const FIGURE_KINDS = ['cert-days', 'latency', 'queue-age'] as const;

/** One kind of per-check figure. */
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** One figure of one check: days, or seconds. */
export interface CheckFigure {
  kind: FigureKind;
  result: CheckResult;
  value: number;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function obj(v: unknown): Evidence | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Evidence) : undefined;
}

/** Seconds from `now` until the earliest notAfter of a TLS chain (negative once expired), when the check saw a chain. */
export function certExpirySeconds(r: CheckResult, now: number): number | undefined {
  const chain = Array.isArray(r.evidence.chain) ? (r.evidence.chain as unknown[]) : [];
  const ends = chain.map((c) => Date.parse(String(obj(c)?.notAfter ?? ''))).filter((t) => Number.isFinite(t));
  return ends.length > 0 ? (Math.min(...ends) - now) / 1000 : undefined;
}

/** Whole days left on the earliest-expiring certificate of the chain, as the tls check counts them. */
function certDays(r: CheckResult): number | undefined {
  const chain = Array.isArray(r.evidence.chain) ? (r.evidence.chain as unknown[]) : [];
  const days = chain.map((c) => num(obj(c)?.daysLeft)).filter((d): d is number => d !== undefined);
  return days.length > 0 ? Math.min(...days) : undefined;
}

/** The network latency a check measured, in seconds: TCP connect, time to first byte, or the route's round trip. */
function latency(r: CheckResult): number | undefined {
  const e = r.evidence;
  const ping = obj(e.ping);
  const ms =
    r.id === 'route' ? (((num(ping?.received) ?? 0) > 0 ? num(ping?.avgMs) : undefined) ?? num(obj(e.tcp)?.avgMs)) : (num(e.connectMs) ?? num(e.ttfbMs));
  return ms === undefined ? undefined : ms / 1000;
}

/** How long mail may have waited, in seconds: since the polling trigger last fired (Quartz) or the last fetch in the logs. */
function queueAge(r: CheckResult): number | undefined {
  const ages = r.findings.flatMap((f) => {
    const e = f.evidence;
    const minutes = num(e.minutesSinceLastFetch);
    if (minutes !== undefined) return [minutes * 60];
    const asOf = Date.parse(String(e.asOf ?? ''));
    const prev = Date.parse(String(e.prevFireTime ?? ''));
    return Number.isFinite(asOf) && Number.isFinite(prev) ? [(asOf - prev) / 1000] : [];
  });
  return ages.length > 0 ? Math.max(...ages) : undefined;
}

const READERS: Record<FigureKind, (r: CheckResult) => number | undefined> = { 'cert-days': certDays, latency, 'queue-age': queueAge };

/** Every figure of every check, in report order. */
export function checkFigures(report: Report): CheckFigure[] {
  return report.results.flatMap((result) =>
    FIGURE_KINDS.flatMap((kind) => {
      const value = READERS[kind](result);
      return value === undefined ? [] : [{ kind, result, value }];
    }),
  );
}

/** Every finding of the report: each check's, then the run's verdicts. */
export function allFindings(report: Report): Finding[] {
  return [...report.results.flatMap((r) => r.findings), ...(report.verdicts ?? [])];
}

/** Occurrences per cause: a log or audit finding counts the lines or entries it stands for, any other finding 1. */
export function causeCounts(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of allFindings(report)) counts.set(f.cause, (counts.get(f.cause) ?? 0) + (num(f.evidence.count) ?? 1));
  return counts;
}

/** How many distinct causes at warn or fail severity the report names. */
export function problemCauses(report: Report): number {
  return new Set(
    allFindings(report)
      .filter((f) => f.severity !== 'info')
      .map((f) => f.cause),
  ).size;
}

/** When the report was finished, in milliseconds since the epoch. */
export function reportEnd(report: Report): number {
  return Date.parse(report.startedAt) + report.durationMs;
}
