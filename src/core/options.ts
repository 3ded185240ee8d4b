// One option schema per check kind or command: the command-line flags, the config keys, their validation and the
// config's JSON Schema are all read from it (the CLI adapter in cli-options.ts, the validator in config/fields.ts).

/** What every option declares, whatever its type. */
interface OptionBase {
  /** One line: the --help text, the config key's description and its JSON Schema description. */
  description: string;
  required?: boolean;
  /**
   * The command-line flags when they are not `--<kebab-key> <kebab-key>` (e.g. `--server <ip[:port]>` for `servers`);
   * false: config only.
   */
  cli?: string | false;
  /** The value's name in --help when it is not the kebab-cased key: `--password-env <var>`, `<hosts...>`. */
  arg?: string;
  /** A positional argument on the command line instead of a flag (in declaration order; a list is variadic). */
  positional?: boolean;
  /** False: command line only. */
  config?: false;
  /** Older config keys that still mean this one (an old config keeps loading). */
  aliases?: readonly string[];
  /** Names files maildoctor reads: on the command line `-` (or /dev/stdin) there means standard input. */
  input?: true;
}

/** Text; with `enum`, one of a fixed set; with `duration`, written in the one duration grammar (core/duration.ts). */
export interface StringOption extends OptionBase {
  type: 'string';
  enum?: readonly string[];
  default?: string;
  duration?: boolean;
  /** `--flag [value]`: on the command line the flag alone gives `true`. */
  optionalValue?: boolean;
  /** Adds `--no-<flag>` with this help text; that flag gives `false`. */
  negatable?: string;
}

/** A number; on the command line its text is parsed and range-checked. */
export interface NumberOption extends OptionBase {
  type: 'number';
  integer?: boolean;
  min?: number;
  max?: number;
  default?: number;
}

/** A switch: a flag without value, true/false in a config. */
export interface BooleanOption extends OptionBase {
  type: 'boolean';
}

/** A list of texts: a variadic positional or a repeatable flag, a list in a config. */
export interface ListOption extends OptionBase {
  type: 'string[]';
  nonEmpty?: boolean;
  /** Every item must be written in the duration grammar. */
  duration?: boolean;
}

/** A nested mapping (config only). */
export interface ObjectOption extends OptionBase {
  type: 'object';
  fields: OptionSchema;
}

/** A list of nested mappings (config only). */
export interface ObjectListOption extends OptionBase {
  type: 'object[]';
  fields: OptionSchema;
}

/** A list whose items another schema checks (config only: the `checks` list of a run config). */
export interface AnyListOption extends OptionBase {
  type: 'list';
  nonEmpty?: boolean;
}

/** How one option looks. */
export type OptionSpec = StringOption | NumberOption | BooleanOption | ListOption | ObjectOption | ObjectListOption | AnyListOption;

/** The options of one kind or command, by key (camelCase, as in a config). */
export type OptionSchema = Readonly<Record<string, OptionSpec>>;

/** Declares a schema while keeping its literal types, so that `OptionValues` can be read from it. */
export function defineOptions<const S extends OptionSchema>(schema: S): S {
  return schema;
}

type ValueOf<O> = O extends { type: 'string' }
  ? | (O extends { enum: readonly (infer E)[] } ? E : string)
    | (O extends { optionalValue: true } ? true : never)
    | (O extends { negatable: string } ? false : never)
  : O extends { type: 'number' }
    ? number
    : O extends { type: 'boolean' }
      ? boolean
      : O extends { type: 'string[]' }
        ? string[]
        : O extends { type: 'object'; fields: infer F extends OptionSchema }
          ? OptionValues<F>
          : O extends { type: 'object[]'; fields: infer F extends OptionSchema }
            ? Array<OptionValues<F>>
            : unknown[];

/** Present on both faces and required, or given a default: the value is always there. */
type Always<O> = O extends { default: unknown } ? true : O extends { required: true } ? (O extends { cli: false } | { config: false } ? false : true) : false;

/** Values read against some schema (the CLI adapter and the config validator hand them on to the kind's build). */
export type AnyValues = OptionValues<OptionSchema>;

/** The validated values of a schema, as `build` receives them from the command line or a config entry. */
export type OptionValues<S extends OptionSchema> = {
  -readonly [K in keyof S as Always<S[K]> extends true ? K : never]: ValueOf<S[K]>;
} & {
  -readonly [K in keyof S as Always<S[K]> extends true ? never : K]?: ValueOf<S[K]>;
};
