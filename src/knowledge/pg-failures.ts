// What PostgreSQL and node-postgres mean by a failed connection or query: SQLSTATE codes (PostgreSQL Appendix A,
// Error Codes), socket codes and the library's own wordings.
import type { CauseId } from './index.js';

/** The database causes. */
export type DbCause = Extract<CauseId, `quartz.db.${string}`>;

const BY_SQLSTATE: Record<string, DbCause> = {
  '28P01': 'quartz.db.auth-failed',
  '28000': 'quartz.db.auth-failed',
  '3D000': 'quartz.db.database-missing',
  '3F000': 'quartz.db.schema-missing',
  '42P01': 'quartz.db.table-missing',
  '42501': 'quartz.db.permission-denied',
  '57014': 'quartz.db.timeout',
  '57P03': 'quartz.db.unreachable',
  '53300': 'quartz.db.unreachable',
};

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ENOENT', 'EPIPE']);

/** What a database error says: its code (SQLSTATE or socket), name and message; `noPassword` when none could be given. */
export interface DbFailure {
  code?: string;
  name?: string;
  message?: string;
  noPassword?: boolean;
}

/** The cause of a database failure. */
export function dbFailureCause(e: DbFailure): DbCause {
  const message = e.message ?? '';
  if (e.noPassword || /client password must be a string|no password (?:supplied|was provided)/i.test(message)) return 'quartz.db.password-missing';
  if (e.code === '28000' && /no pg_hba\.conf entry|pg_hba\.conf rejects/i.test(message)) return 'quartz.db.not-allowed';
  const bySqlstate = e.code ? BY_SQLSTATE[e.code] : undefined;
  if (bySqlstate) return bySqlstate;
  if (e.code === 'ETIMEDOUT' || e.name === 'TimeoutError' || /timeout|timed out/i.test(message)) return 'quartz.db.timeout';
  if ((e.code && NETWORK_CODES.has(e.code)) || /Connection terminated unexpectedly|connect ECONNREFUSED/i.test(message)) return 'quartz.db.unreachable';
  return 'quartz.db.error';
}
