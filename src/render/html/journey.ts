// The seven-step email journey as a diagram: the step where mail stops marked, the servers, counts from audit and logs.
import type { Report } from '../../core/types.js';
import { html, type Html } from './escape.js';
import { hasJourney, journeyView, type ServerView, type StepMetric, type StepState, type StepView } from './journey-model.js';
import { CHART_WIDTH, chartFrame, clip, textLines, wrap } from './svg.js';

const LEFT = 64;
const PITCH = 128;
const BOX_W = 116;
const BOX_Y = 40;
const BOX_H = 94;
const SERVER_H = 40;
const GAP = 8;
const LINE = 14;
/** Most signals listed per step under the diagram; the rest are in the checks. */
const MAX_SIGNALS = 6;
const STATE_WORD: Record<StepState, string> = { stops: 'STOPS', fails: 'SOME FAIL', warn: 'WARNING', ok: 'OK', unknown: 'no data' };
const SOURCE = 'ServiceOps — Email Server Troubleshooting › How Email Works in ServiceOps › End-to-End Email Journey';

function boxX(step: number): number {
  return LEFT + (step - 1) * PITCH;
}

function stepBox(s: StepView, stopsAt: number | undefined): Html {
  const x = boxX(s.step.step);
  const marker =
    s.step.step === stopsAt
      ? html`<g class="stop-marker" data-step="${s.step.step}"><path d="M${x + BOX_W / 2 - 9} ${BOX_Y - 14} h18 l-9 10 z"/><text x="${x + BOX_W / 2}" y="${BOX_Y - 20}" text-anchor="middle">${s.state === 'stops' ? 'mail stops here' : 'first failures here'}</text></g>`
      : '';
  return html`<g class="step ${s.state}" data-step="${s.step.step}"><rect x="${x}" y="${BOX_Y}" width="${BOX_W}" height="${BOX_H}" rx="8"/><circle cx="${x + 18}" cy="${BOX_Y + 19}" r="11"/><text class="step-no" x="${x + 18}" y="${BOX_Y + 23}" text-anchor="middle">${s.step.step}</text><text class="state-word" x="${x + 36}" y="${BOX_Y + 23}">${STATE_WORD[s.state]}</text>${textLines(x + 10, BOX_Y + 50, wrap(s.step.what, 14, 3), 'step-title', LINE)}<title>Step ${s.step.step}: ${s.step.what}. ${s.step.detail}</title></g>${marker}`;
}

function arrow(from: number, broken: boolean): Html {
  const x1 = boxX(from) + BOX_W + 2;
  const x2 = boxX(from + 1) - 2;
  const y = BOX_Y + BOX_H / 2;
  return html`<path class="flow${broken ? ' broken' : ''}" d="M${x1} ${y} H${x2 - 1} M${x2 - 5} ${y - 4} L${x2} ${y} L${x2 - 5} ${y + 4}"/>`;
}

/** Incoming servers sit under steps 1-3 and join step 2; outgoing ones under steps 5-7 and join step 6. */
function serverNode(s: ServerView, index: number, top: number): Html {
  const incoming = s.direction === 'incoming';
  const x = boxX(incoming ? 1 : 5);
  const w = 2 * PITCH + BOX_W;
  const y = top + index * (SERVER_H + GAP);
  const joinX = boxX(incoming ? 2 : 6) + BOX_W / 2;
  const label = `${incoming ? 'Incoming' : 'Outgoing'} server "${s.name}" · ${s.endpoint}`;
  return html`<g class="server ${s.state}"><path class="join" d="M${joinX} ${BOX_Y + BOX_H} V${y}"/><rect x="${x}" y="${y}" width="${w}" height="${SERVER_H}" rx="6"/><text class="server-name" x="${x + 10}" y="${y + 16}">${clip(label, 58)}</text><text class="server-note" x="${x + 10}" y="${y + 31}">${clip(s.note, 60)}</text><title>${label}: ${s.note}</title></g>`;
}

/** One row per source (audit, logs), one cell per step, aligned under the boxes. */
function countRows(steps: StepView[], top: number): { body: Html; height: number } {
  const sources = (['audit', 'logs'] as const).filter((src) => steps.some((s) => s.metrics.some((m) => m.source === src)));
  let y = top;
  const rows = sources.map((src) => {
    const cells = steps.map((s) => s.metrics.filter((m) => m.source === src));
    const lines = Math.max(1, ...cells.map((c) => c.length));
    const h = lines * LINE + 8;
    const row = html`<g class="counts"><rect class="count-row" x="${LEFT - 60}" y="${y}" width="${CHART_WIDTH - LEFT + 58}" height="${h}" rx="4"/><text class="count-source" x="${LEFT - 8}" y="${y + 15}" text-anchor="end">${src}</text>${cells.map((c, i) => c.map((m: StepMetric, j) => html`<text class="metric ${m.tone}" x="${boxX(i + 1) + 8}" y="${y + 15 + j * LINE}">${m.text}</text>`))}</g>`;
    y += h + 4;
    return row;
  });
  return { body: html`${rows}`, height: y - top };
}

function notes(steps: StepView[]): Html {
  const items = steps
    .filter((s) => s.signals.some((x) => x.state !== 'ok'))
    .map((s) => {
      const bad = s.signals.filter((x) => x.state !== 'ok');
      const shown = bad.slice(0, MAX_SIGNALS);
      const more = bad.length - shown.length;
      return html`<li class="${s.state}"><strong>Step ${s.step.step} · ${s.step.what}</strong><ul>${shown.map((x) => html`<li class="sig ${x.state}"><a href="#${x.anchor}">${x.text}</a></li>`)}${more > 0 ? html`<li class="muted">and ${more} more in the checks below</li>` : ''}</ul></li>`;
    });
  return items.length > 0 ? html`<ol class="journey-notes">${items}</ol>` : html``;
}

/** The section, or nothing when the report says nothing about any step. */
export function journeySection(report: Report): Html | undefined {
  const view = journeyView(report);
  if (!hasJourney(view)) return undefined;
  const perSide = (d: 'incoming' | 'outgoing') => view.servers.filter((s) => s.direction === d).slice(0, 3);
  const serverTop = BOX_Y + BOX_H + 22;
  const nodes = [...perSide('incoming').map((s, i) => serverNode(s, i, serverTop)), ...perSide('outgoing').map((s, i) => serverNode(s, i, serverTop))];
  const serverRows = Math.max(perSide('incoming').length, perSide('outgoing').length);
  const countsTop = serverRows > 0 ? serverTop + serverRows * (SERVER_H + GAP) + 10 : BOX_Y + BOX_H + 14;
  const counts = countRows(view.steps, countsTop);
  const height = countsTop + counts.height + 4;
  const arrows = view.steps.slice(0, -1).map((s) => arrow(s.step.step, view.stopsAt !== undefined && view.allStop && s.step.step >= view.stopsAt));
  const where =
    view.stopsAt === undefined
      ? 'No step of the journey shows a failure in this report.'
      : `${view.allStop ? 'Mail stops' : 'Some mail fails'} at step ${view.stopsAt} of 7: ${view.steps[view.stopsAt - 1]!.step.what}.`;
  const label = `The seven-step email journey. ${where}`;
  return html`<section id="journey"><h2>Where in the email journey</h2><p class="lede"><strong>${where}</strong> <span class="muted">Steps as in ${SOURCE}. Counts: Email Audit entries and log lines per step.</span></p>${chartFrame(CHART_WIDTH, height, label, html`${arrows}${view.steps.map((s) => stepBox(s, view.stopsAt))}${nodes}${counts.body}`, 'journey')}${notes(view.steps)}</section>`;
}
