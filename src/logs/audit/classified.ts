// What the analysis adds to a row, and subject normalising shared by the journey steps.
import type { AuditStatus } from '../../knowledge/audit-messages.js';
import type { AuditRow } from './row.js';

/** A row after analysis filled in its classification and journey status (see AuditRow.match and .step). */
export type ClassifiedRow = AuditRow;

/** Statuses written by the outgoing side (steps 6 and 7). */
export const OUTGOING_STATUSES: ReadonlySet<AuditStatus> = new Set(['SENT', 'SEND_FAILED', 'SEND_IGNORED']);

const MESSY_SPACE = /\s\s|[\t\n\r\f\v]|^\s|\s$/;

/** Lower-case subject without reply/forward prefixes and extra spaces, for matching entries of one email. */
export function normalizeSubject(subject: string): string {
  let s = subject.toLowerCase();
  if (MESSY_SPACE.test(s)) s = s.replace(/\s+/g, ' ').trim();
  if (s.indexOf(':') < 0) return s;
  for (;;) {
    const next = s.replace(/^(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|antw)\s*(?:\[\d+\])?\s*:\s*/, '');
    if (next === s) return s;
    s = next;
  }
}
