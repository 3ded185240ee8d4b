// The one CSV/TSV reader (audit exports, Quartz table exports): quoted fields with commas, quotes and newlines, CRLF
// or LF, any delimiter.
import { InputError } from './errors.js';

/** One parsed record and the 1-based line of the file it starts on. */
export interface DelimitedRecord {
  fields: string[];
  line: number;
}

/** How to split: the delimiter, and whether double quotes group fields (off for browser pastes). */
export interface DelimitedOptions {
  delimiter: string;
  quotes: boolean;
  /** Names the input in error messages. */
  source: string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Calls `onRecord` for every non-blank record; throws InputError on an unterminated quoted field. */
export function parseDelimited(text: string, options: DelimitedOptions, onRecord: (r: DelimitedRecord) => void): void {
  const delim = options.delimiter.charCodeAt(0);
  const len = text.length;
  const finders: Finders = { lf: finder(text, '\n'), cr: finder(text, '\r'), delim: finder(text, options.delimiter) };
  let pos = 0;
  let line = 1;
  while (pos < len) {
    const startLine = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      if (options.quotes && text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) throw new InputError(`${options.source}: line ${startLine}: a quoted field is never closed (the file may be cut short)`);
          const chunk = text.slice(from, q);
          line += countNewlines(chunk);
          value += chunk;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          pos = q + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
        const rest = nextStop(text, pos, delim);
        value += text.slice(pos, rest);
        pos = rest;
        fields.push(value.indexOf('\r') >= 0 ? value.replace(/\r\n/g, '\n') : value);
      } else {
        const stop = nextUnquotedStop(pos, finders);
        fields.push(text.slice(pos, stop));
        pos = stop;
      }
      const c = text.charCodeAt(pos);
      if (c === delim) {
        pos += 1;
        if (pos >= len) {
          fields.push('');
          endOfRecord = true;
        }
      } else {
        if (c === CR) pos += 1;
        if (text.charCodeAt(pos) === LF) pos += 1;
        line += 1;
        endOfRecord = true;
      }
    }
    if (fields.length > 1 || (fields[0] ?? '').trim() !== '') onRecord({ fields, line: startLine });
  }
}

/** Next index of `needle` at or after a position, by native indexOf, remembered so no search repeats. */
function finder(text: string, needle: string): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found < from) {
      found = text.indexOf(needle, from);
      if (found < 0) found = text.length;
    }
    return found;
  };
}

/** Searches for line feeds, carriage returns and the delimiter of one text. */
interface Finders {
  lf: (from: number) => number;
  cr: (from: number) => number;
  delim: (from: number) => number;
}

/** End of an unquoted field: the first of delimiter, CR and LF. */
function nextUnquotedStop(from: number, f: Finders): number {
  return Math.min(f.lf(from), f.cr(from), f.delim(from));
}

/** Index of the next delimiter or line end at or after `from`. */
function nextStop(text: string, from: number, delim: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === delim || c === LF || c === CR) return i;
  }
  return text.length;
}

function countNewlines(chunk: string): number {
  let n = 0;
  let i = chunk.indexOf('\n');
  while (i >= 0) {
    n += 1;
    i = chunk.indexOf('\n', i + 1);
  }
  return n;
}

/** Picks the delimiter that splits a header line (or the first lines) most: by default tab, semicolon or comma. */
export function detectDelimiter(sample: string, candidates: readonly string[] = ['\t', ';', ',']): string {
  const counts = candidates.map((d) => ({ d, n: sample.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  const best = counts[0];
  return best && best.n > 0 ? best.d : ',';
}

/** Every non-blank record of a text, in order. */
export function readDelimited(text: string, options: DelimitedOptions): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  parseDelimited(text, options, (r) => records.push(r));
  return records;
}
