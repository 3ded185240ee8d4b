// The monitor's view per the Monitoring Plugins Development Guidelines: one status line, perfdata, exit 0/1/2/3.
import type { CheckResult, Report } from '../core/types.js';
import { causeCounts, checkFigures, problemCauses, type FigureKind } from './figures.js';
import { figureState, type ThresholdTarget, type Thresholds } from './thresholds.js';
import type { RenderOptions } from './types.js';

const STATE = ['OK', 'WARNING', 'CRITICAL', 'UNKNOWN'] as const;

/** A plugin state: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. */
export type PluginState = 0 | 1 | 2 | 3;

const NO_THRESHOLDS: Thresholds = { warning: [], critical: [] };

/** One perfdata item with the state its thresholds put it in. */
interface Perf {
  label: string;
  value: number;
  uom: '' | 's';
  state: 0 | 1 | 2;
  warn?: string;
  crit?: string;
  min?: number;
  max?: number;
  /** What a breach is called in the status line. */
  what: string;
}

const SUFFIX: Record<FigureKind, { name: string; uom: '' | 's' }> = {
  'cert-days': { name: 'cert_days', uom: '' },
  latency: { name: 'latency', uom: 's' },
  'queue-age': { name: 'queue_age', uom: 's' },
};

/** Worst of the check states and the threshold states: CRITICAL beats UNKNOWN, which beats WARNING. */
function worst(states: PluginState[]): PluginState {
  if (states.includes(2)) return 2;
  if (states.includes(3)) return 3;
  if (states.includes(1)) return 1;
  return 0;
}

/** The state the checks alone imply: CRITICAL on any fail, UNKNOWN when some could not finish, WARNING on warnings. */
function checksState(report: Report): PluginState {
  const { fail, error, warn } = report.totals;
  return fail > 0 ? 2 : error > 0 ? 3 : warn > 0 ? 1 : 0;
}

/**
 * Stable perfdata labels: the check id when it is the only one of its kind; otherwise the id and the target,
 * or the id and a position when the target is a file path (paths change, ids and order do not).
 */
export function checkLabels(results: CheckResult[]): Map<CheckResult, string> {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    results.map((r) => {
      const n = (seen.get(r.id) ?? 0) + 1;
      seen.set(r.id, n);
      if (counts.get(r.id) === 1) return [r, r.id];
      const byTarget = /[/\\]/.test(r.target) ? String(n) : r.target.replace(/[^\w.:@-]+/g, '_');
      return [r, `${r.id}_${byTarget}`];
    }),
  );
}

function perfItems(report: Report, thresholds: Thresholds): Perf[] {
  const labels = checkLabels(report.results);
  const judged = (target: ThresholdTarget, p: Omit<Perf, 'state' | 'warn' | 'crit'>): Perf => {
    const s = figureState(thresholds, target, p.value);
    return { ...p, state: s.state, ...(s.warn ? { warn: s.warn.text } : {}), ...(s.crit ? { crit: s.crit.text } : {}) };
  };
  const total = report.results.length;
  const t = report.totals;
  const items: Perf[] = (['pass', 'warn', 'fail', 'error', 'skip'] as const).map((k) => ({
    label: k,
    value: t[k],
    uom: '',
    state: 0,
    min: 0,
    max: total,
    what: k,
  }));
  for (const r of report.results) items.push({ label: `${labels.get(r)}_time`, value: r.durationMs / 1000, uom: 's', state: 0, min: 0, what: `${r.id} time` });
  for (const f of checkFigures(report)) {
    const { name, uom } = SUFFIX[f.kind];
    items.push(
      judged(
        { kind: f.kind },
        {
          label: `${labels.get(f.result)}_${name}`,
          value: Number(f.value.toFixed(3)),
          uom,
          ...(f.kind === 'cert-days' ? {} : { min: 0 }),
          what: `${f.result.id} ${f.result.target} ${f.kind}`,
        },
      ),
    );
  }
  items.push(judged({ kind: 'causes' }, { label: 'causes', value: problemCauses(report), uom: '', min: 0, what: 'problem causes' }));
  const counts = causeCounts(report);
  const named = [...thresholds.warning, ...thresholds.critical].flatMap((x) => (x.target.kind === 'cause' ? [x.target.cause] : []));
  for (const cause of new Set([...named, ...counts.keys()])) {
    items.push(judged({ kind: 'cause', cause }, { label: `cause_${cause}`, value: counts.get(cause) ?? 0, uom: '', min: 0, what: cause }));
  }
  return items;
}

function quoteLabel(label: string): string {
  return /[\s='|]/.test(label) ? `'${label.replace(/'/g, "''").replace(/\|/g, '_')}'` : label;
}

function perfText(p: Perf): string {
  const tail = [p.warn ?? '', p.crit ?? '', p.min ?? '', p.max ?? ''].join(';').replace(/;+$/, '');
  return `${quoteLabel(p.label)}=${p.value}${p.uom}${tail ? `;${tail}` : ''}`;
}

/** The plugin exit code of a report under the given thresholds. */
export function nagiosExitCode(report: Report, thresholds: Thresholds = NO_THRESHOLDS): PluginState {
  return worst([checksState(report), ...perfItems(report, thresholds).map((p) => p.state)]);
}

/** One line of plugin text: no line breaks, and no `|`, which would start the perfdata. */
function pluginText(text: string): string {
  return text.replace(/\|/g, '/').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** `MAILDOCTOR UNKNOWN - message`: what a usage or input error prints when --format nagios was asked (exit 3). */
export function renderNagiosUnknown(message: string): string {
  return `MAILDOCTOR UNKNOWN - ${pluginText(message)}\n`;
}

/** Renders `MAILDOCTOR STATE - summary | perfdata`, then one line per non-passing check or breached threshold. */
export function renderNagios(report: Report, options: RenderOptions): string {
  const thresholds = options.thresholds ?? NO_THRESHOLDS;
  const perf = perfItems(report, thresholds);
  const code = nagiosExitCode(report, thresholds);
  const breached = perf.filter((p) => p.state > 0).sort((a, b) => b.state - a.state);
  const bad = report.results.filter((r) => r.status !== 'pass' && r.status !== 'skip');
  const total = report.results.length;
  const verdict = report.verdicts?.find((v) => v.severity !== 'info');
  const first = bad[0];
  const breach = breached[0]
    ? `${breached[0].what} ${breached[0].value}${breached[0].uom} (${breached[0].state === 2 ? `critical ${breached[0].crit}` : `warning ${breached[0].warn}`})`
    : '';
  const why = breach || (verdict ? `${verdict.title} (${verdict.detail})` : first ? `${first.id} ${first.target} ${first.summary}` : '');
  const summary = bad.length === 0 && !breach ? `${total} of ${total} checks passed` : `${bad.length} of ${total} checks not OK${why ? `: ${why}` : ''}`;
  const status = `MAILDOCTOR ${STATE[code]} - ${pluginText(summary)} | ${perf.map(perfText).join(' ')}`;
  const details = [
    ...breached.map((p) => pluginText(`${STATE[p.state]}: ${p.what} is ${p.value}${p.uom} (${p.state === 2 ? `critical ${p.crit}` : `warning ${p.warn}`})`)),
    ...bad.map((r) => pluginText(`${r.status.toUpperCase()}: ${r.id} ${r.target}: ${r.summary}`)),
  ];
  return `${[status, ...details].join('\n')}\n`;
}
