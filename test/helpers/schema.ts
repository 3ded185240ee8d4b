// Validates reports against the published JSON Schema (schema/report.schema.json) and against a closed copy of it.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

/** The schema as published: open objects, so reports may gain fields within a version. */
export const publishedSchema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;

/** A copy where every object that lists its properties refuses others (except those whose `$comment` says they are open, like evidence), so a field added in code but not documented fails a test. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)])) : closed(v)]),
  );
  const open = typeof copy.$comment === 'string' && copy.$comment.startsWith('open:');
  return 'properties' in copy && !open ? { ...copy, additionalProperties: false } : copy;
}

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validateClosed = ajv.compile(closed(publishedSchema) as object);
const validatePublished = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(publishedSchema);

function errors(validate: typeof validateClosed, report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Violations of the closed schema: what maildoctor writes must match exactly what the schema documents. */
export function schemaErrors(report: unknown): string[] {
  return errors(validateClosed, report);
}

/** Violations of the schema as published, which is what a consumer validates with. */
export function publishedSchemaErrors(report: unknown): string[] {
  return errors(validatePublished, report);
}
