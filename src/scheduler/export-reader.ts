// Reads exported Quartz tables (CSV, TSV, psql output, JSON) into typed rows, recognising each table by its columns.
import { InputError } from '../core/errors.js';
import { decodeText } from '../core/input.js';
import { readInputBytes } from '../core/input-read.js';
import { withSignal } from '../core/timeout.js';
import { detectDelimiter, readDelimited } from '../core/delimited.js';
import { addRows, type RawRow, type TimeReader } from './rows.js';
import { TIME_COLUMNS, normaliseColumn, recogniseTables } from './tables.js';
import { numericDateOrder, parseTimeValue, type TimeOptions } from './time-value.js';
import type { QuartzData, QuartzTable } from './types.js';

/** Largest export maildoctor reads; trigger tables are a few hundred rows. */
const MAX_BYTES = 64 * 1024 * 1024;
/** Longest row read (4 MiB): room for a JOB_DATA blob in hex, not for a file that is one endless line. */
const MAX_ROW_BYTES = 4 * 1024 * 1024;

/** One table (or a join of several) found in an export file. */
export interface ExportTable {
  tables: QuartzTable[];
  source: string;
  columns: string[];
  rows: RawRow[];
}

/** Decodes an export: UTF-8 (with or without BOM), or UTF-16 with a BOM as Excel's "Unicode text" writes it. */
export function decodeExport(buf: Buffer, source: string): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
  return decodeText(buf, source);
}

function tableOf(columns: string[], rows: RawRow[], source: string): ExportTable {
  return { tables: recogniseTables(columns, source), source, columns, rows };
}

/** psql's aligned output separates columns with a pipe; browser pastes with a tab; European Excel with a semicolon. */
const PSQL_DELIMITERS = ['\t', '|', ';', ','];

function fromDelimited(raw: string, source: string): ExportTable {
  const sep = /^sep=(.)\r?\n/i.exec(raw);
  const text = sep ? raw.slice(sep[0].length) : raw;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = sep?.[1] ?? detectDelimiter(firstLine, PSQL_DELIMITERS);
  let records = readDelimited(text, { delimiter, quotes: true, source });
  if (delimiter === '|') {
    records = records.filter((r) => !/^[-+\s]+$/.test(r.fields.join('|')) && !/^\(\d+ rows?\)$/.test(r.fields.join('').trim()));
  }
  const [header, ...body] = records;
  if (!header) throw new InputError(`${source}: no header line`);
  const columns = header.fields.map(normaliseColumn);
  const trim = delimiter === '|' || delimiter === '\t';
  const rows = body.map((r) => {
    if (r.fields.length !== columns.length) {
      throw new InputError(
        `${source}: line ${r.line} has ${r.fields.length} field${r.fields.length === 1 ? '' : 's'} but the header has ${columns.length} (truncated or damaged row)`,
      );
    }
    const row: RawRow = {};
    columns.forEach((c, i) => (row[c] = trim ? r.fields[i]!.trim() : r.fields[i]));
    return row;
  });
  return tableOf(columns, rows, source);
}

function objectRows(list: unknown[], source: string): ExportTable {
  const rows = list.map((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new InputError(`${source}: item ${i + 1} is not an object of column values`);
    const row: RawRow = {};
    for (const [k, v] of Object.entries(item)) row[normaliseColumn(k)] = v;
    return row;
  });
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return tableOf(columns, rows, source);
}

function fromJson(text: string, source: string): ExportTable[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${source}: not valid JSON (${(err as Error).message})`);
  }
  if (Array.isArray(doc)) return [objectRows(doc, source)];
  if (doc && typeof doc === 'object') {
    const obj = doc as Record<string, unknown>;
    const columns = obj.columns ?? obj.fields;
    if (Array.isArray(columns) && Array.isArray(obj.rows)) {
      const names = columns.map((c) => normaliseColumn(typeof c === 'string' ? c : String((c as { name?: unknown }).name ?? '')));
      const rows = obj.rows.map((r, i) => {
        if (!Array.isArray(r) || r.length !== names.length) throw new InputError(`${source}: row ${i + 1} does not have ${names.length} values`);
        return Object.fromEntries(names.map((n, j) => [n, r[j]]));
      });
      return [tableOf(names, rows, source)];
    }
    const lists = Object.entries(obj).filter(([, v]) => Array.isArray(v));
    if (lists.length > 0) return lists.map(([key, v]) => objectRows(v as unknown[], `${source} (${key})`));
  }
  throw new InputError(`${source}: JSON must be a list of rows, or an object whose values are lists of rows`);
}

/** Splits an export's text into its tables (one for CSV/TSV, possibly several for JSON). */
export function parseExport(text: string, source: string): ExportTable[] {
  const body = text.replace(/^\s+/, '');
  if (body === '') throw new InputError(`${source}: the file is empty`);
  return body.startsWith('[') || body.startsWith('{') ? fromJson(body, source) : [fromDelimited(body, source)];
}

/** The day/month order the dates of these tables imply; contradicting dates are an InputError. */
function impliedDateOrder(tables: ExportTable[], source: string): 'dmy' | 'mdy' | undefined {
  const orders = new Set<'dmy' | 'mdy'>();
  for (const t of tables)
    for (const r of t.rows)
      for (const c of t.columns) {
        const v = r[c];
        if (TIME_COLUMNS.has(c) && typeof v === 'string') {
          const o = numericDateOrder(v);
          if (o) orders.add(o);
        }
      }
  if (orders.size > 1) throw new InputError(`${source}: its dates mix day/month and month/day order`);
  return [...orders][0];
}

/** A time reader for export cells: numbers are epoch ms, text is parsed as a date in the given zone. */
export function exportTimeReader(options: TimeOptions): TimeReader {
  return (v, where) => {
    if (v === null || v === undefined) return null;
    return parseTimeValue(String(v), options, where);
  };
}

/** Reads one export file and adds its tables to `data`; returns what was recognised. */
export async function readExportFile(path: string, options: TimeOptions, data: QuartzData, signal: AbortSignal): Promise<ExportTable[]> {
  const buf = await withSignal(readInputBytes(path, 'Quartz export', { maxBytes: MAX_BYTES, maxLineBytes: MAX_ROW_BYTES, signal }), signal, `reading ${path}`);
  const tables = parseExport(decodeExport(buf, path), path);
  const order = options.dateOrder ?? impliedDateOrder(tables, path);
  const reader = exportTimeReader({ ...options, ...(order ? { dateOrder: order } : {}) });
  for (const t of tables) for (const table of t.tables) addRows(data, table, t.rows, reader, t.source);
  return tables;
}
