// "Threads and locks": each thread dump's wait-for graph, with deadlock cycles drawn and named in red.
import type { CheckResult, Report } from '../../core/types.js';
import { checkAnchor } from './anchors.js';
import { html, type Html } from './escape.js';
import { layoutLocks, type LockNode } from './lock-layout.js';
import { readLockGraph, type LockEdge } from './read.js';
import { CHART_WIDTH, chartFrame, clip } from './svg.js';

const COL_W = 290;
const NODE_W = 180;
const NODE_H = 40;
const ROW_H = 66;
const PAD = 24;
/** Room on the left for the arcs and labels of a cycle's upward waits. */
const LEFT = 150;

function shortClass(name: string): string {
  return name.split(/[.$]/).pop() || name;
}

function center(n: LockNode): { x: number; y: number } {
  return { x: LEFT + n.col * COL_W + NODE_W / 2, y: PAD + n.row * ROW_H + NODE_H / 2 };
}

function edgePath(e: LockEdge, from: LockNode, to: LockNode, cycle: boolean, id: string): Html {
  const a = center(from);
  const b = center(to);
  let d: string;
  let label: { x: number; y: number };
  if (from.col === to.col) {
    const side = to.row > from.row ? 1 : -1;
    const x = a.x + side * (NODE_W / 2);
    const bulge = x + side * (36 + 10 * Math.abs(to.row - from.row));
    d = `M${x} ${a.y} C${bulge} ${a.y} ${bulge} ${b.y} ${x + side * 4} ${b.y}`;
    label = { x: bulge + side * 4, y: (a.y + b.y) / 2 };
  } else {
    const x1 = a.x + NODE_W / 2;
    const x2 = b.x - NODE_W / 2 - 4;
    const mid = (x1 + x2) / 2;
    d = `M${x1} ${a.y} C${mid} ${a.y} ${mid} ${b.y} ${x2} ${b.y}`;
    label = { x: mid, y: (a.y + b.y) / 2 - 6 };
  }
  const anchor = from.col === to.col ? (to.row > from.row ? 'start' : 'end') : 'middle';
  return html`<g class="wait${cycle ? ' cycle' : ''}"><path d="${d}" marker-end="url(#${id}-${cycle ? 'c' : 'n'})"/><text x="${label.x.toFixed(1)}" y="${label.y.toFixed(1)}" text-anchor="${anchor}">${clip(shortClass(e.lockClass), 22)}</text><title>${e.waiter} waits for ${e.lockClass} ${e.lock}, held by ${e.holder}</title></g>`;
}

function node(n: LockNode): Html {
  const x = LEFT + n.col * COL_W;
  const y = PAD + n.row * ROW_H;
  return html`<g class="thread${n.inCycle ? ' cycle' : ''}"><rect x="${x}" y="${y}" width="${NODE_W}" height="${NODE_H}" rx="6"/><text class="thread-name" x="${x + 10}" y="${y + 17}">${clip(n.name, 24)}</text><text class="thread-state" x="${x + 10}" y="${y + 32}">${n.state || 'state unknown'}</text><title>${n.name}</title></g>`;
}

function graphFigure(report: Report, r: CheckResult, index: number): Html | undefined {
  const graph = readLockGraph(r.evidence);
  if (!graph || graph.edges.length === 0) return undefined;
  const { nodes, edges, dropped } = layoutLocks(graph.edges, graph.cycles);
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const inCycle = new Set(graph.cycles.flat());
  const id = `lg${index}`;
  const cols = Math.max(...nodes.map((n) => n.col)) + 1;
  const rows = Math.max(...nodes.map((n) => n.row)) + 1;
  const width = Math.max(CHART_WIDTH, LEFT + cols * COL_W + 120);
  const height = PAD * 2 + rows * ROW_H;
  const defs = html`<defs><marker id="${id}-n" class="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0 0 L10 5 L0 10 z"/></marker><marker id="${id}-c" class="arrow cycle" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0 0 L10 5 L0 10 z"/></marker></defs>`;
  const paths = edges.map((e) => edgePath(e, byName.get(e.waiter)!, byName.get(e.holder)!, inCycle.has(e.waiter), id));
  const label = `Wait-for graph of ${r.target}: ${nodes.length} threads, ${graph.cycles.length} deadlock cycle(s)`;
  const chart = chartFrame(width, height, label, html`${defs}${paths}${nodes.map(node)}`, 'locks');
  const cycleText = graph.cycles.map(
    (c) =>
      html`<li class="sig stops"><strong>Deadlock:</strong> ${c
        .map((w) => {
          const e = graph.edges.find((x) => x.waiter === w);
          return e ? `${w} waits for ${shortClass(e.lockClass)} held by ${e.holder}` : w;
        })
        .join('; ')}</li>`,
  );
  const omitted =
    dropped + graph.omitted > 0 ? html`<li class="muted">${dropped} more threads and ${graph.omitted} more waits are in the evidence of the check.</li>` : '';
  return html`<figure class="locks"><figcaption><strong>Who waits for whom</strong> — <a href="#${checkAnchor(report, r)}">${r.target}</a></figcaption>${chart}<ul class="lock-notes">${cycleText}${omitted}</ul></figure>`;
}

/** The section, or nothing when no thread dump shows a thread waiting for another. */
export function lockSection(report: Report): Html | undefined {
  const figures = report.results
    .filter((r) => r.id === 'threaddump')
    .flatMap((r, i) => {
      const f = graphFigure(report, r, i);
      return f ? [f] : [];
    });
  return figures.length > 0
    ? html`<section id="locks"><h2>Threads and locks</h2><p class="lede muted">An arrow goes from a waiting thread to the thread that holds the lock it wants, labelled with the lock's class; red threads and arrows form a deadlock cycle.</p>${figures}</section>`
    : undefined;
}
