// Reads an export (CSV, TSV pasted from a browser, or JSON) as it streams in and hands over its rows one by one.
import { InputError } from '../../core/errors.js';
import { describeColumns, isHeaderUsable, mapColumns } from './columns.js';
import { ExportDecoder, type ExportEncoding, type ExportSource } from './decode.js';
import { jsonRecords } from './json-export.js';
import { DelimitedReader } from './read-delimited.js';
import type { AuditRow, MalformedRow } from './row.js';
import { toRow } from './to-row.js';

/** What was read from an export besides its rows. */
export interface ExportInfo {
  format: 'csv' | 'tsv' | 'json';
  encoding: ExportEncoding;
  /** Field name -> the export's column name. */
  columns: Record<string, string>;
  hasHeader: boolean;
  rowsRead: number;
  /** The first rows that could not be read, and how many there were. */
  malformed: MalformedRow[];
  malformedCount: number;
}

/**
 * Reads the export of `source`, calling `onRow` for each row in file order; `signal` is checked between chunks.
 * A JSON export is read whole (its entries may sit anywhere in the document); CSV and TSV stream in constant memory.
 */
export async function readExportRows(source: ExportSource, onRow: (row: AuditRow) => void, signal?: AbortSignal): Promise<ExportInfo> {
  const decoder = new ExportDecoder(source.name);
  let rowsRead = 0;
  const count = (row: AuditRow): void => {
    rowsRead += 1;
    onRow(row);
  };
  let head: Buffer[] = [];
  let json: Buffer[] | undefined;
  let delimited: DelimitedReader | undefined;
  const take = (bytes: Buffer): void => {
    if (json) json.push(bytes);
    else if (delimited) delimited.push(bytes);
    else {
      head.push(bytes);
      const start = decoder.decode(Buffer.concat(head)).trimStart();
      if (!start) return;
      if (start.startsWith('[') || start.startsWith('{')) json = head;
      else {
        delimited = new DelimitedReader(
          source.name,
          count,
          () => (decoder.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8'),
          (b) => decoder.decode(b),
        );
        for (const b of head) delimited.push(b);
      }
      head = [];
    }
  };
  for await (const chunk of source.open()) {
    signal?.throwIfAborted();
    take(decoder.push(chunk));
  }
  take(decoder.end());
  if (json) return { ...fromJson(decoder.decode(Buffer.concat(json)), source.name, count), encoding: decoder.encoding, rowsRead };
  if (!delimited) throw new InputError(`${source.name} is empty`);
  return { ...delimited.end(), encoding: decoder.encoding, rowsRead };
}

function fromJson(text: string, name: string, onRow: (row: AuditRow) => void): Omit<ExportInfo, 'encoding' | 'rowsRead'> {
  const { records, keys } = jsonRecords(text, name);
  const map = mapColumns(keys);
  if (!isHeaderUsable(map)) throw new InputError(`${name}: no key of the JSON entries names a message or status (keys: ${keys.slice(0, 12).join(', ')})`);
  records.forEach((fields, i) => onRow(toRow(fields, map, i + 1)));
  return { format: 'json', columns: describeColumns(map, keys), hasHeader: true, malformed: [], malformedCount: 0 };
}
