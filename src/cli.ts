// Commander wiring only: options -> command plan -> runner -> report -> renderer -> exit code (the last four load after parsing).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { COMMANDS } from './commands/index.js';
import type { CommandContext, CommandIO, CommandSpec, GlobalOptions } from './commands/types.js';
import { InputError, UsageError, errorMessage } from './core/errors.js';
import { redact } from './core/redact.js';
import { usageErrorText } from './core/secret-args.js';
import { DEFAULT_STEP_TIMEOUT_MS } from './core/timeout.js';
import { VERSION } from './core/version.js';
import { FORMATS, type Format } from './render/types.js';

/** Exit code when maildoctor could not do its job (usage, unreadable input, internal error). */
const EXIT_USAGE = 2;

function parseTimeout(value: string): number {
  const ms = Number(value);
  if (!/^\d+$/.test(value) || ms < 1 || ms > 600_000) throw new InvalidArgumentError('give milliseconds between 1 and 600000');
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
  for (const spec of COMMANDS) lines.push(`  $ ${spec.examples[0] ?? `maildoctor ${spec.name}`}`);
  lines.push('', 'Exit codes: 0 nothing at or above --fail-on, 1 a check at or above it, 2 usage or input error.');
  lines.push('With --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.');
  lines.push('Secrets are never taken as argument values: use --password-env VAR, --password-file PATH, or the prompt.');
  return lines.join('\n');
}

/** Builds the commander program; `onAction` receives the parsed invocation. */
function buildProgram(io: CommandIO, run: (spec: CommandSpec, cmd: Command) => Promise<void>): Command {
  const program = new Command('maildoctor');
  program
    .description('Find why a helpdesk stopped turning emails into tickets or stopped sending notifications.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(usageErrorText(s)) })
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--json', 'same as --format json')
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .addOption(new Option('--timeout <ms>', 'timeout of each network step in ms').argParser(parseTimeout).default(DEFAULT_STEP_TIMEOUT_MS))
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('-q, --quiet', 'show only checks that did not pass')
    .option('-v, --verbose', 'add evidence and redacted protocol transcripts')
    .addOption(new Option('--fail-on <level>', 'lowest status that makes the exit code 1').choices(['warn', 'fail']).default('fail'))
    .addHelpText('after', helpFooter());
  for (const spec of COMMANDS) {
    const cmd = program.command(spec.name).summary(spec.summary).description(spec.summary);
    if (spec.args) cmd.arguments(spec.args);
    spec.configure?.(cmd);
    cmd.addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}`);
    cmd.action(async (...params: unknown[]) => run(spec, params[params.length - 1] as Command));
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
  const program = buildProgram(io, async (spec, cmd) => {
    const raw = cmd.optsWithGlobals();
    const global = globalOptions(raw, io, (name) => cmd.getOptionValueSourceWithGlobals(name));
    verbose = global.verbose;
    const ctx: CommandContext = { io, global, signal: controller.signal };
    const args = cmd.args;
    const opts = cmd.opts();
    const line = [spec.name, ...cmd.args].join(' ');
    const useAction = spec.action !== undefined && (spec.plan === undefined || spec.useAction?.(opts) === true);
    if (useAction && spec.action) {
      code = (await spec.action(args, opts, ctx)) ?? 0;
    } else {
      const { executePlan } = await import('./commands/execute-plan.js');
      code = await executePlan(spec, args, opts, ctx, redact(line));
    }
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
