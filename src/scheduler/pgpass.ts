// libpq's password file (~/.pgpass or PGPASSFILE): host:port:database:user:password lines with * wildcards.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Secret } from '../core/secret.js';

/** What a password file lookup found; `ignored` explains a file libpq would not use either. */
export interface PgpassResult {
  file: string;
  secret?: Secret;
  ignored?: string;
}

/** Splits one .pgpass line on unescaped colons, undoing `\:` and `\\`. */
export function splitPgpassLine(line: string): string[] {
  const fields: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      cur += line[i + 1];
      i += 1;
    } else if (ch === ':') {
      fields.push(cur);
      cur = '';
    } else cur += ch;
  }
  fields.push(cur);
  return fields;
}

/** The password of the first line matching host, port, database and user (libpq's rules; sockets match "localhost"). */
export function matchPgpass(text: string, want: { host: string; port: number; database: string; user: string }): string | undefined {
  const host = want.host.startsWith('/') ? 'localhost' : want.host;
  const wanted = [host, String(want.port), want.database, want.user];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const fields = splitPgpassLine(raw);
    if (fields.length < 5) continue;
    const ok = wanted.every((w, i) => fields[i] === '*' || fields[i] === w);
    if (ok) return fields.slice(4).join(':');
  }
  return undefined;
}

/** Looks the connection up in PGPASSFILE or ~/.pgpass; a group- or world-readable file is ignored, as libpq does. */
export async function lookupPgpass(env: NodeJS.ProcessEnv, want: Parameters<typeof matchPgpass>[1], signal: AbortSignal): Promise<PgpassResult | undefined> {
  const file = env.PGPASSFILE ?? (env.HOME ? join(env.HOME, '.pgpass') : undefined);
  if (!file) return undefined;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { file, ignored: 'not a regular file' };
    if ((info.mode & 0o077) !== 0) return { file, ignored: 'it has group or world access; libpq wants mode 0600' };
    const password = matchPgpass(await readFile(file, { encoding: 'utf8', signal }), want);
    return password ? { file, secret: new Secret(password) } : { file };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? undefined : { file, ignored: code ?? 'unreadable' };
  }
}
