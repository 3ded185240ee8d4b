// Text normalisation shared by the phrase and code layers: case, spacing, quotes, and SMTP continuation prefixes.

/** A multi-line SMTP reply pasted on one line repeats "550-5.1.1 " before each continuation; drop the repeats. */
const CONTINUATION = /(?<=\S)\s+[2-5]\d\d-(?:[245]\.\d{1,3}\.\d{1,3}\s+)?/g;

/** Lower-case text with quotes unified, SMTP continuation prefixes removed and whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .replace(CONTINUATION, ' ')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E"`]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Where `phrase` (normalised) occurs in `norm` on word boundaries, or -1. */
export function findPhrase(norm: string, phrase: string): number {
  let at = norm.indexOf(phrase);
  while (at >= 0) {
    const before = norm.charAt(at - 1);
    const after = norm.charAt(at + phrase.length);
    const startOk = !/\w/.test(phrase.charAt(0)) || !/\w/.test(before);
    const endOk = !/\w/.test(phrase.charAt(phrase.length - 1)) || !/\w/.test(after);
    if (startOk && endOk) return at;
    at = norm.indexOf(phrase, at + 1);
  }
  return -1;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

/** A text copied out of JSON, HTML or a log that escaped it (a literal \n, &lt;, \u003c), with the characters they stand for. */
export function unescapeText(text: string): string {
  return text
    .replace(/\\r\\n|\\[nrt]/g, ' ')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&(lt|gt|amp|quot|apos|nbsp);|&#(\d{2,5});|&#x([0-9a-fA-F]{2,4});/g, (all, name?: string, dec?: string, hex?: string) =>
      name ? (ENTITIES[name] ?? all) : String.fromCharCode(dec ? Number(dec) : Number.parseInt(hex ?? '', 16)),
    );
}
