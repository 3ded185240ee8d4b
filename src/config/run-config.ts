// Validates a `maildoctor run` config and turns its entries into checks through the kind registry.
import { dirname, resolve } from 'node:path';
import { CHECK_KINDS, checkKind } from '../checks/index.js';
import type { BuildContext } from '../checks/types.js';
import { UsageError } from '../core/errors.js';
import type { Check } from '../core/types.js';
import { formatPath, validateFields, type FieldSpecs } from './fields.js';
import type { LoadedConfig } from './load.js';

/** Top-level keys of a run config. */
export const RUN_CONFIG_FIELDS: FieldSpecs = {
  timeout: { type: 'number', integer: true, min: 100, max: 600_000, description: 'per-step network timeout in ms' },
  checks: { type: 'list', required: true, nonEmpty: true, description: 'the checks to run, each with a type' },
};

/** A validated config: the checks it asks for and its own settings. */
export interface RunConfig {
  timeoutMs?: number;
  checks: Check[];
}

/** Validates the whole document and builds every check, naming file, line and key on any mistake. */
export async function buildRunConfig(config: LoadedConfig, env: NodeJS.ProcessEnv, interactive: boolean): Promise<RunConfig> {
  const where = { file: config.file, locate: config.locate };
  const top = validateFields(config.data, RUN_CONFIG_FIELDS, [], where);
  const ctx: BuildContext = { env, baseDir: dirname(resolve(config.file)), interactive };
  const checks: Check[] = [];
  const entries = top.checks as unknown[];
  for (const [i, raw] of entries.entries()) {
    const path = ['checks', i];
    const type = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).type : undefined;
    const kind = typeof type === 'string' ? checkKind(type) : undefined;
    if (!kind) {
      const line = config.locate([...path, 'type']);
      const got = type === undefined ? 'no type' : `type "${String(type)}"`;
      throw new UsageError(`${config.file}${line ? `:${line}` : ''}: ${formatPath([...path, 'type'])}: ${got}; expected one of ${CHECK_KINDS.map((k) => k.type).join(', ')}`);
    }
    const typeField: FieldSpecs = { type: { type: 'string', required: true, description: 'check type' } };
    const entry = validateFields(raw, { ...typeField, ...kind.fields }, path, where);
    try {
      checks.push(...(await kind.fromConfig(entry, ctx)));
    } catch (err) {
      if (err instanceof UsageError) {
        const line = config.locate(path);
        throw new UsageError(`${config.file}${line ? `:${line}` : ''}: ${formatPath(path)}: ${err.message}`);
      }
      throw err;
    }
  }
  return { ...(typeof top.timeout === 'number' ? { timeoutMs: top.timeout } : {}), checks };
}
