// The technician's view: a table of checks, then each problem with why and what to do.
import { Chalk, type ChalkInstance } from 'chalk';
import { statusOrder } from '../core/status.js';
import type { CheckResult, Finding, Report, Status } from '../core/types.js';
import { DEFAULT_WIDTH, checkTable } from './check-table.js';
import { SEVERITY_ICON, STATUS_ICON, STATUS_LABEL, formatDuration, totalsSentence } from './labels.js';
import type { RenderOptions } from './types.js';
import { wrapLines } from './wrap.js';

function paint(c: ChalkInstance): Record<Status | 'info', (s: string) => string> {
  return { pass: c.green, warn: c.yellow, fail: c.red, error: c.magenta, skip: c.gray, info: c.cyan };
}

/** Renders the report for a terminal or a plain pipe (colour only when asked). */
export function renderText(report: Report, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const colours = paint(c);
  const out: string[] = [];
  const explained = new Set<string>();
  const shown = options.quiet ? report.results.filter((r) => r.status !== 'pass' && r.status !== 'skip') : report.results;
  out.push(
    c.bold(`maildoctor ${report.command}`) +
      c.gray(` · ${report.results.length} check${report.results.length === 1 ? '' : 's'} in ${formatDuration(report.durationMs)}`),
  );
  const verdicts = report.verdicts ?? [];
  if (verdicts.length > 0) out.push('', ...verdicts.map((v) => verdictLine(v, c, colours)));
  if (shown.length > 0) out.push('', summaryTable(shown, colours, options));
  const detailed = [...shown]
    .filter((r) => r.findings.length > 0 || r.status === 'error' || (options.verbose && (r.transcript || Object.keys(r.evidence).length > 0)))
    .sort((a, b) => statusOrder(a.status) - statusOrder(b.status));
  for (const r of detailed) out.push('', resultBlock(r, c, colours, options, explained));
  const totals = totalsSentence(report.totals);
  out.push(
    '',
    (report.exitCode === 0 ? colours.pass : colours.fail)(
      `${totals} (${report.stoppedBy ? `stopped by ${report.stoppedBy}, ` : ''}exit ${report.exitCode}, --fail-on ${report.failOn})`,
    ),
  );
  const text = out.join('\n');
  return `${options.width ? wrapLines(text, tableWidth(options.width), (line) => /^\s*[│┌└├┬┴┼─]/.test(line)) : text}\n`;
}

/** One line per verdict (wrapped only by the terminal's width): what is wrong and what it rests on; the checks below carry the why and the fix. */
function verdictLine(v: Finding, c: ChalkInstance, colours: ReturnType<typeof paint>): string {
  const body = v.detail ? `: ${v.detail.split('\n')[0]}` : '';
  return colours[v.severity](c.bold(`${SEVERITY_ICON[v.severity]} ${v.title}`)) + body + c.gray(`  [${v.cause}]`);
}

function summaryTable(results: CheckResult[], colours: ReturnType<typeof paint>, options: RenderOptions): string {
  const rows = results.map((r) => ({
    status: colours[r.status](`${STATUS_ICON[r.status]} ${STATUS_LABEL[r.status]}`),
    id: r.id,
    target: r.target,
    time: formatDuration(r.durationMs),
    summary: r.summary,
  }));
  return checkTable(rows, tableWidth(options.width), options.color ? { head: ['bold'], border: ['gray'] } : { head: [], border: [] });
}

/** The terminal's width within sensible bounds, or 80 columns when there is no terminal (or it reports 0). */
function tableWidth(width: number | undefined): number {
  return width && width > 0 ? Math.min(Math.max(width, 40), 200) : DEFAULT_WIDTH;
}

function resultBlock(r: CheckResult, c: ChalkInstance, colours: ReturnType<typeof paint>, options: RenderOptions, explained: Set<string>): string {
  const lines = [colours[r.status](`${STATUS_ICON[r.status]} ${r.title}`) + c.gray(` ${r.target}`) + ` — ${r.summary}`];
  if (r.error) lines.push(indent(`${r.error.name}: ${r.error.message}`, 4));
  if (r.error?.stack && options.verbose) lines.push(indent(c.gray(r.error.stack), 6));
  for (const f of r.findings) lines.push(indent(findingBlock(f, c, colours, options, explained), 4));
  if (options.verbose && Object.keys(r.evidence).length > 0) lines.push(indent(c.gray(`evidence: ${JSON.stringify(r.evidence)}`), 4));
  if (options.verbose && r.transcript) {
    lines.push(indent(c.gray('transcript:'), 4));
    for (const t of r.transcript) lines.push(indent(c.gray(`${String(t.at).padStart(6)} ms ${t.dir} ${t.text}`), 6));
  }
  return lines.join('\n');
}

/** Renders a finding; a cause already explained above gets its detail only, not the same advice again. */
function findingBlock(f: Finding, c: ChalkInstance, colours: ReturnType<typeof paint>, options: RenderOptions, explained: Set<string>): string {
  const colour = colours[f.severity];
  const head = `${SEVERITY_ICON[f.severity]} ${f.title}`;
  const lines = [colour(c.bold(head)) + c.gray(`  [${f.cause}]`)];
  if (f.detail) lines.push(indent(f.detail, 2));
  if (explained.has(f.cause) && !options.verbose) {
    lines.push(indent(c.gray('(why and how to fix: see above)'), 2));
    return lines.join('\n');
  }
  explained.add(f.cause);
  lines.push(indent(`${c.bold('Why:')} ${f.explanation}`, 2));
  f.fixes.forEach((fix, i) => {
    lines.push(indent(`${c.bold(i === 0 ? 'Fix:' : '    ')} ${i + 1}. ${fix.text}`, 2));
    for (const cmd of fix.commands ?? []) lines.push(indent(c.cyan(`$ ${cmd}`), 10));
  });
  lines.push(indent(c.gray(`Ref: ${f.reference}`), 2));
  if (options.verbose && Object.keys(f.evidence).length > 0) lines.push(indent(c.gray(`evidence: ${JSON.stringify(f.evidence)}`), 2));
  return lines.join('\n');
}

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}
