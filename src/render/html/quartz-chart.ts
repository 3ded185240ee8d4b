// Quartz fire times on a time line: the last fire, the moment the rows describe, the next fire, and the silent gap.
import { html, type Html } from './escape.js';
import { formatSpan, formatTick, formatTime } from './format.js';
import type { FireTimes } from './read.js';
import { CHART_WIDTH, LABEL_W, PLOT_X, chartFrame, clip, timeAxis } from './svg.js';

const PLOT_W = 640;
const ROW_H = 64;
const AXIS_H = 24;
/** Above this many expected fires in the gap, the gap is drawn as one band instead of one tick per fire. */
const MAX_TICKS = 120;
/** Width a fire-time label needs beside its marker. */
const LABEL_ROOM = 140;

function windowOf(rows: FireTimes[]): [number, number] {
  const times = rows.flatMap((r) => [r.prevMs, r.asOfMs, r.nextMs]).filter((t): t is number => t !== undefined);
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const minSpan = Math.max(10 * 60_000, ...rows.map((r) => 4 * (r.intervalMs ?? 0)));
  const span = Math.max(hi - lo, minSpan);
  const mid = (lo + hi) / 2;
  return [mid - span * 0.56, mid + span * 0.56];
}

/** The last-fire label: above and to the left when there is room, else below and to the right (clear of the names). */
function label(at: number, mid: number, text: string): Html {
  const roomLeft = at - PLOT_X > LABEL_ROOM;
  return html`<text class="fire-label" x="${(roomLeft ? at - 8 : at - 4).toFixed(1)}" y="${roomLeft ? mid - 9 : mid + 20}" text-anchor="${roomLeft ? 'end' : 'start'}">${text}</text>`;
}

function row(r: FireTimes, i: number, x: (ms: number) => number): Html {
  const mid = i * ROW_H + 30;
  const parts: Html[] = [];
  const staleAt = r.prevMs !== undefined && r.staleAfterMs !== undefined ? r.prevMs + r.staleAfterMs : undefined;
  if (r.prevMs === undefined) {
    parts.push(
      html`<rect class="gap" x="${PLOT_X}" y="${mid - 6}" width="${(x(r.asOfMs) - PLOT_X).toFixed(1)}" height="12"/><text class="gap-label" x="${PLOT_X + 4}" y="${mid - 11}">never fired</text>`,
    );
  } else if (staleAt !== undefined && r.asOfMs > staleAt) {
    const gapMs = r.asOfMs - r.prevMs;
    const missed = r.intervalMs ? Math.floor(gapMs / r.intervalMs) : undefined;
    parts.push(
      html`<rect class="gap" x="${x(staleAt).toFixed(1)}" y="${mid - 6}" width="${Math.max(2, x(r.asOfMs) - x(staleAt)).toFixed(1)}" height="12"><title>stale after ${formatSpan(r.staleAfterMs!)} without a fire</title></rect>`,
    );
    parts.push(
      html`<text class="gap-label" x="${((x(r.prevMs) + x(r.asOfMs)) / 2).toFixed(1)}" y="${mid - 11}" text-anchor="middle">no fire for ${formatSpan(gapMs)}${missed ? ` · ${missed} expected fires missed` : ''}</text>`,
    );
  }
  if (r.prevMs !== undefined && r.intervalMs && (r.asOfMs - r.prevMs) / r.intervalMs <= MAX_TICKS) {
    for (let t = r.prevMs + r.intervalMs; t < r.asOfMs; t += r.intervalMs)
      parts.push(html`<line class="expected" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${mid - 4}" y2="${mid + 4}"/>`);
  }
  if (r.prevMs !== undefined)
    parts.push(
      html`<circle class="fire" cx="${x(r.prevMs).toFixed(1)}" cy="${mid}" r="5"><title>PREV_FIRE_TIME ${formatTime(r.prevMs)}</title></circle>${label(x(r.prevMs), mid, `last fired ${formatTick(r.prevMs, true)}`)}`,
    );
  parts.push(
    html`<line class="asof" x1="${x(r.asOfMs).toFixed(1)}" x2="${x(r.asOfMs).toFixed(1)}" y1="${mid - 14}" y2="${mid + 10}"/><text class="asof-label" x="${(x(r.asOfMs) - 4).toFixed(1)}" y="${mid + 20}" text-anchor="end">as of ${formatTick(r.asOfMs, true)}</text>`,
  );
  if (r.nextMs !== undefined)
    parts.push(html`<circle class="next" cx="${x(r.nextMs).toFixed(1)}" cy="${mid}" r="5"><title>NEXT_FIRE_TIME ${formatTime(r.nextMs)}</title></circle>`);
  const nextText = r.nextMs === undefined ? 'no NEXT_FIRE_TIME' : `next ○ ${formatTick(r.nextMs, true)}${r.nextMs < r.asOfMs ? ', overdue' : ''}`;
  return html`<g class="row"><text class="row-label" x="${LABEL_W}" y="${mid - 2}" text-anchor="end">${clip(r.trigger, 40)}</text><text class="row-note" x="${LABEL_W}" y="${mid + 13}" text-anchor="end">${r.state || 'no state'}${r.intervalMs ? ` · every ${formatSpan(r.intervalMs)}` : ''} · ${nextText}</text><line class="track" x1="${PLOT_X}" x2="${PLOT_X + PLOT_W}" y1="${mid}" y2="${mid}"/>${parts}</g>`;
}

/** One row per email polling trigger, on a shared time axis. */
export function quartzChart(label: string, rows: FireTimes[]): Html {
  const [lo, hi] = windowOf(rows);
  const x = (ms: number) => PLOT_X + ((ms - lo) / (hi - lo)) * PLOT_W;
  const bottom = rows.length * ROW_H + 4;
  const ticks = timeAxis(lo, hi, x, 4, bottom);
  return chartFrame(CHART_WIDTH, bottom + AXIS_H, label, html`${ticks}${rows.map((r, i) => row(r, i, x))}`, 'quartz');
}
