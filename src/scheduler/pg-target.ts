// Where to connect: --db URL, then the PG* environment variables, then libpq's defaults; never a password in the URL.
import { UsageError } from '../core/errors.js';

/** The connection parameters of one PostgreSQL target, without any secret. */
export interface PgTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  /** libpq sslmode: disable, allow, prefer, require, verify-ca, verify-full. */
  sslmode: string;
  /** `user@host:port/database`, for targets and messages. */
  label: string;
}

const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

/** Builds the target from an optional URL and the environment. */
export function pgTarget(url: string | undefined, env: NodeJS.ProcessEnv): PgTarget {
  let fromUrl: Partial<Omit<PgTarget, 'label'>> = {};
  if (url !== undefined && url !== '') {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UsageError(`--db: "${url.replace(/:[^:@/]*@/, ':***@')}" is not a URL; write postgres://USER@HOST:PORT/DATABASE`);
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
      throw new UsageError(`--db: the URL must start with postgres:// or postgresql://`);
    if (parsed.password || parsed.searchParams.has('password')) {
      throw new UsageError(
        '--db: do not put the password in the URL (it shows in ps and shell history); use --password-env VAR, --password-file PATH or ~/.pgpass',
      );
    }
    const socketHost = parsed.searchParams.get('host');
    const sslmode = parsed.searchParams.get('sslmode');
    fromUrl = {
      ...(parsed.hostname ? { host: decodeURIComponent(parsed.hostname).replace(/^\[|\]$/g, '') } : socketHost ? { host: socketHost } : {}),
      ...(parsed.port ? { port: Number(parsed.port) } : {}),
      ...(parsed.username ? { user: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.pathname.length > 1 ? { database: decodeURIComponent(parsed.pathname.slice(1)) } : {}),
      ...(sslmode ? { sslmode } : {}),
    };
  }
  const host = fromUrl.host ?? env.PGHOST ?? 'localhost';
  const port = fromUrl.port ?? (env.PGPORT ? Number(env.PGPORT) : 5432);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`PostgreSQL port "${env.PGPORT}" is not a port number`);
  const user = fromUrl.user ?? env.PGUSER ?? env.USER ?? 'postgres';
  const database = fromUrl.database ?? env.PGDATABASE ?? user;
  const sslmode = fromUrl.sslmode ?? env.PGSSLMODE ?? 'prefer';
  if (!SSL_MODES.includes(sslmode)) throw new UsageError(`sslmode "${sslmode}" is not one of ${SSL_MODES.join(', ')}`);
  const where = host.startsWith('/') ? `${host} (socket), port ${port}` : host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return { host, port, database, user, sslmode, label: `${user}@${where}/${database}` };
}

/** The `ssl` option of node-postgres for an sslmode (prefer and allow connect without TLS). */
export function pgSsl(sslmode: string): false | { rejectUnauthorized: boolean } {
  if (sslmode === 'require' || sslmode === 'verify-ca') return { rejectUnauthorized: false };
  if (sslmode === 'verify-full') return { rejectUnauthorized: true };
  return false;
}
