// The shape of one Email Audit entry after reading, whatever file format it came from.
import type { AuditStatus } from '../../knowledge/audit-messages.js';
import type { Classification } from './classify.js';

/** One audit entry as read from an export. */
export interface AuditRow {
  /** 1-based line (CSV/TSV) or element number (JSON) in the export. */
  line: number;
  rawTime: string;
  /** Milliseconds since the epoch, when the time could be read. */
  time?: number;
  server: string;
  /** Sender (incoming) or recipient (outgoing), whichever the export holds for the row. */
  address: string;
  subject: string;
  /** The status as the export wrote it. */
  statusText: string;
  /** The documented status it stands for, if any. */
  status?: AuditStatus;
  message: string;
  messageId: string;
  /** Set by the analysis: the documented row the message matches (null: unknown). */
  match: Classification | null;
  /** Set by the analysis: the export's documented status, or the message's when the column is missing. */
  step: AuditStatus | undefined;
}

/** One row that could not be read, and why. */
export interface MalformedRow {
  line: number;
  reason: string;
}
