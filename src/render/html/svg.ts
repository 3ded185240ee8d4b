// Small building blocks of the hand-written SVG charts: the frame, wrapped text and a time axis.
import { html, type Html } from './escape.js';
import { formatTick } from './format.js';

/** The width every chart is drawn at (it scales to the page); time charts share their label column and plot start. */
export const CHART_WIDTH = 960;
/** Right edge of a time chart's row labels. */
export const LABEL_W = 268;
/** Left edge of a time chart's plot. */
export const PLOT_X = 276;

/** An SVG that scales to the column width (scrolling sideways on a phone) and names itself for screen readers. */
export function chartFrame(width: number, height: number, label: string, body: Html, cls = ''): Html {
  return html`<div class="scroll"><svg class="chart ${cls}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg"><title>${label}</title>${body}</svg></div>`;
}

/** Breaks text into at most `lines` lines of about `width` characters, with an ellipsis when cut. */
export function wrap(text: string, width: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const w of words) {
    const piece = w.length > width ? `${w.slice(0, width - 1)}…` : w;
    if (!current) current = piece;
    else if (current.length + 1 + piece.length <= width) current += ` ${piece}`;
    else {
      out.push(current);
      current = piece;
    }
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/** One string cut to `width` characters with an ellipsis. */
export function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** A `<text>` of several lines starting at (x, y). */
export function textLines(x: number, y: number, lines: string[], cls: string, lineHeight = 14, anchor: 'start' | 'middle' | 'end' = 'start'): Html {
  return html`<text x="${x}" y="${y}" class="${cls}" text-anchor="${anchor}">${lines.map((l, i) => html`<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${l}</tspan>`)}</text>`;
}

const MINUTE = 60_000;
const STEPS = [1, 5, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10_080, 20_160, 43_200].map((m) => m * MINUTE);

/** A time axis: dashed grid lines from `top` to `bottom` at round times, labelled under `bottom`. */
export function timeAxis(startMs: number, endMs: number, x: (ms: number) => number, top: number, bottom: number): Html[] {
  return timeTicks(startMs, endMs, 7).map(
    (t) =>
      html`<g class="tick"><line x1="${x(t.ms).toFixed(1)}" x2="${x(t.ms).toFixed(1)}" y1="${top}" y2="${bottom}"/><text x="${x(t.ms).toFixed(1)}" y="${bottom + 13}" text-anchor="middle">${t.label}</text></g>`,
  );
}

/** Round tick times between start and end, at most `max` of them, labelled with the date where it changes. */
function timeTicks(startMs: number, endMs: number, max: number): Array<{ ms: number; label: string }> {
  const span = Math.max(1, endMs - startMs);
  const step = STEPS.find((s) => span / s <= max) ?? STEPS[STEPS.length - 1]!;
  const ticks: Array<{ ms: number; label: string }> = [];
  let lastDay = '';
  for (let t = Math.ceil(startMs / step) * step; t <= endMs; t += step) {
    const day = new Date(t).toISOString().slice(0, 10);
    ticks.push({ ms: t, label: formatTick(t, day !== lastDay) });
    lastDay = day;
  }
  return ticks;
}
