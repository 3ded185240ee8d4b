// `-` for every option that names an input file: standard input is spooled once and its copy takes the place of `-`.
import { UsageError } from './core/errors.js';
import type { AnyValues, OptionSchema } from './core/options.js';
import { isStdinPath, spoolStdin, type Spool } from './core/stdin-spool.js';
import type { CommandIO } from './core/kind.js';

/** The values with `-` replaced, the spooled copy's path (to show as "standard input"), and what to remove at the end. */
export interface Inputs {
  values: AnyValues;
  spooled?: string;
  cleanup(): Promise<void>;
}

/** The input options of a schema whose value (or one of whose values) means standard input. */
function stdinKeys(schema: OptionSchema, values: AnyValues): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, spec] of Object.entries(schema)) {
    if (!spec.input) continue;
    const v: unknown = values[key];
    for (const item of Array.isArray(v) ? v : [v]) if (typeof item === 'string' && isStdinPath(item)) out.push([key, item]);
  }
  return out;
}

/**
 * Spools standard input when an input option names it (`-`, /dev/stdin), waiting at most `idleMs` for a silent
 * pipe, and puts the copy's path in its place; standard input can be named once per invocation.
 */
export async function resolveStdinInputs(schema: OptionSchema, values: AnyValues, io: CommandIO, idleMs: number, signal: AbortSignal): Promise<Inputs> {
  const named = stdinKeys(schema, values);
  if (named.length === 0) return { values, cleanup: async () => {} };
  if (named.length > 1) throw new UsageError(`standard input can be read only once, but ${named.map(([, v]) => `"${v}"`).join(' and ')} both name it`);
  if (io.stdin.isTTY) io.stderr.write('maildoctor: reading standard input (end it with Ctrl-D)\n');
  const spool: Spool = await spoolStdin({ stdin: io.stdin, idleMs, signal });
  const [key] = named[0]!;
  const v = values[key];
  const swap = (item: string) => (isStdinPath(item) ? spool.path : item);
  const replaced = Array.isArray(v) ? (v as string[]).map(swap) : swap(v as string);
  return { values: { ...values, [key]: replaced }, spooled: spool.path, cleanup: spool.remove };
}
