// The summary table of the text format, laid out to fit the line: cells wrap between words, never truncate.
import Table from 'cli-table3';
import { visibleLength, wrapText } from './wrap.js';

/** One row of the summary: a status label (already coloured), check id, target, duration and summary. */
export interface CheckRow {
  status: string;
  id: string;
  target: string;
  time: string;
  summary: string;
}

/** Width assumed when the output is not a terminal (a pipe, a file, a 0x0 pseudo-terminal). */
export const DEFAULT_WIDTH = 80;

/** Narrowest summary column worth a table; below it each check becomes a short block of lines. */
const MIN_SUMMARY = 16;

/** Narrowest target column before a table gives way to blocks. */
const MIN_TARGET = 12;

/** Borders (6) and one space of padding each side of the 5 cells (10). */
const FRAME = 16;

const HEAD: CheckRow = { status: '', id: 'check', target: 'target', time: 'time', summary: 'summary' };

function widest(rows: CheckRow[], key: keyof CheckRow): number {
  return Math.max(...rows.map((r) => visibleLength(r[key])));
}

/** Content widths of the five columns, or undefined when a table cannot fit `width`. */
export function columnWidths(rows: CheckRow[], width: number): [number, number, number, number, number] | undefined {
  const all = [HEAD, ...rows];
  const [status, id, time] = [widest(all, 'status'), widest(all, 'id'), widest(all, 'time')];
  const rest = width - FRAME - status - id - time;
  const target = Math.min(widest(all, 'target'), Math.max(MIN_TARGET, Math.floor(rest / 2), rest - widest(all, 'summary')));
  const summary = Math.min(rest - target, Math.max(widest(all, 'summary'), MIN_SUMMARY));
  if (summary < MIN_SUMMARY || target < MIN_TARGET) return undefined;
  return [status, id, target, time, summary];
}

/** Renders the rows as a bordered table no wider than `width`, or as indented blocks when a table cannot fit. */
export function checkTable(rows: CheckRow[], width: number, style: { head: string[]; border: string[] }): string {
  const widths = columnWidths(rows, width);
  if (!widths) return checkBlocks(rows, width);
  const table = new Table({
    head: [HEAD.status, HEAD.id, HEAD.target, HEAD.time, HEAD.summary],
    style,
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colWidths: widths.map((w) => w + 2),
  });
  for (const r of rows) {
    const cells = [r.status, r.id, r.target, r.time, r.summary];
    table.push(cells.map((cell, i) => wrapText(cell, widths[i]!).join('\n')));
  }
  return table.toString();
}

/** The narrow-terminal form: status, check and time on one line, then the target and the summary wrapped below. */
function checkBlocks(rows: CheckRow[], width: number): string {
  return rows
    .map((r) => {
      const head = wrapText(`${r.status} ${r.id} ${r.time}`, width);
      const body = [...wrapText(r.target, width - 2), ...wrapText(r.summary, width - 4, width - 4).map((l) => `  ${l}`)];
      return [...head, ...body.map((l) => `  ${l}`)].join('\n');
    })
    .join('\n');
}
