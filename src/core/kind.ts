// What a check kind and a command declare: one option schema, and how an invocation or a config entry becomes checks.
import type { Thresholds } from '../render/thresholds.js';
import type { Format } from '../render/types.js';
import type { OptionSchema, OptionValues } from './options.js';
import type { SharedValues } from './shared.js';
import type { Check, CheckResult, Finding, Report } from './types.js';

/** The streams and environment of one invocation (real ones in the CLI, fakes in tests). */
export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Everything a kind's `build` may use; no check reads process.* itself. */
export interface BuildContext {
  /** Streams for prompts and stdin, the environment, and `cwd`: where relative paths start (a config's folder). */
  io: CommandIO;
  /** True when a missing secret may be asked for on the terminal (the command line, not a config). */
  interactive: boolean;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** The clock: "now" for windows such as --since 2h. */
  now(): number;
  /** The per-step network timeout of this run. */
  timeoutMs: number;
  /** How the user wrote option `key`, for messages: `--warn-days` on the command line, `warnDays` in a config. */
  name(key: string): string;
}

/** Options every command understands (DESIGN.md section 2). */
export interface GlobalOptions {
  format: Format;
  output?: string;
  timeoutMs: number;
  /** True when --timeout was given on the command line (it beats a config's timeout). */
  timeoutExplicit: boolean;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
  failOn: 'warn' | 'fail';
  /** --warning/--critical ranges (with --format nagios). */
  thresholds?: Thresholds;
}

/** What a command invocation may use: a build context plus the global options. */
export interface CommandContext extends BuildContext {
  global: GlobalOptions;
}

/** What a command reports on: checks to run, plus optional cross-check verdicts over their results. */
export interface CommandPlan {
  checks: Check[];
  verdicts?: (results: CheckResult[]) => Finding[];
  /** The config's own step timeout, used unless --timeout was given. */
  timeoutMs?: number;
  /** Runs after the report is built and written (e.g. `run --bundle`). */
  afterReport?: (report: Report) => Promise<void>;
  /** Values to share between checks of this run (e.g. an OAuth token source). */
  shared?: SharedValues;
}

/** One `maildoctor <id>` command: its help, its options, and what an invocation does. */
export interface CommandDecl<S extends OptionSchema = OptionSchema> {
  id: string;
  /** One line for `maildoctor --help`. */
  summary: string;
  examples: readonly string[];
  options: S;
  /** Acts instead of reporting (init, logs --follow): the exit code, or undefined to go on and report. */
  perform?(values: OptionValues<S>, ctx: CommandContext): Promise<number | undefined>;
  /** The checks to report on and what the report needs besides; a check kind's default is its `build`. */
  plan?(values: OptionValues<S>, ctx: CommandContext): Promise<CommandPlan>;
}

/** A check kind: a command of its own and a `type:` of a run config; both call `build`. */
export interface CheckKind<S extends OptionSchema = OptionSchema> extends CommandDecl<S> {
  /** Loads the implementation (checks, probes, their libraries) only when the kind is used. */
  load(): Promise<unknown>;
  /** The checks of validated values; bad values throw UsageError, unreadable input InputError. */
  build(values: OptionValues<S>, ctx: BuildContext): Promise<Check[]>;
  /** On the command line: another command (config-lint is `config lint`), or none (service); default: itself. */
  command?: CommandDecl | false;
}

/** Declares a check kind while keeping its schema's literal types for `build`. */
export function defineKind<const S extends OptionSchema>(kind: CheckKind<S>): CheckKind<S> {
  return kind;
}

/** Declares a command that is not a check kind (run, init, config). */
export function defineCommand<const S extends OptionSchema>(command: CommandDecl<S>): CommandDecl<S> {
  return command;
}

/** The context a config entry is built in: paths start at the config's folder, keys are named as written, no prompt. */
export function configContext(ctx: BuildContext, baseDir: string): BuildContext {
  return { ...ctx, io: { ...ctx.io, cwd: baseDir }, interactive: false, name: (key) => key };
}
