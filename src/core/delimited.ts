// The one CSV/TSV reader (audit exports, Quartz table exports): quoted fields with commas, quotes and newlines, CRLF
// or LF, any delimiter. Bytes are split into records as they stream in; the delimiter, quotes and line ends are ASCII
// in UTF-8 and Windows-1252 alike, so the bytes are searched as Latin-1 text, and only fields holding other bytes are
// decoded.
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

/** How fields with bytes above 0x7F are decoded. */
export type FieldEncoding = () => 'utf-8' | 'windows-1252';

/** The characters Windows-1252 puts where Latin-1 has C1 controls (0x80-0x9F). */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\x80-\x9f]/g;
const HIGH = /[\x80-\xff]/g;

/** Buffer's own decoders without toString's argument checks (present on every Node Buffer, absent from the types). */
interface DirectSlices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/**
 * Parses records out of bytes pushed in chunks; a record the bytes do not finish waits for the next chunk. Takes the
 * options of DelimitedOptions (the delimiter, whether double quotes group fields, the source named in errors).
 */
export class ByteRecords {
  private carry: Buffer = Buffer.alloc(0);
  private line = 1;
  private readonly delim: number;

  constructor(
    delimiter: string,
    private readonly quotes: boolean,
    private readonly source: string,
    private readonly encoding: FieldEncoding,
    private readonly onRecord: (r: DelimitedRecord) => void,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Parses the records of the next chunk (with what the last one left); `more` false at the end of the export. */
  push(chunk: Buffer, more: boolean): void {
    const buf = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const consumed = this.parse(buf, more);
    this.carry = consumed < buf.length ? Buffer.from(buf.subarray(consumed)) : Buffer.alloc(0);
  }

  /** Parses buf from its start; returns how many bytes make whole records. */
  private parse(buf: Buffer, more: boolean): number {
    const { delim, quotes } = this;
    const direct = buf as unknown as DirectSlices;
    const text = direct.latin1Slice(0, buf.length);
    const len = text.length;
    const delimiter = String.fromCharCode(delim);
    const next = { lf: finder(text, '\n'), cr: finder(text, '\r'), delim: finder(text, delimiter), high: highFinder(text) };
    /**
     * The text of bytes [s, e): Latin-1 as it is when all ASCII, else decoded. Each field is a string of its own (not
     * a slice of the chunk's text), so that a row kept for a journey does not keep the whole chunk alive.
     */
    const field = (s: number, e: number): string => {
      if (next.high(s) >= e) return direct.latin1Slice(s, e);
      if (this.encoding() === 'utf-8') return direct.utf8Slice(s, e);
      return direct.latin1Slice(s, e).replace(C1, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
    };
    let pos = 0;
    let line = this.line;
    while (pos < len) {
      const start = pos;
      const startLine = line;
      const fields: string[] = [];
      let endOfRecord = false;
      while (!endOfRecord) {
        if (quotes && text.charCodeAt(pos) === QUOTE) {
          let value = '';
          let from = pos + 1;
          for (;;) {
            const q = text.indexOf('"', from);
            if (q < 0 || (more && q + 1 >= len)) {
              if (more) return this.stop(start, startLine);
              throw new InputError(`${this.source}: line ${startLine}: a quoted field is never closed (the file may be cut short)`);
            }
            for (let p = next.lf(from); p < q; p = next.lf(p + 1)) line += 1;
            value += field(from, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              from = q + 2;
              continue;
            }
            pos = q + 1;
            break;
          }
          // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
          const rest = Math.min(next.lf(pos), next.cr(pos), next.delim(pos));
          if (rest > pos) value += field(pos, rest);
          pos = rest;
          fields.push(value.indexOf('\r') >= 0 ? value.replace(/\r\n/g, '\n') : value);
        } else {
          const stop = Math.min(next.lf(pos), next.cr(pos), next.delim(pos));
          fields.push(field(pos, stop));
          pos = stop;
        }
        // A record is only whole once its line end is read (and a CR is known not to start a CRLF).
        if (more && (pos >= len || (text.charCodeAt(pos) === CR && pos + 1 >= len))) return this.stop(start, startLine);
        const c = text.charCodeAt(pos);
        if (c === delim) {
          pos += 1;
          if (pos >= len) {
            if (more) return this.stop(start, startLine);
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
      if (fields.length > 1 || (fields[0] ?? '').trim() !== '') this.onRecord({ fields, line: startLine });
    }
    this.line = line;
    return pos;
  }

  private stop(start: number, line: number): number {
    this.line = line;
    return start;
  }
}

/** Next index of `needle` at or after a position, by native indexOf, remembered so that no search repeats. */
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

/** Next index of a character above 0x7F at or after a position, remembered likewise. */
function highFinder(text: string): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found < from) {
      HIGH.lastIndex = from;
      found = HIGH.exec(text)?.index ?? text.length;
    }
    return found;
  };
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
  const split = new ByteRecords(
    options.delimiter,
    options.quotes,
    options.source,
    () => 'utf-8',
    (r) => records.push(r),
  );
  split.push(Buffer.from(text, 'utf8'), false);
  return records;
}
