// Reads a matcher's regex for texts it cannot match without: the literals that make a line a candidate for it, and
// the texts that prove a match. Every match holds one of its literals in the automaton's terms (see regex-texts.ts),
// so the literal prefilter never hides a line the regex would match.
import { PROOF_SET_MAX, Reader, usable, type Frequency } from './regex-texts.js';

export type { Frequency } from './regex-texts.js';

/**
 * Texts of which every match of `pattern` holds at least one (lower case, a space for any run of whitespace), chosen
 * to be rare by `frequency` and long; an empty list when no such text is known (the matcher is then tried on every line).
 */
export function requiredLiterals(pattern: RegExp, frequency: Frequency = () => 0): string[] {
  const reader = new Reader(pattern.source, frequency);
  const info = reader.alternation();
  const set = usable(info.required) ?? usable(info.exact);
  return set ? [...new Set([...set].map((s) => s.trim()))].filter((s) => s !== '').sort() : [];
}

/** A Frequency over weighted sample texts (folded as the automaton reads them): the weight of those that hold one of the texts. */
export function sampleFrequency(samples: ReadonlyArray<{ text: string; weight: number }>): Frequency {
  const folded = samples.map((x) => ({ text: x.text.toLowerCase().replace(/\s+/g, ' '), weight: x.weight }));
  return (texts) => folded.reduce((n, x) => n + ([...texts].some((t) => x.text.includes(t.trim())) ? x.weight : 0), 0);
}

/**
 * Texts whose presence in a line proves that `pattern` matches there, so that the line needs no regex: for a
 * case-insensitive regex that is a small set of texts (whitespace only as `\s+`, optionally between `\b`s), each of
 * them, with a space where a `\b` looks before or after it; empty for any other regex.
 */
export function proofTexts(pattern: RegExp): string[] {
  if (!pattern.flags.includes('i')) return [];
  let src = pattern.source;
  const before = src.startsWith('\\b');
  const after = /[^\\]\\b$/.test(src);
  src = src.slice(before ? 2 : 0, after ? -2 : undefined);
  if (/\\[bBk1-9]|\(\?<?[=!]|[\^$ ]|\\s(?!\+)|\\[tnrfv]/.test(src)) return [];
  const reader = new Reader(src, () => 0, PROOF_SET_MAX);
  const info = reader.alternation();
  if (!info.exact || reader.pos !== src.length) return [];
  const word = /[a-z0-9_]/;
  return [...info.exact]
    .filter((t) => t !== '' && (!before || word.test(t.charAt(0))) && (!after || word.test(t.charAt(t.length - 1))))
    .map((t) => `${before ? ' ' : ''}${t}${after ? ' ' : ''}`)
    .sort();
}
