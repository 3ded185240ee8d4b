// "What is wrong": the verdicts (or, for single commands, the problem findings) worst first, each with its fixes.
import type { CheckResult, Finding, Report } from '../../core/types.js';
import { checkAnchor, resultByKey } from './anchors.js';
import { html, type Html } from './escape.js';
import { SEVERITY_RANK, findingCard, fixList } from './finding.js';

/** Most problem findings lifted to the top when a command draws no verdicts. */
const MAX_PROBLEMS = 12;

/** The headline findings: the run's verdicts, else every check's warnings and failures, worst first. */
export function headlineFindings(report: Report): Array<{ finding: Finding; from?: CheckResult }> {
  if (report.verdicts && report.verdicts.length > 0) return report.verdicts.map((finding) => ({ finding }));
  return report.results
    .flatMap((r) => r.findings.filter((f) => f.severity !== 'info').map((finding) => ({ finding, from: r })))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]);
}

/** The check a verdict names (`evidence.check`), with its first problem and that problem's fixes. */
export function failingStage(report: Report, f: Finding): { result: CheckResult; problem: Finding | undefined } | undefined {
  const result = resultByKey(report, f.evidence.check);
  return result ? { result, problem: result.findings.find((x) => x.severity !== 'info') } : undefined;
}

function stageBlock(report: Report, f: Finding, from: CheckResult | undefined): Html {
  if (from) return html`<p class="stage">Found by <a href="#${checkAnchor(report, from)}">${from.id} ${from.target}</a></p>`;
  const stage = failingStage(report, f);
  if (!stage) return html``;
  const { result, problem } = stage;
  return html`<div class="stage"><p>Failing check: <a href="#${checkAnchor(report, result)}">${result.key}</a> — ${result.summary}</p>${problem ? html`<p><strong>${problem.title}</strong> — what to do there:</p>${fixList(problem.fixes)}` : ''}</div>`;
}

/** The section; always present, so the page says plainly when nothing is wrong. */
export function verdictsSection(report: Report): Html {
  const all = headlineFindings(report);
  const shown = report.verdicts && report.verdicts.length > 0 ? all : all.slice(0, MAX_PROBLEMS);
  const heading = report.verdicts && report.verdicts.length > 0 ? 'Verdicts' : 'Problems found';
  if (shown.length === 0)
    return html`<section id="verdicts"><h2>${heading}</h2><p class="all-clear">No check found anything at warning level or above.</p></section>`;
  const more = all.length - shown.length;
  return html`<section id="verdicts"><h2>${heading}</h2>${shown.map(({ finding, from }, i) => findingCard(finding, stageBlock(report, finding, from), 'h3', `verdict-${i + 1}`))}${more > 0 ? html`<p class="muted">${more} more in the checks below.</p>` : ''}</section>`;
}
