// Explains one pasted text with every cause the knowledge base recognises in it, or the nearest documented wordings.
// Loaded only when an explain check runs, so that commands composing other checks do not load the identification.
import type { CheckOutcome, FindingInput } from '../core/types.js';
import { causeOf } from '../knowledge/index.js';
import { identify } from '../knowledge/identify/identify.js';
import { nearestEntries } from '../knowledge/nearest.js';

/** The outcome of explaining one text: a finding per recognised wording, or the nearest entries. */
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
        detail: nearest.length > 0 ? `Nearest documented wordings: ${nearest.map((n) => `"${n.example.trim()}" (${n.cause})`).join('; ')}` : 'Nothing in the knowledge base is close to it.',
        evidence: { nearest },
      },
    ],
  };
}
