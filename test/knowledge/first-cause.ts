// The one reading every knowledge accuracy test makes of a text: the cause `explain` names first.
import { explainText } from '../../src/checks/explain.js';

/** The cause `explain` names first for a text (what its summary and first finding show). */
export function firstCause(text: string): string | undefined {
  return explainText(text).findings[0]?.cause;
}
