// Classifies what node-postgres throws into a database cause, with the server's words in the detail.
import type { FindingInput } from '../core/types.js';
import type { PgTarget } from './pg-target.js';
import { dbFailureCause, type DbCause } from '../knowledge/pg-failures.js';

/** Thrown by the password callback when the server asks for a password and none was given. */
export class NoPasswordError extends Error {
  override name = 'NoPasswordError';
}

/** The cause of a database failure. */
export function dbErrorCause(err: unknown): DbCause {
  const e = err as { code?: string; name?: string; message?: string };
  return dbFailureCause({
    ...(e.code ? { code: e.code } : {}),
    ...(e.name ? { name: e.name } : {}),
    ...(e.message ? { message: e.message } : {}),
    noPassword: err instanceof NoPasswordError,
  });
}

/** A finding for a database failure, naming the target and keeping the server's message and SQLSTATE. */
export function dbErrorFinding(err: unknown, target: PgTarget, step: string): FindingInput {
  const e = err as { code?: string; message?: string };
  const cause = dbErrorCause(err);
  const message = (e.message || String(err)).split('\n')[0]!;
  const why =
    cause === 'quartz.db.password-missing'
      ? 'the server asks for a password and none was given (--password-env, --password-file, PGPASSWORD or .pgpass)'
      : message;
  return {
    cause,
    detail: `${step} ${target.label}: ${why}${e.code && !why.includes(e.code) ? ` (${e.code})` : ''}`,
    evidence: { host: target.host, port: target.port, database: target.database, user: target.user, code: e.code ?? null, step },
  };
}
