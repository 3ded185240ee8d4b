// The page head and "At a glance": what is broken, where in the journey, since when, and what to do first.
import type { Report } from '../../core/types.js';
import { STATUS_ICON, formatDuration, totalsSentence } from '../labels.js';
import { html, type Html } from './escape.js';
import { fixList } from './finding.js';
import { hasJourney, journeyView, type JourneyView } from './journey-model.js';
import { sinceFacts } from './since.js';
import { clip } from './svg.js';
import { failingStage, headlineFindings } from './verdicts.js';

/** Most problems and dated facts named in the glance box. */
const MAX_LISTED = 5;

function overall(report: Report): 'fail' | 'warn' | 'pass' {
  if (report.totals.fail + report.totals.error > 0) return 'fail';
  return report.totals.warn > 0 ? 'warn' : 'pass';
}

/** The title block: result in words, command, host and timing. */
export function pageHead(report: Report): Html {
  const state = overall(report);
  const icon = state === 'fail' ? STATUS_ICON.fail : state === 'warn' ? STATUS_ICON.warn : STATUS_ICON.pass;
  return html`<header class="top"><p class="brand">maildoctor report · <code>${report.command}</code></p><h1 class="overall ${state}">${icon} ${totalsSentence(report.totals)}</h1><p class="meta">${report.host.hostname} (${report.host.platform}, Node ${report.host.node}) · started ${report.startedAt.slice(0, 19).replace('T', ' ')} UTC · took ${formatDuration(report.durationMs)} · ${report.stoppedBy ? `stopped by ${report.stoppedBy}, ` : ''}exit ${report.exitCode} (fail on ${report.failOn}) · maildoctor ${report.tool.version}</p></header>`;
}

function strip(view: JourneyView): Html {
  const dots = view.steps.map(
    (s, i) =>
      html`<circle class="dot ${s.state}" cx="${10 + i * 22}" cy="10" r="7"/><text x="${10 + i * 22}" y="13.5" text-anchor="middle">${s.step.step}</text>`,
  );
  return html`<svg class="strip" viewBox="0 0 154 20" role="img" aria-label="journey steps 1 to 7"><line x1="10" x2="142" y1="10" y2="10"/>${dots}</svg>`;
}

/** The four answers, each linking to the section that proves it. */
export function glanceSection(report: Report): Html {
  const problems = headlineFindings(report).filter((x) => x.finding.severity !== 'info');
  const view = journeyView(report);
  const facts = sinceFacts(report);
  const top = problems[0]?.finding;
  const stage = top ? failingStage(report, top)?.problem : undefined;
  const firstFix = (stage ?? top)?.fixes[0];
  const broken =
    problems.length === 0
      ? html`<span class="ok">nothing at warning level or above</span>`
      : html`<ul>${problems.slice(0, MAX_LISTED).map((p, i) => html`<li class="${p.finding.severity}"><a href="#verdict-${i + 1}">${p.finding.title}</a>${p.finding.detail ? html` <span class="muted">— ${clip(p.finding.detail.split('\n')[0]!, 150)}</span>` : ''}</li>`)}${problems.length > MAX_LISTED ? html`<li class="muted">and ${problems.length - MAX_LISTED} more</li>` : ''}</ul>`;
  const where =
    view.stopsAt === undefined
      ? html`<span class="muted">no step of the journey shows a failure</span>`
      : html`${strip(view)} <a href="#journey"><strong>${view.allStop ? 'Mail stops' : 'Some mail fails'} at step ${view.stopsAt} of 7: ${view.steps[view.stopsAt - 1]!.step.what}</strong></a>`;
  const since = html`<ul>${facts.slice(0, MAX_LISTED).map((f) => html`<li><a href="#${f.anchor}">${f.text}</a></li>`)}${facts.length > MAX_LISTED ? html`<li class="muted">and ${facts.length - MAX_LISTED} more</li>` : ''}</ul>`;
  const todo = firstFix ? fixList([firstFix]) : html`<span class="muted">nothing to do</span>`;
  return html`<section id="glance" class="${overall(report)}" aria-label="At a glance"><dl><dt>Broken</dt><dd>${broken}</dd>${hasJourney(view) ? html`<dt>Where</dt><dd>${where}</dd>` : ''}${facts.length > 0 ? html`<dt>Since</dt><dd>${since}</dd>` : ''}<dt>Do first</dt><dd class="todo">${todo}</dd></dl></section>`;
}
