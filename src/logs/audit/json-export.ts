// Reads a JSON export: an array of entries, or an object holding one (data, rows, items, records...).
import { InputError } from '../../core/errors.js';

/** The entries of a JSON export as rows of cells, with the union of their keys as the header. */
export interface JsonRecords {
  keys: string[];
  records: string[][];
}

const WRAPPERS = ['data', 'rows', 'items', 'records', 'results', 'result', 'entries', 'audits', 'emailAudits', 'list'];

/** Parses the JSON text and flattens its entries; anything else is an InputError naming the source. */
export function jsonRecords(text: string, source: string): JsonRecords {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${source}: not valid JSON (${(err as Error).message})`);
  }
  const entries = findEntries(doc);
  if (!entries) throw new InputError(`${source}: JSON holds no list of audit entries (expected an array of objects)`);
  const keys: string[] = [];
  const index = new Map<string, number>();
  for (const e of entries) {
    for (const k of Object.keys(e)) {
      if (!index.has(k)) {
        index.set(k, keys.length);
        keys.push(k);
      }
    }
  }
  const records = entries.map((e) => {
    const row = new Array<string>(keys.length).fill('');
    for (const [k, v] of Object.entries(e)) row[index.get(k)!] = cellText(v);
    return row;
  });
  return { keys, records };
}

function isEntry(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function findEntries(doc: unknown): Array<Record<string, unknown>> | undefined {
  if (Array.isArray(doc)) return doc.every(isEntry) ? doc : undefined;
  if (!isEntry(doc)) return undefined;
  for (const key of WRAPPERS) {
    const found = findEntries(doc[key]);
    if (found) return found;
  }
  for (const value of Object.values(doc)) {
    if (Array.isArray(value) && value.length > 0 && value.every(isEntry)) return value;
  }
  return undefined;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isEntry(v)) {
    const named = v.name ?? v.displayName ?? v.value ?? v.email;
    if (typeof named === 'string') return named;
  }
  return JSON.stringify(v);
}
