// --warning/--critical: which figure each range applies to, and the state each figure is in.
import { UsageError } from '../core/errors.js';
import { FIGURE_KINDS, type FigureKind } from './figures.js';
import { alerts, parseRange, type PluginRange } from './nagios-range.js';

/** A figure a threshold can name: a per-check figure, the number of problem causes, or one cause's occurrences. */
export type ThresholdTarget = { kind: FigureKind } | { kind: 'causes' } | { kind: 'cause'; cause: string };

/** One `NAME=RANGE` given to --warning or --critical. */
export interface Threshold {
  target: ThresholdTarget;
  range: PluginRange;
}

/** The thresholds of one invocation. */
export interface Thresholds {
  warning: Threshold[];
  critical: Threshold[];
}

/** The names --warning and --critical accept before `=`, for messages and help. */
export const THRESHOLD_NAMES = [...FIGURE_KINDS, 'causes', 'cause:<id>'] as const;

function targetOf(name: string, given: string): ThresholdTarget {
  if ((FIGURE_KINDS as readonly string[]).includes(name)) return { kind: name as FigureKind };
  if (name === 'causes') return { kind: 'causes' };
  if (name.startsWith('cause:') && name.length > 'cause:'.length) return { kind: 'cause', cause: name.slice('cause:'.length) };
  throw new UsageError(`threshold "${given}": unknown figure "${name}" (known: ${THRESHOLD_NAMES.join(', ')})`);
}

/**
 * Parses the values of one option: each is `NAME=RANGE` (several may be joined by commas), or a bare RANGE
 * that applies to `bare`, the command's own figure; a bare range where the command has none is a usage error.
 */
export function parseThresholds(values: string[], bare: ThresholdTarget | undefined): Threshold[] {
  return values
    .flatMap((v) => v.split(','))
    .filter((v) => v.trim() !== '')
    .map((given) => {
      const eq = given.indexOf('=');
      if (eq < 0) {
        if (!bare)
          throw new UsageError(`threshold "${given}" does not say which figure it is for; write NAME=RANGE with NAME one of ${THRESHOLD_NAMES.join(', ')}`);
        return { target: bare, range: parseRange(given.trim()) };
      }
      return { target: targetOf(given.slice(0, eq).trim(), given), range: parseRange(given.slice(eq + 1).trim()) };
    });
}

/** True when a threshold applies to a figure of this kind (and, for `cause:`, this cause). */
export function appliesTo(t: Threshold, target: ThresholdTarget): boolean {
  if (t.target.kind !== target.kind) return false;
  return t.target.kind !== 'cause' || (target.kind === 'cause' && t.target.cause === target.cause);
}

/** The plugin state a value is in under the thresholds for its figure: 2 critical, 1 warning, 0 ok. */
export function figureState(thresholds: Thresholds, target: ThresholdTarget, value: number): { state: 0 | 1 | 2; warn?: PluginRange; crit?: PluginRange } {
  const warn = thresholds.warning.find((t) => appliesTo(t, target))?.range;
  const crit = thresholds.critical.find((t) => appliesTo(t, target))?.range;
  const state = crit && alerts(crit, value) ? 2 : warn && alerts(warn, value) ? 1 : 0;
  return { state, ...(warn ? { warn } : {}), ...(crit ? { crit } : {}) };
}

/** The figure a bare range (`--critical 7:`) is about, for the commands that measure one: none elsewhere. */
export function commandFigure(command: string): ThresholdTarget | undefined {
  if (command === 'tls') return { kind: 'cert-days' };
  if (command === 'port' || command === 'http' || command === 'route') return { kind: 'latency' };
  if (command === 'quartz') return { kind: 'queue-age' };
  return undefined;
}
