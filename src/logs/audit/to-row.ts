// Builds an audit row from one record's cells, sharing the values that repeat across rows.
import { normalizeAuditStatus, type AuditStatus } from '../../knowledge/audit-messages.js';
import type { ColumnMap } from './columns.js';
import type { AuditRow } from './row.js';

const STATUS_MEMO = new Map<string, AuditStatus | null>();

/** The documented status of an export's spelling, remembered per distinct spelling. */
export function statusOf(text: string): AuditStatus | undefined {
  let s = STATUS_MEMO.get(text);
  if (s === undefined) {
    s = normalizeAuditStatus(text) ?? null;
    if (STATUS_MEMO.size < 1000) STATUS_MEMO.set(text, s);
  }
  return s ?? undefined;
}

function cell(fields: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (fields[index] ?? '').trim();
}

/** Most distinct values kept by `intern`. */
const INTERN_LIMIT = 50_000;
const INTERNED = new Map<string, string>();

/** One shared copy of values that repeat across rows (servers, statuses), so rows stay small. */
function intern(value: string): string {
  const known = INTERNED.get(value);
  if (known !== undefined) return known;
  if (INTERNED.size < INTERN_LIMIT) INTERNED.set(value, value);
  return value;
}

/** One audit row from a record's cells and the column map. */
export function toRow(fields: readonly string[], map: ColumnMap, line: number): AuditRow {
  const statusText = intern(cell(fields, map.status));
  const from = cell(fields, map.from);
  const to = cell(fields, map.to);
  const status = statusText ? statusOf(statusText) : undefined;
  const outgoing = status === 'SENT' || status === 'SEND_FAILED' || status === 'SEND_IGNORED';
  return {
    line,
    rawTime: cell(fields, map.time),
    server: intern(cell(fields, map.server)),
    address: cell(fields, map.address) || (outgoing ? to || from : from || to),
    subject: cell(fields, map.subject),
    statusText,
    ...(status ? { status } : {}),
    message: cell(fields, map.message),
    messageId: cell(fields, map.messageId),
    match: null,
    step: undefined,
  };
}
