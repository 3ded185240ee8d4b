// Explains one pasted text (audit message, error, log line) with every documented cause it matches.
import type { Check } from '../core/types.js';
import type { CheckKind } from './types.js';

const TARGET_WIDTH = 72;

/** How many items a check stands for, and the last of them (the check's text is the first). */
export interface ExplainRepeats {
  count: number;
  last: string;
}

/** A check that explains one text; `repeats` when it stands for a group of identical or same-cause items. */
export function explainCheck(text: string, index: number, repeats?: ExplainRepeats): Check {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const target = oneLine.length > TARGET_WIDTH ? `${oneLine.slice(0, TARGET_WIDTH - 1)}…` : oneLine;
  return {
    id: 'explain',
    key: `explain #${index + 1}`,
    title: 'Explain',
    target,
    async run() {
      const { explainText } = await import('./explain-text.js');
      const outcome = explainText(text);
      if (!repeats || repeats.count < 2) return outcome;
      const group = { occurrences: repeats.count, firstExample: text, lastExample: repeats.last };
      const [first, ...rest] = outcome.findings;
      const findings = first ? [{ ...first, evidence: { ...first.evidence, ...group } }, ...rest] : rest;
      return { ...outcome, summary: `${repeats.count}×: ${outcome.summary}`, findings, evidence: group };
    },
  };
}

/** `type: explain` in a config: `texts: [...]`, each explained like `maildoctor explain`. */
export const EXPLAIN_KIND: CheckKind = {
  type: 'explain',
  summary: 'Explain audit messages or error texts',
  fields: { texts: { type: 'string[]', required: true, nonEmpty: true, description: 'texts to explain' } },
  fromConfig(entry) {
    return (entry.texts as string[]).map((t, i) => explainCheck(t, i));
  },
};
