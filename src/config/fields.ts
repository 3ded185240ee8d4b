// A small declarative validator for config entries; errors name the bad key and its line.
import { UsageError } from '../core/errors.js';

/** How one config key must look. */
export type FieldSpec =
  | { type: 'string'; required?: boolean; enum?: readonly string[]; description: string }
  | { type: 'number'; required?: boolean; min?: number; max?: number; integer?: boolean; description: string }
  | { type: 'boolean'; required?: boolean; description: string }
  | { type: 'string[]'; required?: boolean; nonEmpty?: boolean; description: string }
  | { type: 'object'; required?: boolean; fields: FieldSpecs; description: string }
  | { type: 'object[]'; required?: boolean; fields: FieldSpecs; description: string }
  | { type: 'list'; required?: boolean; nonEmpty?: boolean; description: string };

/** The keys an object may have. */
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

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

/** Validates `value` against `fields`; throws a UsageError naming the file, line and key. */
export function validateFields(
  value: unknown,
  fields: FieldSpecs,
  path: Array<string | number>,
  where: { file: string; locate: Locate },
): Record<string, unknown> {
  const fail = (p: Array<string | number>, message: string): never => {
    const line = where.locate(p);
    throw new UsageError(`${where.file}${line ? `:${line}` : ''}: ${formatPath(p) || '(top level)'}: ${message}`);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, 'expected a mapping of keys to values');
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(key in fields)) {
      const hint = closest(key, Object.keys(fields));
      fail([...path, key], `unknown key${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${Object.keys(fields).join(', ')}`);
    }
  }
  for (const [key, spec] of Object.entries(fields)) {
    const p = [...path, key];
    const v = obj[key];
    if (v === undefined || v === null) {
      if (spec.required) fail(p, `is required (${spec.description})`);
      continue;
    }
    checkType(v, spec, p, where, fail);
  }
  return obj;
}

function checkType(
  v: unknown,
  spec: FieldSpec,
  p: Array<string | number>,
  where: { file: string; locate: Locate },
  fail: (p: Array<string | number>, m: string) => never,
): void {
  switch (spec.type) {
    case 'string':
      if (typeof v !== 'string') fail(p, `expected text, got ${describe(v)}`);
      if (spec.enum && !spec.enum.includes(v as string)) fail(p, `"${String(v)}" is not one of ${spec.enum.join(', ')}`);
      return;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(p, `expected a number, got ${describe(v)}`);
      if (spec.integer && !Number.isInteger(v)) fail(p, 'expected a whole number');
      if (spec.min !== undefined && (v as number) < spec.min) fail(p, `must be at least ${spec.min}`);
      if (spec.max !== undefined && (v as number) > spec.max) fail(p, `must be at most ${spec.max}`);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') fail(p, `expected true or false, got ${describe(v)}`);
      return;
    case 'string[]':
      if (!Array.isArray(v)) fail(p, `expected a list of text values, got ${describe(v)}`);
      (v as unknown[]).forEach((item, i) => {
        if (typeof item !== 'string') fail([...p, i], `expected text, got ${describe(item)}`);
      });
      if (spec.nonEmpty && (v as unknown[]).length === 0) fail(p, 'must not be empty');
      return;
    case 'object':
      validateFields(v, spec.fields, p, where);
      return;
    case 'list':
      if (!Array.isArray(v)) fail(p, `expected a list, got ${describe(v)}`);
      if (spec.nonEmpty && (v as unknown[]).length === 0) fail(p, 'must not be empty');
      return;
    case 'object[]':
      if (!Array.isArray(v)) fail(p, `expected a list, got ${describe(v)}`);
      (v as unknown[]).forEach((item, i) => validateFields(item, spec.fields, [...p, i], where));
      return;
  }
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'nothing';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text "${v.length > 30 ? `${v.slice(0, 30)}…` : v}"`;
  return `${typeof v} ${String(v)}`;
}
