// Reads the audit command's options (--since/--until/--server/--status/--date-order) into filters.
import { durationMs } from '../../core/duration.js';
import { UsageError } from '../../core/errors.js';
import { AUDIT_STATUSES, normalizeAuditStatus, type AuditStatus } from '../../knowledge/audit-messages.js';
import type { AuditFilters } from './analyze.js';
import { parseTime, type DateOrder } from './time-format.js';

/** A point in time from `2h`/`7d` (before `now`) or a date as exports write them (zone-less means UTC). */
export function parseWhen(text: string, option: string, now: number, order: DateOrder = 'dmy'): number {
  const back = durationMs(text);
  if (back !== undefined) return now - back;
  const t = parseTime(text, order);
  if (t === undefined) throw new UsageError(`${option} "${text}": give a duration such as 2h or 7d, or a time such as 2026-11-21 or "2026-11-21 14:00"`);
  return t;
}

/** The documented statuses named by --status (comma-separated, any spelling such as send_failed). */
export function parseStatuses(text: string): AuditStatus[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const status = normalizeAuditStatus(s);
      if (!status) throw new UsageError(`--status "${s}" is not an Email Audit status; use one of: ${AUDIT_STATUSES.join(', ')}`);
      return status;
    });
}

/** --date-order, when given. */
export function parseDateOrder(value: unknown): DateOrder | undefined {
  if (value === undefined) return undefined;
  if (value === 'dmy' || value === 'mdy') return value;
  throw new UsageError(`--date-order "${String(value)}": use dmy (dd/mm/yyyy) or mdy (mm/dd/yyyy)`);
}

/** Raw option values as commander or a config file give them. */
export interface AuditOptionValues {
  since?: string;
  until?: string;
  server?: string;
  status?: string;
  dateOrder?: string;
}

/** Builds the filters; throws UsageError for values that cannot be read or a window that is empty. */
export function auditFilters(o: AuditOptionValues, now: number): { filters: AuditFilters; dateOrder?: DateOrder } {
  const dateOrder = parseDateOrder(o.dateOrder);
  const filters: AuditFilters = {};
  if (o.since) filters.since = parseWhen(o.since, '--since', now, dateOrder);
  if (o.until) filters.until = parseWhen(o.until, '--until', now, dateOrder);
  if (filters.since !== undefined && filters.until !== undefined && filters.since > filters.until) throw new UsageError('--since is later than --until');
  if (o.server) filters.server = o.server;
  if (o.status) filters.statuses = parseStatuses(o.status);
  return { filters, ...(dateOrder ? { dateOrder } : {}) };
}
