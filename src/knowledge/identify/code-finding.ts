// The shape every code-layer reader hands back: a cause read out of a code, a registered name or reason words.
import type { CauseId } from '../index.js';
import type { Identified } from './types.js';

/** A finding of the code layer (`how: 'code'`), so that each reader states only what differs: cause, text, rank, evidence. */
export function codeFinding(cause: CauseId, matched: string, specificity: number, evidence: Identified['evidence']): Identified {
  return { cause, how: 'code', kind: 'error', matched, specificity, evidence };
}
