// Resolves what a check observed (cause id + detail) into a report finding with the knowledge base's words.
import { causeOf } from '../knowledge/index.js';
import { redact } from './redact.js';
import type { Evidence, Finding, FindingInput, Severity } from './types.js';

/** A finding's (or a text matcher's) severity: its own, else its cause's. */
export function severityOf(input: Pick<FindingInput, 'cause' | 'severity'>): Severity {
  return input.severity ?? causeOf(input.cause).severity;
}

/** Adds title, explanation, fixes and reference from the knowledge base to a check's finding. */
export function resolveFinding(input: FindingInput): Finding {
  const cause = causeOf(input.cause);
  const evidence = input.evidence ?? {};
  return {
    cause: input.cause,
    severity: severityOf(input),
    detail: input.detail,
    evidence,
    title: cause.title,
    explanation: cause.explanation,
    fixes: cause.fixes.map((f) => ({
      text: fillPlaceholders(f.text, evidence),
      ...(f.commands ? { commands: f.commands.map((c) => fillPlaceholders(c, evidence)) } : {}),
    })),
    reference: cause.reference,
  };
}

/** Replaces `<host>`-style placeholders in fix text with the finding's evidence of the same name, each value redacted. */
function fillPlaceholders(text: string, evidence: Evidence): string {
  return text.replace(/<([A-Za-z][A-Za-z0-9]*)>/g, (whole, key: string) => {
    const value = evidence[key];
    return typeof value === 'string' || typeof value === 'number' ? redact(String(value)) : whole;
  });
}
