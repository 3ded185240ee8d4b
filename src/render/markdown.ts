// A ticket-ready summary: verdicts, a table of checks, then each finding with its fix and evidence.
import { statusOrder } from '../core/status.js';
import type { CheckResult, Finding, Report } from '../core/types.js';
import { STATUS_ICON, STATUS_LABEL, formatDuration, totalsSentence } from './labels.js';
import type { RenderOptions } from './types.js';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function code(text: string): string {
  const ticks = text.includes('`') ? '``' : '`';
  return `${ticks}${text}${ticks}`;
}

function findingSection(f: Finding, heading: string, verbose: boolean): string[] {
  const lines = [`### ${heading}`, '', `- **Cause:** ${code(f.cause)} (${f.severity})`];
  if (f.detail) lines.push(`- **Observed:** ${f.detail.replace(/\r?\n/g, ' ')}`);
  lines.push(`- **Why:** ${f.explanation}`);
  f.fixes.forEach((fix, i) => {
    lines.push(`- **Fix ${i + 1}:** ${fix.text}`);
    for (const cmd of fix.commands ?? []) lines.push(`  - ${code(cmd)}`);
  });
  lines.push(`- **Reference:** ${f.reference}`);
  if (verbose && Object.keys(f.evidence).length > 0) {
    lines.push('', '<details><summary>Evidence</summary>', '', '```json', JSON.stringify(f.evidence, null, 2), '```', '', '</details>');
  }
  lines.push('');
  return lines;
}

function resultSections(r: CheckResult, verbose: boolean): string[] {
  const lines: string[] = [];
  const where = `${r.id} ${r.target}`;
  if (r.error) lines.push(`### ${STATUS_ICON.error} ${where}: could not finish`, '', `${code(`${r.error.name}: ${r.error.message}`)}`, '');
  for (const f of r.findings) lines.push(...findingSection(f, `${STATUS_ICON[r.status]} ${where}: ${f.title}`, verbose));
  if (verbose && r.transcript) {
    lines.push(`<details><summary>Transcript of ${where}</summary>`, '', '```');
    for (const t of r.transcript) lines.push(`${t.dir} ${t.text}`);
    lines.push('```', '', '</details>', '');
  }
  return lines;
}

/** Renders the report as GitHub/Jira-friendly Markdown. */
export function renderMarkdown(report: Report, options: RenderOptions): string {
  const lines = [
    `# maildoctor report: ${report.command}`,
    '',
    `**Result:** ${totalsSentence(report.totals)} — ${report.stoppedBy ? `stopped by ${report.stoppedBy}, ` : ''}exit ${report.exitCode} (fail on ${report.failOn})  `,
    `**Host:** ${report.host.hostname} (${report.host.platform}, Node ${report.host.node}) · **Started:** ${report.startedAt} · **Took:** ${formatDuration(report.durationMs)} · maildoctor ${report.tool.version}`,
    '',
  ];
  if (report.verdicts && report.verdicts.length > 0) {
    lines.push('## Verdicts', '');
    for (const v of report.verdicts) lines.push(...findingSection(v, v.title, options.verbose));
  }
  lines.push('## Checks', '', '| Status | Check | Target | Time | Summary |', '|---|---|---|---|---|');
  for (const r of report.results) {
    lines.push(
      `| ${STATUS_ICON[r.status]} ${STATUS_LABEL[r.status]} | ${cell(r.id)} | ${cell(r.target)} | ${formatDuration(r.durationMs)} | ${cell(r.summary)} |`,
    );
  }
  lines.push('');
  const detailed = [...report.results]
    .filter((r) => r.findings.length > 0 || r.error || (options.verbose && r.transcript))
    .sort((a, b) => statusOrder(a.status) - statusOrder(b.status));
  if (detailed.length > 0) {
    lines.push('## Findings', '');
    for (const r of detailed) lines.push(...resultSections(r, options.verbose));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
