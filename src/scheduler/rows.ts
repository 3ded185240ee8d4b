// Turns raw table rows (PostgreSQL results or parsed exports) into typed Quartz rows.
import { InputError } from '../core/errors.js';
import type { CronTriggerRow, FiredTriggerRow, JobDetailRow, QuartzData, QuartzTable, SchedulerStateRow, SimpleTriggerRow, TriggerRow } from './types.js';

/** One row keyed by normalised column name; values as pg or a parser produced them. */
export type RawRow = Record<string, unknown>;

/** Reads a time cell; pg rows hold BIGINT strings, exports may hold dates. */
export type TimeReader = (value: unknown, where: string) => number | null;

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v)) return null;
  const s = String(v).trim();
  return s === '' || /^(?:null|\(null\))$/i.test(s) ? null : s;
}

/** A number from a pg value (BIGINT arrives as a string) or an export cell; junk is an InputError. */
export function toNumber(v: unknown, where: string): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  const s = text(v);
  if (s === null) return null;
  if (!/^-?\d+(?:\.\d+)?$/.test(s)) throw new InputError(`${where}: "${s.slice(0, 40)}" is not a number`);
  return Number(s);
}

function toBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  const s = text(v)?.toLowerCase();
  if (s === undefined || s === null) return null;
  if (['t', 'true', '1', 'y', 'yes'].includes(s)) return true;
  if (['f', 'false', '0', 'n', 'no'].includes(s)) return false;
  return null;
}

function required<T>(value: T | null, where: string, column: string): T {
  if (value === null) throw new InputError(`${where}: ${column.toUpperCase()} is empty`);
  return value;
}

/** The default time reader: epoch milliseconds as numbers or numeric strings. */
export const epochTime: TimeReader = (v, where) => toNumber(v, where);

/** Converts the raw rows of one table and stores them in `data`. */
export function addRows(data: QuartzData, table: QuartzTable, rows: readonly RawRow[], time: TimeReader, source: string): void {
  const at = (i: number, col: string) => `${source} row ${i + 1} ${col.toUpperCase()}`;
  const s = (r: RawRow, c: string) => text(r[c]) ?? '';
  switch (table) {
    case 'qrtz_triggers':
      data.triggers.push(
        ...rows.map((r, i): TriggerRow => ({
          schedName: s(r, 'sched_name'),
          triggerName: s(r, 'trigger_name'),
          triggerGroup: s(r, 'trigger_group'),
          jobName: s(r, 'job_name'),
          jobGroup: s(r, 'job_group'),
          description: text(r.description),
          triggerState: s(r, 'trigger_state').toUpperCase(),
          triggerType: text(r.trigger_type),
          nextFireTime: time(r.next_fire_time, at(i, 'next_fire_time')),
          prevFireTime: time(r.prev_fire_time, at(i, 'prev_fire_time')),
          startTime: time(r.start_time, at(i, 'start_time')),
          endTime: time(r.end_time, at(i, 'end_time')),
        })),
      );
      return;
    case 'qrtz_simple_triggers':
      (data.simple ??= []).push(
        ...rows.map((r, i): SimpleTriggerRow => ({
          schedName: s(r, 'sched_name'),
          triggerName: s(r, 'trigger_name'),
          triggerGroup: s(r, 'trigger_group'),
          repeatInterval: required(toNumber(r.repeat_interval, at(i, 'repeat_interval')), source, 'repeat_interval'),
          repeatCount: toNumber(r.repeat_count, at(i, 'repeat_count')),
          timesTriggered: toNumber(r.times_triggered, at(i, 'times_triggered')),
        })),
      );
      return;
    case 'qrtz_cron_triggers':
      (data.cron ??= []).push(
        ...rows.map((r): CronTriggerRow => ({
          schedName: s(r, 'sched_name'),
          triggerName: s(r, 'trigger_name'),
          triggerGroup: s(r, 'trigger_group'),
          cronExpression: s(r, 'cron_expression'),
          timeZoneId: text(r.time_zone_id),
        })),
      );
      return;
    case 'qrtz_fired_triggers':
      (data.fired ??= []).push(
        ...rows.map((r, i): FiredTriggerRow => ({
          schedName: s(r, 'sched_name'),
          entryId: s(r, 'entry_id'),
          triggerName: s(r, 'trigger_name'),
          triggerGroup: s(r, 'trigger_group'),
          instanceName: s(r, 'instance_name'),
          firedTime: required(time(r.fired_time, at(i, 'fired_time')), at(i, 'fired_time'), 'fired_time'),
          state: s(r, 'state').toUpperCase(),
          jobName: text(r.job_name),
          jobGroup: text(r.job_group),
          isNonconcurrent: toBool(r.is_nonconcurrent),
        })),
      );
      return;
    case 'qrtz_scheduler_state':
      (data.schedulerState ??= []).push(
        ...rows.map((r, i): SchedulerStateRow => ({
          schedName: s(r, 'sched_name'),
          instanceName: s(r, 'instance_name'),
          lastCheckinTime: required(time(r.last_checkin_time, at(i, 'last_checkin_time')), at(i, 'last_checkin_time'), 'last_checkin_time'),
          checkinInterval: required(toNumber(r.checkin_interval, at(i, 'checkin_interval')), at(i, 'checkin_interval'), 'checkin_interval'),
        })),
      );
      return;
    case 'qrtz_job_details':
      (data.jobDetails ??= []).push(
        ...rows.map((r): JobDetailRow => ({
          schedName: s(r, 'sched_name'),
          jobName: s(r, 'job_name'),
          jobGroup: s(r, 'job_group'),
          jobClassName: text(r.job_class_name),
          isNonconcurrent: toBool(r.is_nonconcurrent),
        })),
      );
      return;
  }
}
