// Small multiples: one row of bars per series on a shared time axis, each row scaled to its own peak.
import { html, type Html } from './escape.js';
import { formatTime, perBucket } from './format.js';
import type { Series } from './read.js';
import { CHART_WIDTH, LABEL_W, PLOT_X, chartFrame, clip, timeAxis } from './svg.js';

/** One row: what is counted, how it is coloured, and its counts. */
export interface BarRow {
  label: string;
  tone: 'fail' | 'warn' | 'info' | 'ok';
  series: Series;
}

/** A shaded time range drawn across every row (a SEND_FAILED spike). */
export interface TimeMark {
  fromMs: number;
  toMs: number;
  label: string;
}

const PLOT_W = 580;
const ROW_H = 28;
const BAR_H = 20;
const TOP = 18;
const AXIS_H = 24;
/** Most columns drawn; finer series are summed into wider buckets for the picture. */
const MAX_COLUMNS = 240;
/** Widest bar: a short series stays a few bars rather than blocks. */
const MAX_BAR_W = 26;

function coarsen(s: Series, factor: number, startMs: number, columns: number): number[] {
  const out = new Array<number>(columns).fill(0);
  const offset = Math.round((s.startMs - startMs) / s.bucketMs);
  s.counts.forEach((c, i) => {
    const col = Math.floor((i + offset) / factor);
    if (col >= 0 && col < columns) out[col]! += c;
  });
  return out;
}

/** The chart; rows must share one bucket width (one check's series do). */
export function barRows(label: string, rows: BarRow[], marks: TimeMark[] = []): Html {
  const bucketMs = rows[0]!.series.bucketMs;
  const startMs = Math.min(...rows.map((r) => r.series.startMs));
  const endMs = Math.max(...rows.map((r) => r.series.startMs + r.series.counts.length * bucketMs));
  const factor = Math.max(1, Math.ceil((endMs - startMs) / bucketMs / MAX_COLUMNS));
  const colMs = bucketMs * factor;
  const columns = Math.ceil((endMs - startMs) / colMs);
  const colW = PLOT_W / columns;
  const barW = Math.min(MAX_BAR_W, Math.max(1, colW - 1));
  const x = (ms: number) => PLOT_X + ((ms - startMs) / (columns * colMs)) * PLOT_W;
  const height = TOP + rows.length * ROW_H + AXIS_H;
  const body = rows.map((r, i) => {
    const cols = coarsen(r.series, factor, startMs, columns);
    const peak = Math.max(...cols);
    const total = r.series.counts.reduce((a, b) => a + b, 0);
    const base = TOP + i * ROW_H + BAR_H + 2;
    const bars = cols.map((c, j) =>
      c === 0
        ? ''
        : html`<rect class="bar ${r.tone}" x="${(PLOT_X + j * colW + (colW - barW) / 2).toFixed(1)}" y="${(base - (c / peak) * BAR_H).toFixed(1)}" width="${barW.toFixed(1)}" height="${((c / peak) * BAR_H).toFixed(1)}"><title>${formatTime(startMs + j * colMs)}: ${c}</title></rect>`,
    );
    return html`<g class="row"><text class="row-label" x="${LABEL_W}" y="${base - 5}" text-anchor="end">${clip(r.label, 38)}</text><line class="baseline" x1="${PLOT_X}" x2="${PLOT_X + PLOT_W}" y1="${base}" y2="${base}"/>${bars}<text class="row-note" x="${PLOT_X + PLOT_W + 8}" y="${base - 5}">${total} · peak ${peak}</text></g>`;
  });
  const plotBottom = TOP + rows.length * ROW_H + 2;
  const shades = marks.map((m) => {
    const x0 = x(m.fromMs);
    const w = Math.max(3, x(m.toMs) - x0);
    const right = x0 > PLOT_X + PLOT_W / 2;
    return html`<g class="mark"><rect class="mark-band" x="${x0.toFixed(1)}" y="${TOP - 4}" width="${w.toFixed(1)}" height="${plotBottom - TOP + 4}"/><text class="mark-label" x="${(right ? x0 + w : x0).toFixed(1)}" y="${TOP - 7}" text-anchor="${right ? 'end' : 'start'}">${m.label}</text></g>`;
  });
  const ticks = timeAxis(startMs, endMs, x, TOP - 2, plotBottom + 3);
  const heads = html`<text class="axis-note" x="${LABEL_W}" y="${TOP - 7}" text-anchor="end">count ${perBucket(colMs / 60_000)}</text><text class="axis-note" x="${PLOT_X + PLOT_W + 8}" y="${TOP - 7}">total · peak</text>`;
  return chartFrame(CHART_WIDTH, height, label, html`${ticks}${shades}${body}${heads}`, 'bars');
}
