// Reads a CSV or TSV export (as exported, or pasted from a browser) into audit rows as its bytes stream in.
import { InputError } from '../../core/errors.js';
import { ByteRecords, detectDelimiter, type DelimitedRecord, type FieldEncoding } from '../../core/delimited.js';
import { describeColumns, isHeaderUsable, mapColumns, type ColumnMap } from './columns.js';
import { inferColumns } from './infer-columns.js';
import type { AuditRow, MalformedRow } from './row.js';
import { statusOf, toRow } from './to-row.js';

/** Records a header-less paste is judged on. */
const INFER_SAMPLE = 200;
/** How far down a header row may sit below a title or `sep=` line. */
const HEADER_SEARCH = 10;
/** Characters of the export's start that the delimiter and header are judged on, and the bytes read to have them. */
const HEAD_CHARS = 65_536;
const HEAD_BYTES = 4 * HEAD_CHARS;
/** Malformed rows kept for the report (the rest are counted). */
const MALFORMED_KEPT = 20;

/** What the reader learnt about a delimited export besides its rows. */
export interface DelimitedInfo {
  format: 'csv' | 'tsv';
  columns: Record<string, string>;
  hasHeader: boolean;
  malformed: MalformedRow[];
  malformedCount: number;
}

/**
 * Reads CSV or TSV bytes pushed in pieces: finds the delimiter and the header in the first HEAD_CHARS characters (or
 * infers the columns from a sample of records), then turns every record into a row for `onRow`.
 */
export class DelimitedReader {
  private head: Buffer[] = [];
  private headBytes = 0;
  private records: ByteRecords | undefined;
  private firstLine = '';
  private tsv = false;
  private readonly pending: DelimitedRecord[] = [];
  private headers: string[] = [];
  private map: ColumnMap = {};
  private hasHeader = false;
  private width = 0;
  private decided = false;
  private seen = 0;
  private readonly malformed: MalformedRow[] = [];
  private malformedCount = 0;

  /** `encoding` says how to decode fields that are not ASCII; `text` decodes the export's first bytes (to find its delimiter and header). */
  constructor(
    private readonly source: string,
    private readonly onRow: (row: AuditRow) => void,
    private readonly encoding: FieldEncoding,
    private readonly text: (bytes: Buffer) => string,
  ) {}

  /** Takes the next piece of the export. */
  push(bytes: Buffer): void {
    if (this.records) {
      this.records.push(bytes, true);
      return;
    }
    this.head.push(bytes);
    this.headBytes += bytes.length;
    if (this.headBytes >= HEAD_BYTES) this.start();
  }

  /** Reads what is left and says what the export held. */
  end(): DelimitedInfo {
    if (!this.records) this.start();
    (this.records as ByteRecords).push(Buffer.alloc(0), false);
    if (this.seen === 0) throw new InputError(`${this.source} has no rows`);
    if (!this.decided) this.decide();
    return {
      format: this.tsv ? 'tsv' : 'csv',
      columns: describeColumns(this.map, this.headers),
      hasHeader: this.hasHeader,
      malformed: this.malformed,
      malformedCount: this.malformedCount,
    };
  }

  private start(): void {
    const bytes = Buffer.concat(this.head);
    this.head = [];
    const lines = this.text(bytes)
      .slice(0, HEAD_CHARS)
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .slice(0, HEADER_SEARCH);
    this.firstLine = lines[0] ?? '';
    // Excel writes a `sep=;` line first when the separator is not the locale's.
    const declared = /^sep=(.)$/i.exec(this.firstLine.trim())?.[1];
    const delimiter = declared ?? detectDelimiter(lines.join('\n'));
    this.tsv = delimiter === '\t';
    this.records = new ByteRecords(delimiter, !this.tsv || this.firstLine.startsWith('"'), this.source, this.encoding, (r) => this.record(r));
    this.records.push(bytes, true);
  }

  private record(r: DelimitedRecord): void {
    if (this.decided) {
      this.take(r);
      return;
    }
    this.seen += 1;
    if (this.seen <= HEADER_SEARCH) {
      const candidate = mapColumns(r.fields);
      // A data row can contain a word like "message"; a header row never holds a status value.
      if (isHeaderUsable(candidate) && !r.fields.some((f) => statusOf(f.trim()))) {
        // Lines above the header (a title, `sep=`) are not data.
        this.pending.length = 0;
        this.hasHeader = this.decided = true;
        this.headers = r.fields;
        this.map = candidate;
        this.width = this.headers.length;
        return;
      }
    }
    this.pending.push(r);
    if (this.pending.length >= INFER_SAMPLE) this.decide();
  }

  /** Infers the columns of a header-less paste from the records seen so far. */
  private decide(): void {
    this.decided = true;
    this.map = inferColumns(this.pending.map((r) => r.fields));
    if (!isHeaderUsable(this.map)) {
      throw new InputError(
        `${this.source}: no header names a Message or Status column, and no column looks like audit messages (first line: "${this.firstLine.slice(0, 80)}")`,
      );
    }
    this.width = Math.max(...this.pending.slice(0, 50).map((r) => r.fields.length));
    this.headers = Array.from({ length: this.width }, (_, i) => `column ${i + 1}`);
    for (const r of this.pending) this.take(r);
    this.pending.length = 0;
  }

  private take(r: DelimitedRecord): void {
    const fields = fitWidth(r.fields, this.width, this.tsv);
    if (fields) {
      this.onRow(toRow(fields, this.map, r.line));
      return;
    }
    this.malformedCount += 1;
    if (this.malformed.length < MALFORMED_KEPT) this.malformed.push({ line: r.line, reason: `${r.fields.length} fields where the header has ${this.width}` });
  }
}

/** The record's fields at the header's width, or undefined when they cannot line up. */
function fitWidth(fields: string[], width: number, lenient: boolean): string[] | undefined {
  if (fields.length === width) return fields;
  if (fields.length > width && fields.slice(width).every((f) => f.trim() === '')) return fields.slice(0, width);
  // A browser paste drops trailing empty cells.
  if (lenient && fields.length < width && fields.length >= Math.ceil(width / 2)) return [...fields, ...new Array<string>(width - fields.length).fill('')];
  return undefined;
}
