// "Did you mean": ranks documented wordings by how many word trigrams they share with a text.
import { MATCHERS, type CauseId } from './index.js';

/** A suggestion for a text that matched nothing. */
export interface NearEntry {
  cause: CauseId;
  example: string;
  score: number;
}

function trigrams(text: string): Set<string> {
  const norm = ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= norm.length; i += 1) out.add(norm.slice(i, i + 3));
  return out;
}

/** Each matcher's example with its trigrams, worked out once on first use. */
let examples: Array<{ cause: CauseId; example: string; grams: Set<string> }> | undefined;

/** The `limit` documented wordings closest to `text` (Dice coefficient of character trigrams). */
export function nearestEntries(text: string, limit = 3): NearEntry[] {
  const mine = trigrams(text);
  if (mine.size === 0) return [];
  examples ??= MATCHERS.map((m) => ({ cause: m.cause, example: m.example, grams: trigrams(m.example) }));
  const best = new Map<CauseId, NearEntry>();
  for (const m of examples) {
    const theirs = m.grams;
    let shared = 0;
    for (const t of mine) if (theirs.has(t)) shared += 1;
    const score = (2 * shared) / (mine.size + theirs.size);
    const prev = best.get(m.cause);
    if (!prev || prev.score < score) best.set(m.cause, { cause: m.cause, example: m.example, score });
  }
  return [...best.values()]
    .filter((e) => e.score > 0.15)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((e) => ({ ...e, score: Math.round(e.score * 100) / 100 }));
}
