// Validates config entries against the same option schemas the command line is built from; errors name the file,
// the line and the key.
import { durationMs } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import type { OptionSchema, OptionSpec } from '../core/options.js';

/** Finds the line of a key path in the source file, for error messages. */
export type Locate = (path: Array<string | number>) => number | undefined;

/** Formats a key path the way users write it: `checks[0].targets`. */
export function formatPath(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function closest(word: string, options: string[]): string | undefined {
  const extended = options.find((o) => o.toLowerCase().startsWith(word.toLowerCase()) && word.length >= 3);
  if (extended) return extended;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const d = editDistance(word.toLowerCase(), option.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = option;
    }
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** The options of a schema that a config may use (command-line-only ones left out). */
export function configKeys(fields: OptionSchema): Array<[string, OptionSpec]> {
  return Object.entries(fields).filter(([, spec]) => spec.config !== false);
}

type Fail = (p: Array<string | number>, message: string) => never;

/**
 * Validates `value` against the config face of `fields`; throws a UsageError naming the file, line and key. Returns the
 * values with old key spellings moved to their current key and defaults filled in.
 */
export function validateFields(
  value: unknown,
  fields: OptionSchema,
  path: Array<string | number>,
  where: { file: string; locate: Locate },
): Record<string, unknown> {
  const fail: Fail = (p, message) => {
    const line = where.locate(p);
    throw new UsageError(`${where.file}${line ? `:${line}` : ''}: ${formatPath(p) || '(top level)'}: ${message}`);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, 'expected a mapping of keys to values');
  const obj = value as Record<string, unknown>;
  const keys = configKeys(fields);
  const allowed = keys.map(([key]) => key);
  const writtenAs = new Map<string, string>();
  for (const [key, spec] of keys) for (const alias of spec.aliases ?? []) if (alias in obj) writtenAs.set(key, alias);
  const aliases = new Set(keys.flatMap(([, spec]) => spec.aliases ?? []));
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key) && !aliases.has(key)) {
      const hint = closest(key, allowed);
      fail([...path, key], `unknown key${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, spec] of keys) {
    const alias = writtenAs.get(key);
    if (alias && obj[key] !== undefined) fail([...path, alias], `give ${key} or ${alias}, not both`);
    const p = [...path, alias ?? key];
    let v = obj[alias ?? key];
    if (alias && spec.type === 'string[]' && typeof v === 'string') v = [v];
    if (v === undefined || v === null) {
      if (spec.required) fail(p, `is required (${spec.description})`);
      if ('default' in spec && spec.default !== undefined) out[key] = spec.default;
      continue;
    }
    out[key] = checkType(v, spec, p, where, fail);
  }
  return out;
}

function checkType(v: unknown, spec: OptionSpec, p: Array<string | number>, where: { file: string; locate: Locate }, fail: Fail): unknown {
  switch (spec.type) {
    case 'string':
      if (typeof v !== 'string') fail(p, `expected text, got ${describe(v)}`);
      if (spec.enum && !spec.enum.includes(v as string)) fail(p, `"${String(v)}" is not one of ${spec.enum.join(', ')}`);
      if (spec.duration && durationMs(v as string) === undefined) fail(p, `"${String(v)}" is not a duration; write e.g. 90s, 10m, 2h, 1h30m, 1d or 1w`);
      return v;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(p, `expected a number, got ${describe(v)}`);
      if (spec.integer && !Number.isInteger(v)) fail(p, 'expected a whole number');
      if (spec.min !== undefined && (v as number) < spec.min) fail(p, `must be at least ${spec.min}`);
      if (spec.max !== undefined && (v as number) > spec.max) fail(p, `must be at most ${spec.max}`);
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') fail(p, `expected true or false, got ${describe(v)}`);
      return v;
    case 'string[]':
      if (!Array.isArray(v)) fail(p, `expected a list of text values, got ${describe(v)}`);
      (v as unknown[]).forEach((item, i) => {
        if (typeof item !== 'string') fail([...p, i], `expected text, got ${describe(item)}`);
      });
      if (spec.nonEmpty && (v as unknown[]).length === 0) fail(p, 'must not be empty');
      return v;
    case 'object':
      return validateFields(v, spec.fields, p, where);
    case 'list':
      if (!Array.isArray(v)) fail(p, `expected a list, got ${describe(v)}`);
      if (spec.nonEmpty && (v as unknown[]).length === 0) fail(p, 'must not be empty');
      return v;
    case 'object[]':
      if (!Array.isArray(v)) fail(p, `expected a list, got ${describe(v)}`);
      return (v as unknown[]).map((item, i) => validateFields(item, spec.fields, [...p, i], where));
  }
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'nothing';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text "${v.length > 30 ? `${v.slice(0, 30)}…` : v}"`;
  return `${typeof v} ${String(v)}`;
}
