// Commander wiring only: options -> command plan -> runner -> report -> renderer -> exit code (the last four load after parsing).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CHECK_KINDS } from './checks/index.js';
import { addSchema, cliName, readSchema } from './cli-options.js';
import { INIT_COMMAND } from './config/init-command.js';
import { durationMs } from './core/duration.js';
import { InputError, UsageError, errorMessage } from './core/errors.js';
import type { CheckKind, CommandContext, CommandDecl, CommandIO, CommandPlan, GlobalOptions } from './core/kind.js';
import { redact } from './core/redact.js';
import { DEFAULT_STEP_TIMEOUT_MS } from './core/timeout.js';
import { VERSION } from './core/version.js';
import { FORMATS, type Format } from './render/types.js';
import { RUN_COMMAND } from './run/command.js';

/** Every subcommand, in the order of a diagnosis: run and init, then each check kind as the registry orders them. */
export const COMMANDS: readonly CommandDecl[] = [RUN_COMMAND, INIT_COMMAND, ...CHECK_KINDS.flatMap((k) => (k.command === false ? [] : [k.command ?? k]))];

/** Exit code when maildoctor could not do its job (usage, unreadable input, internal error). */
const EXIT_USAGE = 2;

/** `--timeout`: milliseconds, or a duration such as 10s. */
function parseTimeout(value: string): number {
  const ms = /^\d+$/.test(value) ? Number(value) : durationMs(value);
  if (ms === undefined || ms < 1 || ms > 600_000) throw new InvalidArgumentError('give milliseconds or a duration (10s, 2m), from 1 ms to 10m');
  return ms;
}

function globalOptions(raw: Record<string, unknown>, io: CommandIO, source: (name: string) => string | undefined): GlobalOptions {
  const format = (raw.json ? 'json' : (raw.format as Format | undefined)) ?? 'text';
  const toFile = typeof raw.output === 'string';
  const color = format === 'text' && !toFile && raw.color !== false && !io.env.NO_COLOR && Boolean(io.stdout.isTTY);
  return {
    format,
    ...(toFile ? { output: raw.output as string } : {}),
    timeoutMs: (raw.timeout as number | undefined) ?? DEFAULT_STEP_TIMEOUT_MS,
    timeoutExplicit: source('timeout') === 'cli',
    color,
    quiet: Boolean(raw.quiet),
    verbose: Boolean(raw.verbose),
    failOn: (raw.failOn as 'warn' | 'fail' | undefined) ?? 'fail',
  };
}

function helpFooter(): string {
  const lines = ['', 'Examples:'];
  for (const decl of COMMANDS) lines.push(`  $ ${decl.examples[0] ?? `maildoctor ${decl.id}`}`);
  lines.push('', 'Exit codes: 0 nothing at or above --fail-on, 1 a check at or above it, 2 usage or input error.');
  lines.push('With --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.');
  lines.push('Secrets are never taken as argument values: use --password-env VAR, --password-file PATH, or the prompt.');
  return lines.join('\n');
}

/** Builds the commander program; `run` receives each parsed invocation. */
function buildProgram(io: CommandIO, run: (decl: CommandDecl, cmd: Command) => Promise<void>): Command {
  const program = new Command('maildoctor');
  program
    .description('Find why a helpdesk stopped turning emails into tickets or stopped sending notifications.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(s) })
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--json', 'same as --format json')
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .addOption(new Option('--timeout <ms>', 'timeout of each network step: milliseconds, or a duration such as 10s').argParser(parseTimeout).default(DEFAULT_STEP_TIMEOUT_MS))
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('-q, --quiet', 'show only checks that did not pass')
    .option('-v, --verbose', 'add evidence and redacted protocol transcripts')
    .addOption(new Option('--fail-on <level>', 'lowest status that makes the exit code 1').choices(['warn', 'fail']).default('fail'))
    .addHelpText('after', helpFooter());
  for (const decl of COMMANDS) {
    const cmd = program.command(decl.id).summary(decl.summary).description(decl.summary);
    addSchema(cmd, decl.options);
    cmd.addHelpText('after', `\nExamples:\n${decl.examples.map((e) => `  $ ${e}`).join('\n')}`);
    cmd.action(async (...params: unknown[]) => run(decl, params[params.length - 1] as Command));
  }
  return program;
}

function defaultIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Runs maildoctor with `argv` (as process.argv) and returns the exit code; never calls process.exit. */
export async function main(argv: string[], io: CommandIO = defaultIO()): Promise<number> {
  let code = 0;
  let verbose = argv.includes('-v') || argv.includes('--verbose');
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', onSigint);
  const program = buildProgram(io, async (decl, cmd) => {
    const global = globalOptions(cmd.optsWithGlobals(), io, (name) => cmd.getOptionValueSourceWithGlobals(name));
    verbose = global.verbose;
    const ctx: CommandContext = { io, interactive: true, signal: controller.signal, now: Date.now, timeoutMs: global.timeoutMs, name: (key) => cliName(decl.options, key), global };
    const values = readSchema(cmd, decl.options);
    const performed = await decl.perform?.(values, ctx);
    if (performed !== undefined) {
      code = performed;
      return;
    }
    const plan: CommandPlan = decl.plan ? await decl.plan(values, ctx) : { checks: await (decl as CheckKind).build(values, ctx) };
    const { executePlan } = await import('./run/execute.js');
    code = await executePlan(plan, ctx, redact([decl.id, ...cmd.args].join(' ')));
  });
  try {
    if (argv.length <= 2) {
      io.stderr.write(program.helpInformation());
      return EXIT_USAGE;
    }
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError || err instanceof InputError) {
      io.stderr.write(`maildoctor: ${redact(err.message)}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`maildoctor: internal error: ${redact(errorMessage(err))}${verbose ? '' : ' (run with --verbose for details)'}\n`);
    if (verbose && err instanceof Error && err.stack) io.stderr.write(`${redact(err.stack)}\n`);
    return EXIT_USAGE;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
