// Builds an audit row from one record's cells.
import { normalizeAuditStatus, type AuditStatus } from '../../knowledge/audit-messages.js';
import type { ColumnMap } from './columns.js';
import { RecentKeys } from './recent-keys.js';
import type { AuditRow } from './row.js';

const STATUS_MEMO = new Map<string, AuditStatus | null>();
const RECENT_STATUSES = new RecentKeys<AuditStatus | null>();

/** The documented status of an export's spelling, remembered per distinct spelling. */
export function statusOf(text: string): AuditStatus | undefined {
  let s = RECENT_STATUSES.get(text);
  if (s !== undefined) return s ?? undefined;
  s = STATUS_MEMO.get(text);
  if (s === undefined) {
    s = normalizeAuditStatus(text) ?? null;
    if (STATUS_MEMO.size < 1000) STATUS_MEMO.set(text, s);
  }
  RECENT_STATUSES.set(text, s);
  return s ?? undefined;
}

function cell(fields: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (fields[index] ?? '').trim();
}

/** One audit row from a record's cells and the column map (every row with the same fields, in the same order). */
export function toRow(fields: readonly string[], map: ColumnMap, line: number): AuditRow {
  const statusText = cell(fields, map.status);
  const from = cell(fields, map.from);
  const to = cell(fields, map.to);
  const status = statusText ? statusOf(statusText) : undefined;
  const outgoing = status === 'SENT' || status === 'SEND_FAILED' || status === 'SEND_IGNORED';
  return {
    line,
    rawTime: cell(fields, map.time),
    server: cell(fields, map.server),
    address: cell(fields, map.address) || (outgoing ? to || from : from || to),
    subject: cell(fields, map.subject),
    statusText,
    status,
    message: cell(fields, map.message),
    messageId: cell(fields, map.messageId),
    match: null,
    step: undefined,
    time: undefined,
  };
}
