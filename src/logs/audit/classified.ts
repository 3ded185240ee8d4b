// An audit row together with what its message means, the unit every analysis step works on.
import type { AuditStatus } from '../../knowledge/audit-messages.js';
import type { Classification } from './classify.js';
import type { AuditRow } from './row.js';

/** A row, its classification (null: unknown message) and the status used for the journey. */
export interface ClassifiedRow {
  row: AuditRow;
  match: Classification | null;
  /** The export's documented status, or the message's documented status when the column is missing or odd. */
  status?: AuditStatus;
}

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
