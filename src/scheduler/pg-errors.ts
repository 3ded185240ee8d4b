// Classifies what node-postgres throws into a database cause, with the server's words in the detail.
import type { FindingInput } from '../core/types.js';
import type { PgTarget } from './pg-target.js';
import type { CauseId } from '../knowledge/index.js';

/** Thrown by the password callback when the server asks for a password and none was given. */
export class NoPasswordError extends Error {
  override name = 'NoPasswordError';
}

type DbCause = Extract<CauseId, `quartz.db.${string}`>;

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

/** The cause of a database failure. */
export function dbErrorCause(err: unknown): DbCause {
  const e = err as { code?: string; name?: string; message?: string };
  if (err instanceof NoPasswordError || /client password must be a string|no password (?:supplied|was provided)/i.test(e.message ?? '')) return 'quartz.db.password-missing';
  if (e.code === '28000' && /no pg_hba\.conf entry|pg_hba\.conf rejects/i.test(e.message ?? '')) return 'quartz.db.not-allowed';
  if (e.code && BY_SQLSTATE[e.code]) return BY_SQLSTATE[e.code]!;
  if (e.code === 'ETIMEDOUT' || e.name === 'TimeoutError' || /timeout|timed out/i.test(e.message ?? '')) return 'quartz.db.timeout';
  if ((e.code && NETWORK_CODES.has(e.code)) || /Connection terminated unexpectedly|connect ECONNREFUSED/i.test(e.message ?? '')) return 'quartz.db.unreachable';
  return 'quartz.db.error';
}

/** A finding for a database failure, naming the target and keeping the server's message and SQLSTATE. */
export function dbErrorFinding(err: unknown, target: PgTarget, step: string): FindingInput {
  const e = err as { code?: string; message?: string };
  const cause = dbErrorCause(err);
  const message = (e.message || String(err)).split('\n')[0]!;
  const why = cause === 'quartz.db.password-missing' ? 'the server asks for a password and none was given (--password-env, --password-file, PGPASSWORD or .pgpass)' : message;
  return {
    cause,
    detail: `${step} ${target.label}: ${why}${e.code && !why.includes(e.code) ? ` (${e.code})` : ''}`,
    evidence: { host: target.host, port: target.port, database: target.database, user: target.user, code: e.code ?? null, step },
  };
}
