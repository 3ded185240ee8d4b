// Explains one pasted text (audit message, error, log line) with every documented cause it matches.
import { explainKey } from '../core/keys.js';
import type { Check, CheckOutcome, FindingInput } from '../core/types.js';
import { causeOf } from '../knowledge/index.js';
import { matchText } from '../knowledge/match.js';
import { nearestEntries } from '../knowledge/nearest.js';

const TARGET_WIDTH = 72;

/** The outcome of explaining one text: a finding per recognised wording, or the nearest entries. */
export function explainText(text: string): CheckOutcome {
  const all = matchText(text);
  // The log scanner's broad families (log.*) add nothing when a specific wording was recognised.
  const specific = all.filter((m) => m.matcher.kind !== 'log');
  const matches = specific.length > 0 ? specific : all;
  if (matches.length > 0) {
    const findings: FindingInput[] = matches.map((m) => ({
      cause: m.cause,
      ...(m.matcher.severity ? { severity: m.matcher.severity } : {}),
      detail: `matched "${m.text.trim()}"`,
      evidence: m.evidence,
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
        detail: nearest.length > 0 ? `Nearest documented wordings: ${nearest.map((n) => `"${n.example.trim()}" (${n.cause})`).join('; ')}` : 'Nothing in the knowledge base is close to it.',
        evidence: { nearest },
      },
    ],
  };
}

/** A check that explains one text; `occurrences` counts identical lines folded into it. */
export function explainCheck(text: string, index: number, occurrences = 1): Check {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const target = oneLine.length > TARGET_WIDTH ? `${oneLine.slice(0, TARGET_WIDTH - 1)}…` : oneLine;
  return {
    id: 'explain',
    key: explainKey(index),
    title: 'Explain',
    target,
    async run() {
      const outcome = explainText(text);
      return occurrences > 1 ? { ...outcome, evidence: { occurrences } } : outcome;
    },
  };
}
