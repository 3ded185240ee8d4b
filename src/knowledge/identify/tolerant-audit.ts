// The tolerant layer: an Email Audit message written differently from the documented table (case, punctuation,
// spelling, plurals, id separators, filled or unfilled placeholders) still finds its row and documented status.
import { AUDIT_MESSAGES, type AuditMessage } from '../audit-messages.js';
import { SLOT, auditTokens, sameWord } from './audit-tokens.js';
import type { Identified } from './types.js';

interface Row {
  row: AuditMessage;
  tokens: string[];
  /** Words of the template that are not placeholders: more words, a more specific row. */
  words: number;
}

const ROWS: readonly Row[] = AUDIT_MESSAGES.map((row) => {
  const tokens = auditTokens(row.template, true);
  return { row, tokens, words: tokens.filter((t) => t !== SLOT).length };
});

/** Where the template's words align with the text from `start`: the captured placeholder words, or null. */
function align(tpl: string[], text: string[], ti: number, xi: number, slots: string[][]): string[][] | null {
  if (ti === tpl.length) return slots;
  const want = tpl[ti] as string;
  if (want === SLOT) {
    const last = ti === tpl.length - 1;
    for (let end = last ? text.length : xi + 1; end <= text.length; end += 1) {
      if (end === xi) continue;
      const got = align(tpl, text, ti + 1, end, [...slots, text.slice(xi, end)]);
      if (got) return got;
      if (last) break;
    }
    return null;
  }
  if (xi < text.length && sameWord(want, text[xi] as string)) return align(tpl, text, ti + 1, xi + 1, slots);
  return null;
}

function matchRow(r: Row, words: string[]): string[][] | null {
  for (let start = 0; start + r.words <= words.length; start += 1) {
    if (r.tokens[0] !== SLOT && !sameWord(r.tokens[0] as string, words[start] as string)) continue;
    const got = align(r.tokens, words, 0, start, []);
    if (got) return got;
  }
  return null;
}

/** The documented audit row a text is a variant of (the most specific one), or nothing. */
export function tolerantAudit(text: string): Identified[] {
  const words = auditTokens(text);
  if (words.length === 0 || words.length > 400) return [];
  let best: { r: Row; slots: string[][]; score: number } | undefined;
  for (const r of ROWS) {
    const slots = matchRow(r, words);
    if (!slots) continue;
    const detail = slots.map((s) => s.join(' ')).join(' ');
    if (r.row.detailTest && !r.row.detailTest.test(detail)) continue;
    const score = r.words * 2 + (r.row.detailTest ? 1 : 0);
    if (!best || score > best.score) best = { r, slots, score };
  }
  if (!best) return [];
  const row = best.r.row;
  return [
    {
      cause: row.cause,
      how: 'tolerant',
      kind: 'audit',
      matched: row.template,
      specificity: best.score,
      evidence: {
        status: row.status,
        disposition: row.disposition,
        direction: row.direction,
        documented: row.template,
        ...(best.slots.length > 0 ? { values: best.slots.map((s) => s.join(' ')) } : {}),
      },
    },
  ];
}
