// The shape of knowledge: documented causes with fixes, and the text matchers that recognise them.
import type { Evidence, Fix, Severity } from '../core/types.js';

/** A documented cause: what it means and what to do, in maildoctor's own words. */
export interface Cause {
  title: string;
  /** The severity a finding of this cause has unless the check says otherwise. */
  severity: Severity;
  explanation: string;
  fixes: Fix[];
  /** Where the fact comes from: a seed section ("ServiceOps — Email Server Troubleshooting › Email Audit Reference") or a vendor document. */
  reference: string;
}

/** Where a text matcher applies: an Email Audit message, an error text, or a log line. */
export type MatcherKind = 'audit' | 'error' | 'log';

/**
 * Recognises a cause in free text (a pasted error, a log line, an audit message).
 * Patterns are facts (exact server and product wording); named groups become evidence.
 */
export interface TextMatcher<C extends string = string> {
  /** Stable id of this wording, e.g. `audit.incoming.received` or `node.ECONNREFUSED`. */
  id: string;
  cause: C;
  kind: MatcherKind;
  pattern: RegExp;
  /** A further test on the named groups; the match is dropped when it returns false. */
  accept?: (groups: Record<string, string>) => boolean;
  /** Overrides the cause's severity for this wording. */
  severity?: Severity;
  /** Fixed evidence added to every match (the documented audit status, an error code). */
  evidence?: Evidence;
  /** More literal text means a more specific match; overlapping weaker matches are dropped. */
  specificity: number;
  /** An example of the wording, used in tests and in "did you mean" suggestions. */
  example: string;
}

/** Declares a table of causes while keeping its literal keys for the CauseId type. */
export function defineCauses<const T extends Record<string, Cause>>(table: T): T {
  return table;
}
