// Reads a CSV or TSV export (as exported, or pasted from a browser) into audit rows.
import { InputError } from '../../core/errors.js';
import { describeColumns, isHeaderUsable, mapColumns, type ColumnMap } from './columns.js';
import { detectDelimiter, parseDelimited, type DelimitedRecord } from '../../core/delimited.js';
import { inferColumns } from './infer-columns.js';
import type { Base } from './read-export.js';
import type { AuditRow, MalformedRow } from './row.js';
import { statusOf, toRow } from './to-row.js';

/** Records a header-less paste is judged on. */
const INFER_SAMPLE = 200;

/** How far down a header row may sit below a title or `sep=` line. */
const HEADER_SEARCH = 10;

/** Reads CSV or TSV: finds the delimiter and the header (or infers columns), then turns records into rows. */
export function fromDelimited(text: string, source: string): Base {
  const head = text.slice(0, Math.min(text.length, 65_536)).split(/\r?\n/).filter((l) => l.trim()).slice(0, HEADER_SEARCH);
  const firstLine = head[0] ?? '';
  // Excel writes a `sep=;` line first when the separator is not the locale's.
  const declared = /^sep=(.)$/i.exec(firstLine.trim())?.[1];
  const delimiter = declared ?? detectDelimiter(head.join('\n'));
  const tsv = delimiter === '\t';
  const rows: AuditRow[] = [];
  const malformed: MalformedRow[] = [];
  // Records are turned into rows as they are parsed; only a header-less paste waits for a sample first.
  const pending: DelimitedRecord[] = [];
  let headers: string[] = [];
  let map: ColumnMap = {};
  let hasHeader = false;
  let width = 0;
  let decided = false;
  const take = (r: DelimitedRecord) => {
    const fields = fitWidth(r.fields, width, tsv);
    if (fields) rows.push(toRow(fields, map, r.line));
    else malformed.push({ line: r.line, reason: `${r.fields.length} fields where the header has ${width}` });
  };
  const decide = () => {
    decided = true;
    map = inferColumns(pending.map((r) => r.fields));
    if (!isHeaderUsable(map)) {
      throw new InputError(`${source}: no header names a Message or Status column, and no column looks like audit messages (first line: "${firstLine.slice(0, 80)}")`);
    }
    width = Math.max(...pending.slice(0, 50).map((r) => r.fields.length));
    headers = Array.from({ length: width }, (_, i) => `column ${i + 1}`);
    for (const r of pending) take(r);
    pending.length = 0;
  };
  let seen = 0;
  parseDelimited(text, { delimiter, quotes: !tsv || firstLine.startsWith('"'), source }, (r) => {
    if (decided) return take(r);
    seen += 1;
    if (seen <= HEADER_SEARCH) {
      const candidate = mapColumns(r.fields);
      // A data row can contain a word like "message"; a header row never holds a status value.
      if (isHeaderUsable(candidate) && !r.fields.some((f) => statusOf(f.trim()))) {
        // Lines above the header (a title, `sep=`) are not data.
        pending.length = 0;
        hasHeader = decided = true;
        headers = r.fields;
        map = candidate;
        width = headers.length;
        return;
      }
    }
    pending.push(r);
    if (pending.length >= INFER_SAMPLE) decide();
  });
  if (seen === 0) throw new InputError(`${source} has no rows`);
  if (!decided) decide();
  return { format: tsv ? 'tsv' : 'csv', columns: describeColumns(map, headers), hasHeader, rows, malformed };
}

/** The record's fields at the header's width, or undefined when they cannot line up. */
function fitWidth(fields: string[], width: number, lenient: boolean): string[] | undefined {
  if (fields.length === width) return fields;
  if (fields.length > width && fields.slice(width).every((f) => f.trim() === '')) return fields.slice(0, width);
  // A browser paste drops trailing empty cells.
  if (lenient && fields.length < width && fields.length >= Math.ceil(width / 2)) return [...fields, ...new Array<string>(width - fields.length).fill('')];
  return undefined;
}
