// Turns an export's text (CSV, TSV pasted from a browser, or JSON) into audit rows with readable times.
import { InputError } from '../../core/errors.js';
import { normalizeAuditStatus, type AuditStatus } from '../../knowledge/audit-messages.js';
import { describeColumns, isHeaderUsable, mapColumns, type ColumnMap } from './columns.js';
import { detectDelimiter, parseDelimited, type DelimitedRecord } from './delimited.js';
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

/** Records a header-less paste is judged on. */
const INFER_SAMPLE = 200;

type Base = Omit<ParsedExport, 'timeFormat' | 'unreadableTimes'>;

/** How far down a header row may sit below a title or `sep=` line. */
const HEADER_SEARCH = 10;

function fromDelimited(text: string, source: string): Base {
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

/** Most distinct values kept by `intern`. */
const INTERN_LIMIT = 50_000;
const INTERNED = new Map<string, string>();

/** One shared copy of values that repeat across rows (servers, statuses), so rows stay small. */
function intern(value: string): string {
  const known = INTERNED.get(value);
  if (known !== undefined) return known;
  if (INTERNED.size < INTERN_LIMIT) INTERNED.set(value, value);
  return value;
}

function toRow(fields: readonly string[], map: ColumnMap, line: number): AuditRow {
  const statusText = intern(cell(fields, map.status));
  const from = cell(fields, map.from);
  const to = cell(fields, map.to);
  const status = statusText ? statusOf(statusText) : undefined;
  const outgoing = status === 'SENT' || status === 'SEND_FAILED' || status === 'SEND_IGNORED';
  return {
    line,
    rawTime: cell(fields, map.time),
    server: intern(cell(fields, map.server)),
    address: cell(fields, map.address) || (outgoing ? to || from : from || to),
    subject: cell(fields, map.subject),
    statusText,
    ...(status ? { status } : {}),
    message: cell(fields, map.message),
    messageId: cell(fields, map.messageId),
  };
}
