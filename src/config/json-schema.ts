// The JSON Schema of a run config (schema/config.schema.json, for editors), read from the same option schemas the
// validator and the command line use.
import { CHECK_KINDS } from '../checks/index.js';
import { DURATION_PATTERN } from '../core/duration.js';
import type { OptionSchema, OptionSpec } from '../core/options.js';
import { configKeys } from './fields.js';
import { RUN_CONFIG_FIELDS } from './run-fields.js';

type Json = Record<string, unknown>;

/** One option as a JSON Schema; `items` describes the elements of a `list` option. */
function optionSchema(spec: OptionSpec, items: Json): Json {
  const base: Json = { description: spec.description };
  switch (spec.type) {
    case 'string':
      return {
        ...base,
        type: 'string',
        ...(spec.enum ? { enum: [...spec.enum] } : {}),
        ...(spec.duration ? { pattern: DURATION_PATTERN } : {}),
        ...(spec.default !== undefined ? { default: spec.default } : {}),
      };
    case 'number':
      return {
        ...base,
        type: spec.integer ? 'integer' : 'number',
        ...(spec.min !== undefined ? { minimum: spec.min } : {}),
        ...(spec.max !== undefined ? { maximum: spec.max } : {}),
        ...(spec.default !== undefined ? { default: spec.default } : {}),
      };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'string[]':
      return { ...base, type: 'array', items: { type: 'string' }, ...(spec.nonEmpty ? { minItems: 1 } : {}) };
    case 'object':
      return { ...base, ...objectSchema(spec.fields, items) };
    case 'object[]':
      return { ...base, type: 'array', items: objectSchema(spec.fields, items) };
    case 'list':
      return { ...base, type: 'array', items, ...(spec.nonEmpty ? { minItems: 1 } : {}) };
  }
}

/** A mapping with exactly the config keys of `fields` (old spellings included, marked as such). */
function objectSchema(fields: OptionSchema, items: Json, extra: Json = {}, required: string[] = []): Json {
  const properties: Json = { ...extra };
  const eitherOf: Json[] = [];
  for (const [key, spec] of configKeys(fields)) {
    const schema = optionSchema(spec, items);
    properties[key] = schema;
    for (const alias of spec.aliases ?? []) {
      properties[alias] = { description: `older spelling of ${key}`, ...(spec.type === 'string[]' ? { anyOf: [{ type: 'string' }, schema] } : schema) };
    }
    if (spec.required && spec.aliases) eitherOf.push({ anyOf: [key, ...spec.aliases].map((k) => ({ required: [k] })) });
    else if (spec.required) required.push(key);
  }
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(eitherOf.length > 0 ? { allOf: eitherOf } : {}),
  };
}

/** The JSON Schema of a run config file. */
export function configJsonSchema(): Json {
  const checks = {
    oneOf: CHECK_KINDS.map((kind) => ({
      title: kind.id,
      ...objectSchema(kind.options, {}, { type: { const: kind.id, description: kind.summary } }, ['type']),
    })),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'maildoctor run config',
    description: 'maildoctor.yaml: the mailboxes, their servers and OAuth apps, the host evidence to read, and extra checks by type.',
    ...objectSchema(RUN_CONFIG_FIELDS, checks),
  };
}
