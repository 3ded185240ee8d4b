// What a subcommand declares: its options, and either the checks to run or its own action.
import type { Command } from 'commander';
import type { Check, CheckResult, Finding, Report } from '../core/types.js';
import type { Format } from '../render/types.js';

/** The streams and environment of one invocation (real ones in the CLI, fakes in tests). */
export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
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
}

/** Everything a command's build or action step may use. */
export interface CommandContext {
  io: CommandIO;
  global: GlobalOptions;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
}

/** What a command builds: checks to run, plus optional cross-check verdicts over their results. */
export interface CommandPlan {
  checks: Check[];
  verdicts?: (results: CheckResult[]) => Finding[];
  /** The config's own step timeout, used unless --timeout was given. */
  timeoutMs?: number;
  /** Runs after the report is built and written (e.g. `run --bundle`). */
  afterReport?: (report: Report) => Promise<void>;
  /** Values to share between checks of this run (e.g. an OAuth token source). */
  shared?: Map<string, unknown>;
}

/** One `maildoctor <name>` subcommand. */
export interface CommandSpec {
  name: string;
  /** Positional arguments in commander syntax, e.g. `<targets...>`. */
  args?: string;
  /** One line for `maildoctor --help`. */
  summary: string;
  examples: string[];
  /** Adds the command's own options. */
  configure?(cmd: Command): void;
  /** Builds the checks of this invocation; usage errors throw UsageError. */
  plan?(args: string[], opts: Record<string, unknown>, ctx: CommandContext): Promise<CommandPlan>;
  /** A command that is not a report of checks (init, follow mode) returns its exit code itself. */
  action?(args: string[], opts: Record<string, unknown>, ctx: CommandContext): Promise<number | undefined>;
  /** For a command with both plan() and action(): true when this invocation is the action (e.g. `logs --follow`). */
  useAction?(opts: Record<string, unknown>): boolean;
}
