// Turns an export's text (CSV, TSV pasted from a browser, or JSON) into audit rows with readable times.
import { InputError } from '../../core/errors.js';
import { normalizeAuditStatus, type AuditStatus } from '../../knowledge/audit-messages.js';
import { describeColumns, isHeaderUsable, mapColumns, type ColumnMap } from './columns.js';
import { detectDelimiter, parseDelimited } from './delimited.js';
import { inferColumns } from './infer-columns.js';
import { jsonRecords } from './json-export.js';
import type { AuditRow, MalformedRow } from './row.js';
import { detectTimeFormat, parseTime, type DateOrder, type TimeFormat } from './time-format.js';

/** Everything read from one export, before any analysis. */
export interface ParsedExport {
  format: 'csv' | 'tsv' | 'json';
  /** Field name -> the export's column name. */
  columns: Record<string, string>;
  hasHeader: boolean;
  rows: AuditRow[];
  malformed: MalformedRow[];
  timeFormat?: TimeFormat;
  /** Lines whose time could not be read although the column has a format. */
  unreadableTimes: number[];
}

/** Reads an export; `source` names it in errors; `dateOrder` overrides the detected day order. */
export function readExport(text: string, source: string, dateOrder?: DateOrder): ParsedExport {
  const first = text.trimStart().charAt(0);
  const parsed = first === '[' || first === '{' ? fromJson(text, source) : fromDelimited(text, source);
  const timeFormat = detectTimeFormat(timeValues(parsed.rows), dateOrder);
  const unreadableTimes: number[] = [];
  if (timeFormat) {
    for (const row of parsed.rows) {
      if (!row.rawTime) continue;
      const t = parseTime(row.rawTime, timeFormat.order);
      if (t === undefined) unreadableTimes.push(row.line);
      else row.time = t;
    }
  }
  return { ...parsed, ...(timeFormat ? { timeFormat } : {}), unreadableTimes };
}

function* timeValues(rows: readonly AuditRow[]): Iterable<string> {
  for (const r of rows) yield r.rawTime;
}

type Base = Omit<ParsedExport, 'timeFormat' | 'unreadableTimes'>;

function fromDelimited(text: string, source: string): Base {
  const firstLine = text.slice(0, Math.min(text.length, 65_536)).split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  const tsv = delimiter === '\t';
  const records: Array<{ fields: string[]; line: number }> = [];
  parseDelimited(text, { delimiter, quotes: !tsv || firstLine.startsWith('"'), source }, (r) => records.push(r));
  const header = records[0];
  if (!header) throw new InputError(`${source} has no rows`);
  let map = mapColumns(header.fields);
  let hasHeader = isHeaderUsable(map);
  let headers = header.fields;
  if (!hasHeader) {
    map = inferColumns(records.slice(0, 200).map((r) => r.fields));
    headers = header.fields.map((_, i) => `column ${i + 1}`);
    if (!isHeaderUsable(map)) {
      throw new InputError(`${source}: no header names a Message or Status column, and no column looks like audit messages (first line: "${firstLine.slice(0, 80)}")`);
    }
  }
  const width = hasHeader ? header.fields.length : Math.max(...records.slice(0, 50).map((r) => r.fields.length));
  const rows: AuditRow[] = [];
  const malformed: MalformedRow[] = [];
  for (let i = hasHeader ? 1 : 0; i < records.length; i += 1) {
    const r = records[i]!;
    const fields = fitWidth(r.fields, width, tsv);
    if (!fields) {
      malformed.push({ line: r.line, reason: `${r.fields.length} fields where the header has ${width}` });
      continue;
    }
    rows.push(toRow(fields, map, r.line));
  }
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

function fromJson(text: string, source: string): Base {
  const { records, keys } = jsonRecords(text, source);
  const map = mapColumns(keys);
  if (!isHeaderUsable(map)) throw new InputError(`${source}: no key of the JSON entries names a message or status (keys: ${keys.slice(0, 12).join(', ')})`);
  const rows = records.map((fields, i) => toRow(fields, map, i + 1));
  return { format: 'json', columns: describeColumns(map, keys), hasHeader: true, rows, malformed: [] };
}

const STATUS_MEMO = new Map<string, AuditStatus | null>();

/** The documented status of an export's spelling, remembered per distinct spelling. */
function statusOf(text: string): AuditStatus | undefined {
  let s = STATUS_MEMO.get(text);
  if (s === undefined) {
    s = normalizeAuditStatus(text) ?? null;
    if (STATUS_MEMO.size < 1000) STATUS_MEMO.set(text, s);
  }
  return s ?? undefined;
}

function cell(fields: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (fields[index] ?? '').trim();
}

function toRow(fields: readonly string[], map: ColumnMap, line: number): AuditRow {
  const statusText = cell(fields, map.status);
  const from = cell(fields, map.from);
  const to = cell(fields, map.to);
  const status = statusText ? statusOf(statusText) : undefined;
  const outgoing = status === 'SENT' || status === 'SEND_FAILED' || status === 'SEND_IGNORED';
  return {
    line,
    rawTime: cell(fields, map.time),
    server: cell(fields, map.server),
    address: cell(fields, map.address) || (outgoing ? to || from : from || to),
    subject: cell(fields, map.subject),
    statusText,
    ...(status ? { status } : {}),
    message: cell(fields, map.message),
    messageId: cell(fields, map.messageId),
  };
}
