// Runs the guide's query (select * from master.qrtz_triggers) and reads the other Quartz tables beside it.
import type { Secret } from '../core/secret.js';
import { withSignal } from '../core/timeout.js';
import type { Transcript } from '../core/transcript.js';
import type { FindingInput } from '../core/types.js';
import { NoPasswordError, dbErrorFinding } from './pg-errors.js';
import { pgSsl, type PgTarget } from './pg-target.js';
import { addRows, epochTime, type RawRow } from './rows.js';
import type { QuartzData, QuartzTable } from './types.js';

/** The tables read, in order; only qrtz_triggers is required. */
const TABLES: readonly QuartzTable[] = [
  'qrtz_triggers',
  'qrtz_simple_triggers',
  'qrtz_cron_triggers',
  'qrtz_fired_triggers',
  'qrtz_scheduler_state',
  'qrtz_job_details',
];

/** What reading the database gave: the rows, or the one finding that stopped it. */
export type DbRead = { ok: true; data: QuartzData; tables: string[] } | { ok: false; finding: FindingInput };

/** How to reach the database and how long each step may take. */
export interface DbReadOptions {
  target: PgTarget;
  password?: Secret;
  schema: string;
  signal: AbortSignal;
  timeoutMs: number;
  transcript: Transcript;
}

const TABLES_SQL = `select lower(c.relname) as name, c.relname as actual from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = $1 and c.relkind in ('r', 'v', 'm', 'p', 'f') and lower(c.relname) like 'qrtz\\_%'`;
const QUARTZ_SCHEMAS_SQL = `select distinct n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where lower(c.relname) = 'qrtz_triggers' order by 1`;

function normalise(row: Record<string, unknown>): RawRow {
  const out: RawRow = {};
  for (const [k, v] of Object.entries(row)) out[k.toLowerCase()] = v;
  return out;
}

/** Connects, checks the schema and tables, and reads every Quartz table present. Never throws for database errors. */
export async function readQuartzFromDb(o: DbReadOptions): Promise<DbRead> {
  const { target, transcript } = o;
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    host: target.host,
    port: target.port,
    user: target.user,
    database: target.database,
    password: async () => {
      if (!o.password) throw new NoPasswordError('no password given');
      transcript.add('>', 'password ***', { masked: 1 });
      return o.password.reveal();
    },
    ssl: pgSsl(target.sslmode),
    connectionTimeoutMillis: o.timeoutMs,
    query_timeout: o.timeoutMs,
    statement_timeout: o.timeoutMs,
    application_name: 'maildoctor',
  });
  client.on('error', () => undefined);
  const onAbort = () => void client.end().catch(() => undefined);
  o.signal.addEventListener('abort', onAbort, { once: true });
  const query = async (sql: string, params: unknown[] = []) => {
    transcript.add('>', `${sql.replace(/\s+/g, ' ')}${params.length ? ` -- ${JSON.stringify(params)}` : ''}`);
    const res = await withSignal(client.query(sql, params), o.signal, 'PostgreSQL query');
    transcript.add('<', `${res.rowCount ?? res.rows.length} row(s)`);
    return res.rows as Record<string, unknown>[];
  };
  let step = 'connecting to';
  try {
    transcript.add('*', `connecting to ${target.label} (sslmode ${target.sslmode})`);
    await withSignal(client.connect(), o.signal, `connecting to PostgreSQL ${target.label}`);
    transcript.add('<', 'connected');
    step = 'querying';
    const schemaRows = await query('select 1 from pg_namespace where nspname = $1', [o.schema]);
    const present = new Map((await query(TABLES_SQL, [o.schema])).map((r) => [String(r.name), String(r.actual)]));
    if (schemaRows.length === 0 || !present.has('qrtz_triggers')) {
      const schemas = (await query(QUARTZ_SCHEMAS_SQL)).map((r) => String(r.schema));
      const elsewhere =
        schemas.length > 0 ? `; qrtz_triggers exists in schema ${schemas.join(', ')} (use --schema)` : '; no schema of this database has qrtz_triggers';
      const evidence = { schema: o.schema, database: target.database, schemasWithQuartz: schemas };
      return schemaRows.length === 0
        ? {
            ok: false,
            finding: { cause: 'quartz.db.schema-missing', detail: `schema "${o.schema}" does not exist in database ${target.database}${elsewhere}`, evidence },
          }
        : {
            ok: false,
            finding: {
              cause: 'quartz.db.table-missing',
              detail: `relation "${o.schema}.qrtz_triggers" does not exist in database ${target.database}${elsewhere}`,
              evidence,
            },
          };
    }
    const data: QuartzData = { triggers: [] };
    const read: string[] = [];
    for (const table of TABLES) {
      const actual = present.get(table);
      if (!actual) continue;
      const rows = await query(`select * from ${client.escapeIdentifier(o.schema)}.${client.escapeIdentifier(actual)}`);
      addRows(data, table, rows.map(normalise), epochTime, `${o.schema}.${table}`);
      read.push(table);
    }
    return { ok: true, data, tables: read };
  } catch (err) {
    if (o.signal.aborted && !(err instanceof NoPasswordError)) throw err;
    transcript.add('*', `failed: ${(err as Error).message}`);
    return { ok: false, finding: dbErrorFinding(err, target, step) };
  } finally {
    o.signal.removeEventListener('abort', onAbort);
    await client.end().catch(() => undefined);
  }
}
