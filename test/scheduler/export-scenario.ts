// Exports a scenario's Quartz tables from a real PostgreSQL the way technicians do: CSV, pasted TSV with UI dates, JSON, psql output.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PgServer } from '../helpers/postgres.js';

/** The zone the UI-formatted dates of the TSV exports are written in. */
export const UI_ZONE = 'Asia/Kolkata';

const TABLES: Record<string, string[]> = {
  qrtz_triggers: [
    'sched_name',
    'trigger_name',
    'trigger_group',
    'job_name',
    'job_group',
    'description',
    'next_fire_time',
    'prev_fire_time',
    'priority',
    'trigger_state',
    'trigger_type',
    'start_time',
    'end_time',
    'calendar_name',
    'misfire_instr',
  ],
  qrtz_simple_triggers: ['sched_name', 'trigger_name', 'trigger_group', 'repeat_count', 'repeat_interval', 'times_triggered'],
  qrtz_cron_triggers: ['sched_name', 'trigger_name', 'trigger_group', 'cron_expression', 'time_zone_id'],
  qrtz_fired_triggers: [
    'sched_name',
    'entry_id',
    'trigger_name',
    'trigger_group',
    'instance_name',
    'fired_time',
    'sched_time',
    'priority',
    'state',
    'job_name',
    'job_group',
    'is_nonconcurrent',
    'requests_recovery',
  ],
  qrtz_scheduler_state: ['sched_name', 'instance_name', 'last_checkin_time', 'checkin_interval'],
};
const TIMES = new Set(['next_fire_time', 'prev_fire_time', 'start_time', 'end_time', 'fired_time', 'sched_time', 'last_checkin_time']);

/** A time column rendered by PostgreSQL itself; -1, 0 and NULL stay as they are. */
function timeExpr(col: string, style: 'ui' | 'iso'): string {
  const ts =
    style === 'ui'
      ? `to_char(to_timestamp(${col} / 1000.0) at time zone '${UI_ZONE}', 'Mon DD, YYYY HH12:MI:SS AM')`
      : `to_char(to_timestamp(${col} / 1000.0) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return `case when ${col} is null then null when ${col} <= 0 then ${col}::text else ${ts} end`;
}

function select(schema: string, table: string, style: 'epoch' | 'ui' | 'iso', alias: (c: string) => string): string {
  const cols = TABLES[table]!.map((c) => `${style !== 'epoch' && TIMES.has(c) ? timeExpr(c, style) : c} as "${alias(c)}"`);
  return `select ${cols.join(', ')} from ${schema}.${table} order by 2, 3`;
}

/** Writes `<dir>/<table>.csv|.tsv|.json|.txt` (psql's own aligned output) for every non-empty table of `schema`; returns the file names per format. */
export async function exportScenario(pg: PgServer, schema: string, dir: string): Promise<Record<'csv' | 'tsv' | 'json' | 'txt', string[]>> {
  await mkdir(dir, { recursive: true });
  const files: Record<'csv' | 'tsv' | 'json' | 'txt', string[]> = { csv: [], tsv: [], json: [], txt: [] };
  const counts = (
    await pg.psql(
      Object.keys(TABLES)
        .map((t) => `select '${t}', count(*) from ${schema}.${t}`)
        .join(' union all '),
    )
  )
    .trim()
    .split('\n');
  const filled = new Set(counts.filter((l) => !l.endsWith('|0')).map((l) => l.split('|')[0]));
  for (const table of Object.keys(TABLES)) {
    if (!filled.has(table) && table !== 'qrtz_triggers') continue;
    const upper = (c: string) => c.toUpperCase();
    const title = (c: string) =>
      c
        .split('_')
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join(' ');
    const csv = await pg.psql(`copy (${select(schema, table, 'epoch', upper)}) to stdout with (format csv, header)`);
    const tsv = await pg.psql(`copy (${select(schema, table, 'ui', title)}) to stdout with (format csv, header, delimiter E'\\t')`);
    const json = await pg.psql(`select coalesce(json_agg(t), '[]'::json) from (${select(schema, table, 'iso', (c) => c)}) t`);
    const txt = await pg.psql(
      select(schema, table, 'epoch', (c) => c),
      undefined,
      ['-P', 'format=aligned', '-P', 'tuples_only=off'],
    );
    for (const [ext, text] of [
      ['csv', csv],
      ['tsv', tsv],
      ['json', json],
      ['txt', txt],
    ] as const) {
      const file = join(dir, `${table}.${ext}`);
      await writeFile(file, text);
      files[ext].push(file);
    }
  }
  return files;
}
