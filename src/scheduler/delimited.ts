// A CSV/TSV parser for exported query results: RFC 4180 quoting, with errors for truncated input.
import { InputError } from '../core/errors.js';

/** One parsed record with the line it started on, for error messages. */
export interface Record_ {
  line: number;
  cells: string[];
}

/** Guesses the delimiter from the header line: tab (pasted from a browser), semicolon (European Excel), pipe (psql), or comma. */
export function guessDelimiter(header: string): string {
  if (header.includes('\t')) return '\t';
  if (header.includes('|') && !header.includes(',')) return '|';
  if (header.includes(';') && !header.includes(',')) return ';';
  return ',';
}

/** Splits delimited text into records; an unterminated quote is an InputError naming where it began. */
export function parseDelimited(text: string, delimiter: string, source: string): Record_[] {
  const records: Record_[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;
  let atCellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      quoteLine = line;
      atCellStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line += 1;
      recordLine = line;
      atCellStart = true;
    } else {
      cell += ch;
      if (ch !== ' ') atCellStart = false;
    }
  }
  if (quoted) throw new InputError(`${source}: the quoted field that starts on line ${quoteLine} never ends (truncated file?)`);
  cells.push(cell);
  if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
  return records;
}
