// Turns quartz settings (command-line options or a config entry) into the quartz and service checks.
import { resolve } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import { Secret } from '../core/secret.js';
import type { BuildContext } from '../core/kind.js';
import { readSecret } from '../core/secret-source.js';
import type { Check } from '../core/types.js';
import { readQuartzFromDb } from './db-reader.js';
import { parseDuration } from '../core/duration.js';
import { readExportFile } from './export-reader.js';
import { jobPattern } from './job-match.js';
import { pgTarget, type PgTarget } from './pg-target.js';
import { lookupPgpass } from './pgpass.js';
import { quartzCheck } from './quartz-check.js';
import { serviceCheck } from './service/check.js';
import { DEFAULT_SERVICE } from './service/kind.js';
import { parseTimeValue } from './time-value.js';
import { checkTimeZone, localTimeZone } from './tz.js';
import type { QuartzData } from './types.js';

/** The quartz settings, named as the command-line options are. */
export interface QuartzSettings {
  /** A URL, or true for "from the PG* variables". */
  db?: string | boolean;
  files?: string[];
  schema?: string;
  job?: string;
  staleAfter?: string;
  asOf?: string;
  tz?: string;
  dateOrder?: string;
  passwordEnv?: string;
  passwordFile?: string;
  /** A unit name, or false for no service check. */
  service?: string | boolean;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]*$/;

async function password(s: QuartzSettings, target: PgTarget, b: BuildContext): Promise<{ secret?: Secret; from: string }> {
  const source = { ...(s.passwordEnv ? { env: s.passwordEnv } : {}), ...(s.passwordFile ? { file: resolve(b.io.cwd, s.passwordFile) } : {}) };
  const given = await readSecret('database password', source, b.io);
  if (given) return { secret: given, from: s.passwordEnv ? `--password-env ${s.passwordEnv}` : '--password-file' };
  if (b.io.env.PGPASSWORD) return { secret: new Secret(b.io.env.PGPASSWORD), from: 'PGPASSWORD' };
  const pass = await lookupPgpass(b.io.env, target, b.signal);
  if (pass?.secret) return { secret: pass.secret, from: pass.file };
  return { from: pass?.ignored ? `none (${pass.file} ignored: ${pass.ignored})` : 'none' };
}

function asOfTime(text: string | undefined, zone: string): number | undefined {
  if (text === undefined) return undefined;
  try {
    const t = parseTimeValue(text, { zone }, '--as-of');
    if (t === null || t <= 0) throw new UsageError('--as-of needs a time');
    return t;
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(err.message);
    throw err;
  }
}

/** Builds the checks; bad settings are UsageErrors and unreadable exports InputErrors, before anything runs. */
export async function buildQuartzChecks(s: QuartzSettings, b: BuildContext): Promise<Check[]> {
  const env = b.io.env;
  const files = s.files ?? [];
  const useDb = s.db !== undefined && s.db !== false;
  if (useDb && files.length > 0) throw new UsageError('give either --db or --file, not both');
  const pgEnv = Boolean(env.PGHOST || env.PGDATABASE || env.PGUSER);
  if (!useDb && files.length === 0 && !pgEnv)
    throw new UsageError('nothing to read: give --db URL (or set PGHOST/PGDATABASE), or --file EXPORT with the exported qrtz_triggers');
  const schema = s.schema ?? 'master';
  if (!IDENTIFIER.test(schema)) throw new UsageError(`--schema: "${schema}" is not a schema name`);
  const zone = checkTimeZone(s.tz ?? localTimeZone());
  if (s.dateOrder !== undefined && s.dateOrder !== 'dmy' && s.dateOrder !== 'mdy') throw new UsageError('--date-order must be dmy or mdy');
  const asOf = asOfTime(s.asOf, zone);
  const job = jobPattern(s.job);
  const staleAfterMs = s.staleAfter !== undefined ? parseDuration(s.staleAfter, '--stale-after') : undefined;
  const service = typeof s.service === 'string' ? s.service : DEFAULT_SERVICE;
  const common = { service, ...(job ? { job } : {}), ...(staleAfterMs !== undefined ? { staleAfterMs } : {}), ...(asOf !== undefined ? { asOf } : {}) };
  let check: Check;
  if (files.length > 0) {
    const data: QuartzData = { triggers: [] };
    const tables: string[] = [];
    for (const f of files) {
      const read = await readExportFile(resolve(b.io.cwd, f), { zone, ...(s.dateOrder ? { dateOrder: s.dateOrder as 'dmy' | 'mdy' } : {}) }, data, b.signal);
      tables.push(...read.flatMap((t) => t.tables));
    }
    if (!tables.includes('qrtz_triggers'))
      throw new InputError(`no qrtz_triggers export among ${files.join(', ')} (found ${tables.join(', ')}); export "select * from master.qrtz_triggers" too`);
    check = quartzCheck({
      ...common,
      target: files.join(', '),
      sourceEvidence: { source: 'export', files, timeZone: zone },
      load: async () => ({ ok: true, data, tables }),
    });
  } else {
    const target = pgTarget(typeof s.db === 'string' ? s.db : undefined, env);
    const pw = await password(s, target, b);
    check = quartzCheck({
      ...common,
      target: `${target.label} schema ${schema}`,
      sourceEvidence: { source: 'database', host: target.host, port: target.port, database: target.database, user: target.user, schema, passwordFrom: pw.from },
      load: (signal, timeoutMs, transcript) =>
        readQuartzFromDb({ target, schema, signal, timeoutMs, transcript, ...(pw.secret ? { password: pw.secret } : {}) }),
    });
  }
  return s.service === false ? [check] : [check, serviceCheck(service)];
}
