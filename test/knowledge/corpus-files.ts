// Reads the evaluation corpus (test/knowledge/corpus/*.tsv): tab-separated, a header line, one record per line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The rows of one corpus file as objects keyed by the header's column names. */
export function corpusRows(name: string): Array<Record<string, string>> {
  const text = readFileSync(fileURLToPath(new URL(`./corpus/${name}`, import.meta.url)), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.length > 0);
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}
