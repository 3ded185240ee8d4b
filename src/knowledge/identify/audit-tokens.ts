// How an Email Audit message is reduced to comparable words: case, punctuation, spelling variants, plural endings,
// header-name spellings, id separators and the small words exports add or drop.

/** Spellings that exports and people use for the same word. */
const VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/\bin[\s_-]*reply[\s_-]*to\b/gi, ' inreplyto '],
  [/\breply[\s_-]*to\b/gi, ' replyto '],
  [/\be[\s_-]?mails?\b|\bmails?\b/gi, ' email '],
  [/\b(do|does|is|are|was|has|have|can)n'?t\b/gi, ' $1 not '],
  [/\bvia\b/gi, ' through '],
  [/\backnowledge?ments?\b/gi, ' acknowledgment '],
  [/\backnowledgements?\b/gi, ' acknowledgment '],
  [/\bauthori[sz]ation\b/gi, ' authorization '],
  [/\bconfigur(?:ation|ed)\b/gi, ' configuration '],
  [/\bcancell?ed\b/gi, ' canceled '],
  [/\bprocessed\b/gi, ' processed '],
  [/\bsuccessful(?:ly)?\b/gi, ' successfully '],
  [/\bwith\s*id\b/gi, ' with id '],
  [/\brecipients?\s*list\b/gi, ' recipient list '],
  [/\b(?:cc|bcc)\s*(?:\/|or|and|&|,)\s*(?:bcc|cc)\b/gi, ' cc bcc '],
  [/\barchived?\s*(?:\/|or|and|&|,)\s*deleted\b/gi, ' archived deleted '],
  [/\bspam\s*(?:\/|or|and|&|,)\s*ignore\b/gi, ' spam ignore '],
  [/\bcreate\s*(?:\/|or|and|&|,)\s*update\b/gi, ' create update '],
];

/** Words that exports and people add or drop without changing the message. */
const FILLER = new Set(['the', 'a', 'an', 'this', 'that', 'another', 'other', 'is', 'are', 'was', 'were', 'has', 'have', 'been', 'be', 'of', 'already']);

/** A placeholder's stand-in word in a normalised template. */
export const SLOT = '\u0001';

function stem(word: string): string {
  if (word.length > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The comparable words of a text; `<placeholders>` become SLOT when `template` is set. */
export function auditTokens(text: string, template = false): string[] {
  let t = (template ? text.replace(/<[^<>]+>/g, ` ${SLOT} `) : text).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  for (const [re, to] of VARIANTS) t = t.replace(re, to);
  t = t.replace(/#(?=[a-z0-9])/g, ' id ').replace(new RegExp(`[^a-z0-9${SLOT}]+`, 'g'), ' ');
  return t
    .split(' ')
    .filter((w) => w && !FILLER.has(w))
    .map((w) => (w === SLOT ? w : stem(w)));
}

/** True when two words are the same up to one edit (insert, delete, change or swap), for words of 7 letters or more. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 7 || b.length < 7 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const ra = a.slice(i);
  const rb = b.slice(i);
  if (ra.slice(1) === rb.slice(1) || ra.slice(1) === rb || ra === rb.slice(1)) return true;
  return ra.length >= 2 && rb.length >= 2 && ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2);
}
