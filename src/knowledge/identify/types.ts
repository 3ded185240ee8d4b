// What the identification layers hand back: a cause, how it was recognised, and the evidence.
import type { Evidence, Severity } from '../../core/types.js';
import type { CauseId } from '../index.js';
import type { MatcherKind } from '../types.js';

/** How a cause was recognised: a documented wording, a code read out of the text, or a tolerant audit match. */
export type MatchHow = 'exact' | 'code' | 'tolerant';

/** One cause recognised in a text. */
export interface Identified {
  cause: CauseId;
  how: MatchHow;
  kind: MatcherKind;
  /** The part of the text that led to it. */
  matched: string;
  /** Higher means more precise; used to rank causes found in the same text. */
  specificity: number;
  evidence: Evidence;
  severity?: Severity;
  /** Where in the text it was found (the last occurrence), for ranking equals: the later one is the final answer. */
  at?: number;
}
