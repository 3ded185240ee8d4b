// The columns of each Quartz table, and which table an export is, told apart by its columns.
import { InputError } from '../core/errors.js';
import type { QuartzTable } from './types.js';

/** Columns a table's export must have, and columns it may have and maildoctor uses. */
export interface TableColumns {
  required: readonly string[];
  optional: readonly string[];
  /** Columns that only this table has; one of them is enough to recognise it. */
  distinctive: readonly string[];
}

/** Quartz 2 column names (lower case, as PostgreSQL stores them) that maildoctor reads. */
export const TABLE_COLUMNS: Readonly<Record<QuartzTable, TableColumns>> = {
  qrtz_triggers: {
    required: ['trigger_name', 'trigger_group', 'job_name', 'job_group', 'trigger_state', 'next_fire_time', 'prev_fire_time'],
    optional: ['sched_name', 'description', 'trigger_type', 'start_time', 'end_time'],
    distinctive: ['trigger_state', 'next_fire_time', 'prev_fire_time'],
  },
  qrtz_simple_triggers: {
    required: ['trigger_name', 'trigger_group', 'repeat_interval'],
    optional: ['sched_name', 'repeat_count', 'times_triggered'],
    distinctive: ['repeat_interval', 'times_triggered'],
  },
  qrtz_cron_triggers: {
    required: ['trigger_name', 'trigger_group', 'cron_expression'],
    optional: ['sched_name', 'time_zone_id'],
    distinctive: ['cron_expression'],
  },
  qrtz_fired_triggers: {
    required: ['entry_id', 'trigger_name', 'trigger_group', 'instance_name', 'fired_time', 'state'],
    optional: ['sched_name', 'sched_time', 'job_name', 'job_group', 'is_nonconcurrent', 'requests_recovery'],
    distinctive: ['entry_id', 'fired_time'],
  },
  qrtz_scheduler_state: {
    required: ['instance_name', 'last_checkin_time', 'checkin_interval'],
    optional: ['sched_name'],
    distinctive: ['last_checkin_time', 'checkin_interval'],
  },
  qrtz_job_details: {
    required: ['job_name', 'job_group', 'job_class_name'],
    optional: ['sched_name', 'is_nonconcurrent', 'description'],
    distinctive: ['job_class_name', 'is_durable'],
  },
};

/** The columns holding epoch-millisecond times, which exports may show as dates. */
export const TIME_COLUMNS: ReadonlySet<string> = new Set([
  'next_fire_time',
  'prev_fire_time',
  'start_time',
  'end_time',
  'fired_time',
  'sched_time',
  'last_checkin_time',
]);

/** A header cell as maildoctor compares it: lower case, `TRIGGER STATE` and `qrtz_triggers.trigger_state` as `trigger_state`. */
export function normaliseColumn(name: string): string {
  const lower = name
    .trim()
    .replace(/^["'`[]|["'`\]]$/g, '')
    .toLowerCase();
  const last = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : lower;
  return last.replace(/[\s-]+/g, '_');
}

/** Which Quartz tables an export with these columns holds (several for a join); a partial match names the missing columns. */
export function recogniseTables(columns: readonly string[], source: string): QuartzTable[] {
  const have = new Set(columns);
  const candidates = (Object.keys(TABLE_COLUMNS) as QuartzTable[]).filter((t) => TABLE_COLUMNS[t].distinctive.some((c) => have.has(c)));
  const complete = candidates.filter((t) => TABLE_COLUMNS[t].required.every((c) => have.has(c)));
  if (complete.length > 0) return complete;
  const partial = candidates[0];
  if (partial) {
    const missing = TABLE_COLUMNS[partial].required.filter((c) => !have.has(c));
    throw new InputError(
      `${source}: looks like a ${partial} export but lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => c.toUpperCase()).join(', ')}`,
    );
  }
  const shown = columns.slice(0, 8).join(', ') || '(none)';
  throw new InputError(
    `${source}: not a Quartz table export (columns: ${shown}); expected qrtz_triggers, qrtz_scheduler_state, qrtz_simple_triggers, qrtz_cron_triggers or qrtz_fired_triggers`,
  );
}
