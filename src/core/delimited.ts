// The one CSV/TSV reader (audit exports, Quartz table exports): quoted fields with commas, quotes and newlines, CRLF
// or LF, any delimiter. Bytes are split into records as they stream in; the delimiter, quotes and line ends are ASCII
// in UTF-8 and Windows-1252 alike, so the bytes are searched as Latin-1 text; each record is then decoded once, as a
// string of its own, and split into fields.
import { isAscii } from 'node:buffer';
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
/** Bytes searched at a time (below V8's large-object size, so their text dies young). */
const WINDOW = 1 << 16;
const LF = 10;
const CR = 13;

/** How fields with bytes above 0x7F are decoded. */
export type FieldEncoding = () => 'utf-8' | 'windows-1252';

/** The characters Windows-1252 puts where Latin-1 has C1 controls (0x80-0x9F). */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\x80-\x9f]/g;

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
  private readonly delimiter: string;

  constructor(
    delimiter: string,
    private readonly quotes: boolean,
    private readonly source: string,
    private readonly encoding: FieldEncoding,
    private readonly onRecord: (r: DelimitedRecord) => void,
  ) {
    this.delimiter = delimiter.charAt(0);
  }

  /** Parses the records of the next chunk (with what the last one left); `more` false at the end of the export. */
  push(chunk: Buffer, more: boolean): void {
    const buf = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    // Windows of the chunk are searched in turn: text of a small window is a short-lived young object, text of a
    // large one would wait for a full garbage collection. A record longer than the window widens it.
    let at = 0;
    let size = WINDOW;
    while (at < buf.length) {
      const end = Math.min(buf.length, at + size);
      const last = end === buf.length;
      const consumed = this.parse(buf.subarray(at, end), more || !last);
      at += consumed;
      if (last) break;
      size = consumed === 0 ? size * 2 : WINDOW;
    }
    this.carry = at < buf.length ? Buffer.from(buf.subarray(at)) : Buffer.alloc(0);
  }

  /**
   * Parses buf from its start; returns how many bytes make whole records. The bytes are searched as Latin-1 text for
   * line ends and quotes; each record is then decoded once, as a string of its own (so that a row kept for a journey
   * does not keep the whole chunk alive), and split into fields.
   */
  private parse(buf: Buffer, more: boolean): number {
    const direct = buf as unknown as DirectSlices;
    const text = direct.latin1Slice(0, buf.length);
    const len = text.length;
    const decode = this.decoder(buf);
    const lf = finder(text, '\n');
    const cr = finder(text, '\r');
    const quote = finder(text, '"');
    const delim = finder(text, this.delimiter);
    let pos = 0;
    let line = this.line;
    while (pos < len) {
      const start = pos;
      const lineEnd = Math.min(lf(pos), cr(pos));
      const quoted = this.quotes && quote(pos) < lineEnd;
      const eol = quoted ? this.recordEnd(text, pos, more, line, { lf, cr, delim }) : lineEnd;
      if (eol < 0) return this.stop(start, line);
      // A record is only whole once its line end is read (and a CR is known not to start a CRLF).
      if (more && (eol >= len || (text.charCodeAt(eol) === CR && eol + 1 >= len))) return this.stop(start, line);
      const record = decode(start, eol);
      const fields = quoted ? splitQuoted(record, this.delimiter) : splitPlain(record, this.delimiter);
      if (fields.length > 1 || (fields[0] as string).trim() !== '') this.onRecord({ fields, line });
      // Line ends inside quoted fields (searched afresh: the finders have moved past them).
      if (eol > lineEnd) for (let p = text.indexOf('\n', start); p >= 0 && p < eol; p = text.indexOf('\n', p + 1)) line += 1;
      line += 1;
      pos = eol;
      if (text.charCodeAt(pos) === CR) pos += 1;
      if (text.charCodeAt(pos) === LF) pos += 1;
    }
    this.line = line;
    return pos;
  }

  /**
   * Where a record holding quotes ends: the first line end outside a quoted field (a quote groups only when it opens
   * a field), or -1 when the bytes so far do not tell.
   */
  private recordEnd(text: string, from: number, more: boolean, line: number, next: Record<'lf' | 'cr' | 'delim', Finder>): number {
    const len = text.length;
    let pos = from;
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        let at = pos + 1;
        for (;;) {
          const q = text.indexOf('"', at);
          if (q < 0 || (more && q + 1 >= len)) {
            if (more) return -1;
            throw new InputError(`${this.source}: line ${line}: a quoted field is never closed (the file may be cut short)`);
          }
          if (text.charCodeAt(q + 1) !== QUOTE) {
            pos = q + 1;
            break;
          }
          at = q + 2;
        }
      }
      const eol = Math.min(next.lf(pos), next.cr(pos));
      const d = next.delim(pos);
      if (d >= eol) return eol;
      pos = d + 1;
    }
  }

  /** How this chunk's records are decoded: all ASCII as Latin-1 (the cheapest), else by the export's encoding. */
  private decoder(buf: Buffer): (start: number, end: number) => string {
    const direct = buf as unknown as DirectSlices;
    if (isAscii(buf)) return (s, e) => direct.latin1Slice(s, e);
    if (this.encoding() === 'utf-8') return (s, e) => direct.utf8Slice(s, e);
    return (s, e) => direct.latin1Slice(s, e).replace(C1, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
  }

  private stop(start: number, line: number): number {
    this.line = line;
    return start;
  }
}

/** The fields of one decoded record without quotes (indexOf and slice cost less than a native split per record). */
function splitPlain(record: string, delimiter: string): string[] {
  const fields: string[] = [];
  let pos = 0;
  for (let end = record.indexOf(delimiter); end >= 0; end = record.indexOf(delimiter, pos)) {
    fields.push(record.slice(pos, end));
    pos = end + 1;
  }
  fields.push(record.slice(pos));
  return fields;
}

/** The fields of one decoded record that holds quotes: doubled quotes are one, text after a closing quote is kept. */
function splitQuoted(record: string, delimiter: string): string[] {
  const fields: string[] = [];
  const len = record.length;
  let pos = 0;
  for (;;) {
    let value = '';
    if (record.charCodeAt(pos) === QUOTE) {
      let at = pos + 1;
      for (;;) {
        const q = record.indexOf('"', at);
        value += record.slice(at, q);
        at = q + 2;
        if (record.charCodeAt(q + 1) !== QUOTE) break;
        value += '"';
      }
      pos = at - 1;
    }
    // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
    let end = record.indexOf(delimiter, pos);
    if (end < 0) end = len;
    if (end > pos) value += record.slice(pos, end);
    fields.push(value.indexOf('\r') >= 0 ? value.replace(/\r\n/g, '\n') : value);
    if (end >= len) return fields;
    pos = end + 1;
  }
}

/** Next index of a text's needle at or after a position (the text's length when none); positions never go back. */
type Finder = (from: number) => number;

/** A Finder by native indexOf, remembered so that no search repeats. */
function finder(text: string, needle: string): Finder {
  let found = -1;
  return (from) => {
    if (found < from) {
      found = text.indexOf(needle, from);
      if (found < 0) found = text.length;
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
