// Reads a YAML or JSON config file keeping line numbers, so validation can point at the bad key.
import { UsageError } from '../core/errors.js';
import { readTextFile } from '../core/input.js';
import type { Locate } from './fields.js';

/** Most expansions of one YAML alias: ample for a config, fatal to a "billion laughs" document. */
const MAX_ALIAS_COUNT = 100;

/** A parsed config document with a way to find the line of any key path. */
export interface LoadedConfig {
  file: string;
  data: unknown;
  locate: Locate;
}

/** Parses YAML (JSON is YAML too) from text; syntax errors name the line. The parser loads on first use. */
export async function parseConfigText(text: string, file: string): Promise<LoadedConfig> {
  const { LineCounter, isMap, isNode, isScalar, parseDocument } = await import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    throw new UsageError(`${file}:${line}: not valid YAML or JSON: ${first.message.split('\n')[0]}`);
  }
  const locate: Locate = (path) => {
    const last = path[path.length - 1];
    if (typeof last === 'string') {
      const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
        if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
      }
    }
    for (let n = path.length; n >= 0; n -= 1) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (!/alias/i.test((err as Error).message)) throw err;
    throw new UsageError(
      `${file}: its YAML aliases (*name) expand to too many copies (more than ${MAX_ALIAS_COUNT} per alias): an "alias bomb", not a maildoctor config; write the values out`,
    );
  }
  return { file, data, locate };
}

/** Reads and parses a config file; an unreadable or binary file is an InputError. */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  return parseConfigText(await readTextFile(file, 'config'), file);
}
