// How often a trigger repeats, from qrtz_simple_triggers or an estimate of its cron expression.
import type { QuartzData, TriggerRow } from './types.js';

/** A trigger's repeat interval and where it was learnt. */
export interface RepeatInterval {
  ms: number;
  from: 'simple' | 'cron';
  cron?: string;
}

const UNIT_MS = [1000, 60_000, 3_600_000];
const FIELD_SPAN = [60, 60, 24];

function sameTrigger(a: { schedName: string; triggerName: string; triggerGroup: string }, t: TriggerRow): boolean {
  return a.triggerName === t.triggerName && a.triggerGroup === t.triggerGroup && (!a.schedName || !t.schedName || a.schedName === t.schedName);
}

/** Smallest step, in units of the field, between fire times allowed by one cron field; undefined for a single value. */
function fieldStep(spec: string, span: number): number | undefined {
  if (spec === '*' || spec === '?') return 1;
  const step = /^(?:\*|\d+)\/(\d+)$/.exec(spec);
  if (step) return Number(step[1]) || undefined;
  if (/^\d+-\d+$/.test(spec)) return 1;
  if (/^\d+(?:,\d+)+$/.test(spec)) {
    const values = spec
      .split(',')
      .map(Number)
      .sort((a, b) => a - b);
    const gaps = values.slice(1).map((v, i) => v - values[i]!);
    gaps.push(span - values[values.length - 1]! + values[0]!);
    return Math.min(...gaps);
  }
  return undefined;
}

/** The shortest interval between fire times of a Quartz cron expression (seconds minutes hours ...). */
export function cronInterval(expression: string): number | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length < 6) return undefined;
  for (let i = 0; i < 3; i += 1) {
    const step = fieldStep(fields[i]!, FIELD_SPAN[i]!);
    if (step !== undefined) return step * UNIT_MS[i]!;
  }
  const daily = fields.slice(3, 6).every((f) => f === '*' || f === '?');
  return daily ? 86_400_000 : undefined;
}

/** The repeat interval of a trigger, when its simple or cron row is available. */
export function repeatInterval(trigger: TriggerRow, data: QuartzData): RepeatInterval | undefined {
  const simple = data.simple?.find((s) => sameTrigger(s, trigger));
  if (simple && simple.repeatInterval > 0) return { ms: simple.repeatInterval, from: 'simple' };
  const cron = data.cron?.find((c) => sameTrigger(c, trigger));
  if (cron) {
    const ms = cronInterval(cron.cronExpression);
    if (ms) return { ms, from: 'cron', cron: cron.cronExpression };
  }
  return undefined;
}
