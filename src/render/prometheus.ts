// The fleet's view: Prometheus text exposition for node_exporter's textfile collector (no timestamps, HELP and TYPE first).
import type { CheckResult, Report, Status } from '../core/types.js';
import { causeCounts, certExpirySeconds, reportEnd } from './figures.js';
import type { RenderOptions } from './types.js';

/** maildoctor_check_status values; alert on `> 0`. A skipped check is -1: the check it needed already reports the problem. */
export const STATUS_VALUE: Record<Status, number> = { pass: 0, warn: 1, fail: 2, error: 3, skip: -1 };

/** Escapes a label value as the exposition format requires: backslash, double quote and line feed. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Escapes HELP text: backslash and line feed. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** A sample value as Prometheus writes floats (`+Inf`, `-Inf`, `NaN` spelled its way). */
function value(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return String(Number.isInteger(n) ? n : Number(n.toFixed(6)));
}

function labels(pairs: [string, string][]): string {
  return pairs.length === 0 ? '' : `{${pairs.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}

interface Sample {
  labels: [string, string][];
  value: number;
}

function family(name: string, help: string, samples: Sample[]): string[] {
  return [`# HELP ${name} ${escapeHelp(help)}`, `# TYPE ${name} gauge`, ...samples.map((s) => `${name}${labels(s.labels)} ${value(s.value)}`)];
}

/** The check and target labels of each result; a repeated pair gets ` #2`, ` #3` on its target so no series is written twice. */
function checkLabels(results: CheckResult[]): Map<CheckResult, [string, string][]> {
  const seen = new Map<string, number>();
  return new Map(
    results.map((r) => {
      const pair = `${r.id}\u0000${r.target}`;
      const n = (seen.get(pair) ?? 0) + 1;
      seen.set(pair, n);
      return [
        r,
        [
          ['check', r.id],
          ['target', n === 1 ? r.target : `${r.target} #${n}`],
        ],
      ];
    }),
  );
}

/** Renders the report as `.prom` text: one gauge family per metric, each with HELP and TYPE. */
export function renderPrometheus(report: Report, _options: RenderOptions): string {
  const byResult = checkLabels(report.results);
  const end = reportEnd(report);
  const status = report.results.map((r) => ({ labels: byResult.get(r)!, value: STATUS_VALUE[r.status] }));
  const duration = report.results.map((r) => ({ labels: byResult.get(r)!, value: r.durationMs / 1000 }));
  const causes = [...causeCounts(report)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cause, n]) => ({ labels: [['cause', cause]] as [string, string][], value: n }));
  const expiry = report.results.flatMap((r) => {
    const s = certExpirySeconds(r, end);
    return s === undefined ? [] : [{ labels: byResult.get(r)!, value: Math.round(s) }];
  });
  return `${[
    ...family('maildoctor_check_status', 'Outcome of each check: 0 pass, 1 warn, 2 fail, 3 error (could not finish), -1 skipped.', status),
    ...family('maildoctor_check_duration_seconds', 'How long each check took, in seconds.', duration),
    ...family(
      'maildoctor_cause_occurrences',
      'Occurrences of each documented cause in this run: a log or audit finding counts the lines or entries it stands for, any other finding 1.',
      causes,
    ),
    ...family('maildoctor_cert_expiry_seconds', 'Seconds until the earliest-expiring certificate a TLS check saw expires; negative once expired.', expiry),
    ...family('maildoctor_last_run_timestamp_seconds', 'When this maildoctor run finished, in Unix time.', [{ labels: [], value: Math.round(end / 1000) }]),
  ].join('\n')}\n`;
}
