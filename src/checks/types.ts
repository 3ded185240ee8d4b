// What a check type offers the config-driven `run`: its config keys and how to build checks from them.
import type { FieldSpecs } from '../config/fields.js';
import type { Check } from '../core/types.js';

/** Environment a check factory may read (never the secrets themselves, only where they are). */
export interface BuildContext {
  env: NodeJS.ProcessEnv;
  /** Directory that relative paths in the config are resolved against. */
  baseDir: string;
  /** True when a prompt for a missing secret may be shown. */
  interactive: boolean;
}

/** A check type that `maildoctor run` can compose from a config entry `{ type: <type>, ... }`. */
export interface CheckKind {
  type: string;
  summary: string;
  fields: FieldSpecs;
  fromConfig(entry: Record<string, unknown>, ctx: BuildContext): Check[] | Promise<Check[]>;
}
