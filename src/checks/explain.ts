// Explains one pasted text (audit message, error, log line) with every cause the knowledge base recognises in it.
import { explainKey } from '../core/keys.js';
import type { Check, CheckOutcome, FindingInput } from '../core/types.js';
import { causeOf } from '../knowledge/index.js';
import { identify } from '../knowledge/identify/identify.js';
import { nearestEntries } from '../knowledge/nearest.js';

const TARGET_WIDTH = 72;

/** The outcome of explaining one text: a finding per recognised wording (saying how it matched), or the nearest entries. */
export function explainText(text: string): CheckOutcome {
  const matches = identify(text);
  if (matches.length > 0) {
    const findings: FindingInput[] = matches.map((m) => ({
      cause: m.cause,
      ...(m.severity ? { severity: m.severity } : {}),
      detail: `matched "${m.matched}" (match: ${m.how})`,
      evidence: { ...m.evidence, match: m.how },
    }));
    const first = matches[0];
    const status = first?.evidence.status;
    const title = first ? causeOf(first.cause).title : '';
    return { summary: `${typeof status === 'string' ? `${status}: ` : ''}${title}${matches.length > 1 ? ` (+${matches.length - 1} more)` : ''}`, findings };
  }
  const nearest = nearestEntries(text);
  return {
    summary: 'no documented message matches this text',
    findings: [
      {
        cause: 'explain.no-match',
        detail:
          nearest.length > 0
            ? `Nearest documented wordings: ${nearest.map((n) => `"${n.example.trim()}" (${n.cause})`).join('; ')}`
            : 'Nothing in the knowledge base is close to it.',
        evidence: { nearest },
      },
    ],
  };
}

/** How many items a check stands for, the last of them (the check's text is the first) and all distinct ones. */
export interface ExplainRepeats {
  count: number;
  last: string;
  /** Every distinct item of the group, listed in the evidence of a verbose report. */
  distinct?: readonly string[];
}

/** A check that explains one text; `repeats` when it stands for a group of identical or same-cause items. */
export function explainCheck(text: string, index: number, repeats?: ExplainRepeats): Check {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const target = oneLine.length > TARGET_WIDTH ? `${oneLine.slice(0, TARGET_WIDTH - 1)}…` : oneLine;
  return {
    id: 'explain',
    key: explainKey(index),
    title: 'Explain',
    target,
    async run(ctx) {
      const outcome = explainText(text);
      if (!repeats || repeats.count < 2) return outcome;
      const items = ctx.verbose && repeats.distinct && repeats.distinct.length > 1 ? { distinctItems: [...repeats.distinct] } : {};
      const group = { occurrences: repeats.count, firstExample: text, lastExample: repeats.last, ...items };
      const [first, ...rest] = outcome.findings;
      const findings = first ? [{ ...first, evidence: { ...first.evidence, ...group } }, ...rest] : rest;
      return { ...outcome, summary: `${repeats.count}×: ${outcome.summary}`, findings, evidence: group };
    },
  };
}
