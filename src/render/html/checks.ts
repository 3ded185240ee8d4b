// "Every check": a sortable table, then one collapsed block per check with its findings, evidence and transcript.
import { statusOrder } from '../../core/status.js';
import type { CheckResult, Report, TranscriptLine } from '../../core/types.js';
import { STATUS_ICON, STATUS_LABEL, formatDuration } from '../labels.js';
import { checkAnchor } from './anchors.js';
import { html, type Html } from './escape.js';
import { SEVERITY_RANK, evidenceBlock, findingCard } from './finding.js';

/** Most transcript lines shown per check; report.json holds them all. */
const MAX_TRANSCRIPT = 2000;

function transcriptBlock(lines: TranscriptLine[] | undefined): Html {
  if (!lines || lines.length === 0) return html``;
  const shown = lines.slice(0, MAX_TRANSCRIPT);
  const text = shown.map((l) => `${String(Math.round(l.at)).padStart(6)} ms ${l.dir} ${l.text}`).join('\n');
  const more = lines.length - shown.length;
  return html`<details class="transcript"><summary>Transcript (redacted, ${lines.length} lines)</summary><pre>${text}${more > 0 ? `\n… ${more} more lines in report.json` : ''}</pre></details>`;
}

function row(report: Report, r: CheckResult): Html {
  return html`<tr class="${r.status}"><td data-sort="${statusOrder(r.status)}"><span class="status ${r.status}">${STATUS_ICON[r.status]} ${STATUS_LABEL[r.status]}</span></td><td><a href="#${checkAnchor(report, r)}">${r.title}</a></td><td class="wrap">${r.target}${r.key !== `${r.id} ${r.target}` ? html`<span class="sub">${r.key}</span>` : ''}</td><td class="num" data-sort="${r.durationMs}">${formatDuration(r.durationMs)}</td><td class="wrap">${r.summary}</td></tr>`;
}

function block(report: Report, r: CheckResult): Html {
  const error = r.error ? html`<p class="error">Could not finish: <code>${r.error.name}: ${r.error.message}</code></p>` : '';
  const findings = [...r.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return html`<details class="check ${r.status}" id="${checkAnchor(report, r)}"><summary><span class="status ${r.status}">${STATUS_ICON[r.status]} ${STATUS_LABEL[r.status]}</span> <strong>${r.title}</strong> <span class="target">${r.target}</span></summary><div class="check-body"><p>${r.summary}</p><p class="muted">id <code>${r.id}</code> · key <code>${r.key}</code> · ${formatDuration(r.durationMs)}</p>${error}${findings.map((f) => findingCard(f, html``, 'h4'))}${evidenceBlock(r.evidence, 'Evidence of the check')}${transcriptBlock(r.transcript)}</div></details>`;
}

/** The section: with --quiet only the checks that did not pass. */
export function checksSection(report: Report, quiet: boolean): Html {
  const results = quiet ? report.results.filter((r) => r.status !== 'pass') : report.results;
  return html`<section id="checks"><h2>Every check</h2><table class="checks sortable"><thead><tr><th>Status</th><th>Check</th><th>Target</th><th>Time</th><th>Summary</th></tr></thead><tbody>${results.map((r) => row(report, r))}</tbody></table>${results.map((r) => block(report, r))}</section>`;
}
