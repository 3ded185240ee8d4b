// Turns an export's text (CSV, TSV pasted from a browser, or JSON) into audit rows with readable times.
import { InputError } from '../../core/errors.js';
import { describeColumns, isHeaderUsable, mapColumns } from './columns.js';
import { jsonRecords } from './json-export.js';
import { fromDelimited } from './read-delimited.js';
import type { AuditRow, MalformedRow } from './row.js';
import { toRow } from './to-row.js';
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

/** What the format readers produce before times are read. */
export type Base = Omit<ParsedExport, 'timeFormat' | 'unreadableTimes'>;

function* timeValues(rows: readonly AuditRow[]): Iterable<string> {
  for (const r of rows) yield r.rawTime;
}

function fromJson(text: string, source: string): Base {
  const { records, keys } = jsonRecords(text, source);
  const map = mapColumns(keys);
  if (!isHeaderUsable(map)) throw new InputError(`${source}: no key of the JSON entries names a message or status (keys: ${keys.slice(0, 12).join(', ')})`);
  const rows = records.map((fields, i) => toRow(fields, map, i + 1));
  return { format: 'json', columns: describeColumns(map, keys), hasHeader: true, rows, malformed: [] };
}
