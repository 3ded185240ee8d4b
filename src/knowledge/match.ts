// Finds which documented wordings occur in a piece of text, most specific first.
import type { Evidence } from '../core/types.js';
import { MATCHERS, type CauseId } from './index.js';
import { cleanCapture } from './template.js';
import type { TextMatcher } from './types.js';

/** One recognised wording in a text, with its captured values. */
export interface TextMatch {
  matcher: TextMatcher<CauseId>;
  cause: CauseId;
  /** The part of the text that matched. */
  text: string;
  index: number;
  captures: Record<string, string>;
  evidence: Evidence;
}

/** Runs one matcher on one line; null when its regex or acceptance test say no. */
export function runMatcher(matcher: TextMatcher<CauseId>, line: string): TextMatch | null {
  const m = matcher.pattern.exec(line);
  if (!m) return null;
  const captures: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) captures[k] = cleanCapture(v);
  if (matcher.accept && !matcher.accept(captures)) return null;
  return {
    matcher,
    cause: matcher.cause,
    text: m[0],
    index: m.index,
    captures,
    evidence: { ...matcher.evidence, ...captures, matcher: matcher.id },
  };
}

/** All matches in a line, minus weaker matches that overlap a more specific one of the same kind. */
export function matchText(line: string, matchers: readonly TextMatcher<CauseId>[] = MATCHERS): TextMatch[] {
  const found: TextMatch[] = [];
  for (const matcher of matchers) {
    const m = runMatcher(matcher, line);
    if (m) found.push(m);
  }
  found.sort((a, b) => b.matcher.specificity - a.matcher.specificity);
  const kept: TextMatch[] = [];
  for (const m of found) {
    const shadowed = kept.some((k) => k.matcher.kind === m.matcher.kind && m.index < k.index + k.text.length && k.index < m.index + m.text.length);
    const sameCause = kept.some((k) => k.cause === m.cause);
    if (!shadowed && !sameCause) kept.push(m);
  }
  return kept;
}
