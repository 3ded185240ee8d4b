// CSV/TSV records (split by byte-records.ts): quoted fields with commas, quotes and newlines, CRLF or LF, any delimiter.

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


/** Picks the delimiter of a header line: tab, semicolon or comma, whichever splits it most. */
export function detectDelimiter(headerLine: string): string {
  const counts = ['\t', ';', ','].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  const best = counts[0];
  return best && best.n > 0 ? best.d : ',';
}
