// The monitor's view: one status line with perfdata, the plugin exit code convention (0/1/2/3).
import type { Report } from '../core/types.js';
import type { RenderOptions } from './types.js';

const STATE = ['OK', 'WARNING', 'CRITICAL', 'UNKNOWN'] as const;

/** The monitoring-plugin exit code: CRITICAL on any fail, UNKNOWN on errors alone, WARNING on warnings. */
export function nagiosExitCode(report: Report): 0 | 1 | 2 | 3 {
  const { fail, error, warn } = report.totals;
  if (fail > 0) return 2;
  if (error > 0) return 3;
  if (warn > 0) return 1;
  return 0;
}

function label(text: string): string {
  const clean = text.replace(/[=\s]+/g, '_');
  return `'${clean.replace(/'/g, "''")}'`;
}

/** Renders `MAILDOCTOR STATE - summary | perfdata` and one detail line per non-passing check. */
export function renderNagios(report: Report, _options: RenderOptions): string {
  const code = nagiosExitCode(report);
  const bad = report.results.filter((r) => r.status !== 'pass' && r.status !== 'skip');
  const total = report.results.length;
  const first = bad[0];
  const verdict = report.verdicts?.find((v) => v.severity !== 'info');
  const why = verdict ? `${verdict.title} (${verdict.detail})` : first ? `${first.id} ${first.target} ${first.summary}` : '';
  const summary = code === 0 ? `${total} of ${total} checks passed` : `${bad.length} of ${total} checks not OK${why ? `: ${why}` : ''}`;
  const t = report.totals;
  const perf = [
    `pass=${t.pass};;;0;${total}`,
    `warn=${t.warn};;;0;${total}`,
    `fail=${t.fail};;;0;${total}`,
    `error=${t.error};;;0;${total}`,
    `skip=${t.skip};;;0;${total}`,
    ...report.results.map((r) => `${label(`${r.id}_${r.target}`)}=${(r.durationMs / 1000).toFixed(3)}s;;;0`),
  ].join(' ');
  const status = `MAILDOCTOR ${STATE[code]} - ${summary.replace(/\|/g, '/').replace(/\r?\n/g, ' ')} | ${perf}`;
  const details = bad.map((r) => `${r.status.toUpperCase()}: ${r.id} ${r.target}: ${r.summary}`.replace(/\|/g, '/'));
  return `${[status, ...details].join('\n')}\n`;
}
