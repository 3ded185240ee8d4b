// Finds every client_secret / client_id / tenant instance in configuration-properties text, with its position and raw value.
import { InputError } from '../../core/errors.js';

/** The keys whose instances must agree, by their canonical name. */
export type LintKey = 'client_secret' | 'client_id' | 'tenant';

/** One instance of a watched key. `value` stays in memory only: it is never reported. */
export interface Instance {
  key: LintKey;
  /** The key as written (`mail.smtp.client_secret`, `tenant_id`). */
  written: string;
  line: number;
  column: number;
  /** False when the key is not followed by `=` (or `:`). */
  hasEquals: boolean;
  /** Everything after the separator up to the end of the entry; empty when there is none. */
  value: string;
}

/** What the scan found in the whole text. */
export interface Scan {
  instances: Instance[];
  lines: number;
  /** Non-blank, non-comment lines, and how many of them look like `key=value`. */
  contentLines: number;
  propertyLines: number;
  /** True when the text names a Microsoft endpoint or scope. */
  microsoft: boolean;
}

// A watched key at the start of a line, or after & ? ; or whitespace, optionally with a dotted prefix.
const KEY =
  /(?<=^|[\s&?;])((?:[A-Za-z0-9_-]+\.)*(client[_-]?secret|client[_-]?id|tenant(?:[_-]?id)?))(?![A-Za-z0-9_.-]*[=:])|(?<=^|[\s&?;])((?:[A-Za-z0-9_-]+\.)*(client[_-]?secret|client[_-]?id|tenant(?:[_-]?id)?))(?=\s*[=:])/gi;
const PROPERTY_LINE = /^\s*[A-Za-z_][\w.-]*\s*[=:]/;
const MICROSOFT = /login\.microsoftonline|outlook\.office365|outlook\.office\.com|graph\.microsoft/i;

function canonical(name: string): LintKey {
  const n = name.toLowerCase();
  if (n.startsWith('tenant')) return 'tenant';
  return /secret$/.test(n) ? 'client_secret' : 'client_id';
}

function scanLine(line: string, number: number, out: Instance[]): void {
  KEY.lastIndex = 0;
  for (let m = KEY.exec(line); m; m = KEY.exec(line)) {
    const written = m[1] ?? m[3] ?? '';
    const name = m[2] ?? m[4] ?? '';
    const after = line.slice(m.index + written.length);
    const sep = /^\s*([=:])/.exec(after);
    const inQuery = m.index > 0 && /[&?]/.test(line.charAt(m.index - 1));
    let value: string;
    if (sep) {
      const rest = after.slice(sep[0].length);
      value = inQuery ? (rest.split('&')[0] ?? '') : rest;
    } else {
      value = after.replace(/^\s+/, '');
      if (inQuery) value = value.split('&')[0] ?? '';
    }
    out.push({ key: canonical(name), written, line: number, column: m.index + 1, hasEquals: Boolean(sep), value });
  }
}

/** Scans properties text; text that has neither watched keys nor mostly key=value lines is an InputError. */
export function scanProperties(text: string, source: string): Scan {
  if (text.trim() === '') throw new InputError(`${source} is empty`);
  const instances: Instance[] = [];
  const lines = text.split(/\r?\n/);
  let contentLines = 0;
  let propertyLines = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) return;
    contentLines += 1;
    if (PROPERTY_LINE.test(line)) propertyLines += 1;
    if (/client|tenant/i.test(line)) scanLine(line, i + 1, instances);
  });
  if (instances.length === 0 && propertyLines * 2 < contentLines) {
    throw new InputError(`${source} does not look like configuration properties: ${propertyLines} of ${contentLines} lines are key=value`);
  }
  return { instances, lines: lines.length, contentLines, propertyLines, microsoft: MICROSOFT.test(text) };
}
