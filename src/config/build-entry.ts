// Builds the checks of one `{ type: KIND, ...options }` entry: validated against the kind's option schema, then its build.
import { CHECK_KINDS, checkKind } from '../checks/index.js';
import { UsageError } from '../core/errors.js';
import type { BuildContext, CheckKind } from '../core/kind.js';
import type { AnyValues, OptionSchema } from '../core/options.js';
import type { Check } from '../core/types.js';
import { formatPath, validateFields, type Locate } from './fields.js';

/** Where an entry was written, for messages naming the file, line and key. */
export interface EntryWhere {
  file: string;
  locate: Locate;
  path: Array<string | number>;
}

const TYPE_FIELD: OptionSchema = { type: { type: 'string', required: true, description: 'check type' } };

function at(where: EntryWhere, path: Array<string | number>): string {
  const line = where.locate(path);
  return `${where.file}${line ? `:${line}` : ''}: ${formatPath(path)}`;
}

/** The kind of one entry and its values, validated against the kind's schema (defaults filled, old keys renamed). */
export function validateEntry(entry: unknown, where: EntryWhere): { kind: CheckKind; values: AnyValues } {
  const type = entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>).type : undefined;
  const kind = typeof type === 'string' ? checkKind(type) : undefined;
  if (!kind) {
    const got = type === undefined ? 'no type' : `type "${String(type)}"`;
    throw new UsageError(`${at(where, [...where.path, 'type'])}: ${got}; expected one of ${CHECK_KINDS.map((k) => k.id).join(', ')}`);
  }
  const values = validateFields(entry, { ...TYPE_FIELD, ...kind.options }, where.path, where);
  delete values.type;
  // validateFields checked every value against the kind's schema.
  return { kind, values: values as AnyValues };
}

/** The checks of one entry; a wrong key, value or type is a UsageError naming the file, line and key. */
export async function buildEntry(entry: unknown, ctx: BuildContext, where: EntryWhere): Promise<Check[]> {
  const { kind, values } = validateEntry(entry, where);
  try {
    return await kind.build(values, ctx);
  } catch (err) {
    if (err instanceof UsageError && where.path.length > 0) throw new UsageError(`${at(where, where.path)}: ${err.message}`);
    throw err;
  }
}
