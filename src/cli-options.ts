// Turns an option schema into commander arguments and options, and a parsed command back into schema values.
import { Command, Option } from 'commander';
import { parseDuration } from './core/duration.js';
import { UsageError } from './core/errors.js';
import type { AnyValues, NumberOption, OptionSchema, OptionSpec } from './core/options.js';

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The schema's options that exist on the command line, positional ones apart. */
function cliOptions(schema: OptionSchema): { positional: Array<[string, OptionSpec]>; flags: Array<[string, OptionSpec]> } {
  const all = Object.entries(schema).filter(([, spec]) => spec.cli !== false && spec.type !== 'object' && spec.type !== 'object[]' && spec.type !== 'list');
  return { positional: all.filter(([, spec]) => spec.positional), flags: all.filter(([, spec]) => !spec.positional) };
}

/** The flags of one option: its `cli` text, or `--<kebab-key> <arg>` (no value for a switch). */
function flagsOf(key: string, spec: OptionSpec): string {
  if (typeof spec.cli === 'string') return spec.cli;
  return spec.type === 'boolean' ? `--${kebab(key)}` : `--${kebab(key)} <${spec.arg ?? kebab(key)}>`;
}

function rangeText(spec: NumberOption): string {
  if (spec.min !== undefined && spec.max !== undefined) return ` from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return ` of at least ${spec.min}`;
  return spec.max !== undefined ? ` up to ${spec.max}` : '';
}

/** Reads a number option's text; a bad or out-of-range value is a UsageError naming the flag. */
export function parseNumber(text: string, spec: NumberOption, name: string): number {
  const n = /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : NaN;
  const what = `${spec.integer ? 'a whole number' : 'a number'}${rangeText(spec)}`;
  if (!Number.isFinite(n) || (spec.integer && !Number.isInteger(n))) throw new UsageError(`${name} ${text}: give ${what}`);
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) throw new UsageError(`${name} ${text}: out of range, give ${what}`);
  return n;
}

function optionOf(key: string, spec: OptionSpec): Option {
  const option = new Option(flagsOf(key, spec), spec.description);
  const name = option.long ?? `--${kebab(key)}`;
  switch (spec.type) {
    case 'string':
      if (spec.enum) {
        const allowed = spec.enum;
        option.choices(allowed).argParser((v: string) => {
          if (!allowed.includes(v)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not "${v}"`);
          return v;
        });
      } else if (spec.duration) {
        option.argParser((v: string) => (parseDuration(v, name), v));
      }
      if (spec.default !== undefined) option.default(spec.default);
      break;
    case 'number':
      option.argParser((v: string) => parseNumber(v, spec, name));
      if (spec.default !== undefined) option.default(spec.default);
      break;
    case 'string[]':
      option.argParser((v: string, previous: string[] | undefined) => [...(previous ?? []), v]);
      break;
    default:
      break;
  }
  return option;
}

/** Declares the schema's positional arguments and options on `cmd`. */
export function addSchema(cmd: Command, schema: OptionSchema): void {
  const { positional, flags } = cliOptions(schema);
  for (const [key, spec] of positional) {
    const name = `${spec.arg ?? kebab(key)}${spec.type === 'string[]' ? '...' : ''}`;
    cmd.argument(spec.required ? `<${name}>` : `[${name}]`);
  }
  for (const [key, spec] of flags) {
    cmd.addOption(optionOf(key, spec));
    if (spec.type === 'string' && spec.negatable) cmd.addOption(new Option(`--no-${kebab(key)}`, spec.negatable));
  }
}

/** The values of a parsed command, keyed as in the schema (absent options left out). */
export function readSchema(cmd: Command, schema: OptionSchema): AnyValues {
  const { positional, flags } = cliOptions(schema);
  const values: Record<string, unknown> = {};
  positional.forEach(([key], i) => {
    const v: unknown = cmd.processedArgs[i];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) values[key] = v;
  });
  for (const [key, spec] of flags) {
    const option = new Option(flagsOf(key, spec));
    const v: unknown = cmd.getOptionValue(option.attributeName());
    if (v !== undefined) values[key] = v;
    else if (spec.required) throw new UsageError(`give ${option.long ?? key}${spec.type === 'string' && spec.enum ? ` ${spec.enum.join(', ')}` : ''}`);
  }
  // Commander parsed each value with the option's own parser above, so they have the schema's types.
  return values as AnyValues;
}

/** How option `key` is written on the command line, for messages (`--warn-days`, or the argument's name). */
export function cliName(schema: OptionSchema, key: string): string {
  const spec = schema[key];
  if (!spec || spec.cli === false) return key;
  if (spec.positional) return spec.arg ?? kebab(key);
  return new Option(flagsOf(key, spec)).long ?? `--${kebab(key)}`;
}
