// Commander wiring only: options -> command plan -> runner -> report -> renderer -> exit code (the last four load after parsing).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CHECK_KINDS } from './checks/index.js';
import { addSchema, cliName, readSchema } from './cli-options.js';
import { INIT_COMMAND } from './config/init-command.js';
import { durationMs, formatDuration, parseDuration } from './core/duration.js';
import { InputError, UsageError, errorMessage } from './core/errors.js';
import { SIGNAL_EXIT, stopAfter, watchTermination } from './core/termination.js';
import type { CheckKind, CommandContext, CommandDecl, CommandIO, CommandPlan, GlobalOptions } from './core/kind.js';
import { redact } from './core/redact.js';
import { usageErrorText } from './core/secret-args.js';
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

/** `--max-time`: seconds as the monitoring plugins take them (`-t 50`), or a duration such as 2m. */
function parseMaxTime(value: string): number {
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : parseDuration(value, '--max-time');
  if (ms < 1000) throw new InvalidArgumentError('give at least 1 second');
  return ms;
}

/** The options every command shares, decided once: colour by its conventions, `-o -` as stdout, thresholds for nagios. */
async function globalOptions(
  raw: Record<string, unknown>,
  io: CommandIO,
  source: (name: string) => string | undefined,
  command: string,
): Promise<GlobalOptions> {
  const format = (raw.json ? 'json' : (raw.format as Format | undefined)) ?? 'text';
  const output = typeof raw.output === 'string' && raw.output !== '-' ? raw.output : undefined;
  const [{ colorLevel }, thresholds] = await Promise.all([import('./render/color-choice.js'), thresholdOptions(raw, format, command)]);
  const color = colorLevel({ flag: raw.color as boolean | undefined, env: io.env, format, toFile: output !== undefined, isTTY: Boolean(io.stdout.isTTY) }) > 0;
  return {
    format,
    ...(output ? { output } : {}),
    timeoutMs: (raw.timeout as number | undefined) ?? DEFAULT_STEP_TIMEOUT_MS,
    timeoutExplicit: source('timeout') === 'cli',
    color,
    quiet: Boolean(raw.quiet),
    verbose: Boolean(raw.verbose),
    failOn: (raw.failOn as 'warn' | 'fail' | undefined) ?? 'fail',
    ...(thresholds ? { thresholds } : {}),
  };
}

/** --warning/--critical, which only the nagios format judges; a bare range is about the command's own figure. */
async function thresholdOptions(raw: Record<string, unknown>, format: Format, command: string): Promise<GlobalOptions['thresholds']> {
  const warning = (raw.warning as string[] | undefined) ?? [];
  const critical = (raw.critical as string[] | undefined) ?? [];
  if (warning.length === 0 && critical.length === 0) return undefined;
  if (format !== 'nagios') throw new UsageError('--warning and --critical are judged by --format nagios; add it, or drop them');
  const { commandFigure, parseThresholds } = await import('./render/thresholds.js');
  const bare = commandFigure(command);
  return { warning: parseThresholds(warning, bare), critical: parseThresholds(critical, bare) };
}

/** True when the invocation asked for --format nagios: its errors are then plugin output (UNKNOWN, exit 3). */
function asksNagios(argv: string[]): boolean {
  return argv.some((a, i) => a === '--format=nagios' || (a === '--format' && argv[i + 1] === 'nagios'));
}

function helpFooter(): string {
  const lines = ['', 'Examples:'];
  for (const decl of COMMANDS) lines.push(`  $ ${decl.examples[0] ?? `maildoctor ${decl.id}`}`);
  lines.push('', 'Exit codes: 0 nothing at or above --fail-on, 1 a check at or above it, 2 usage or input error.');
  lines.push('With --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.');
  lines.push('Secrets are never taken as argument values: use --password-env VAR, --password-file PATH, or the prompt.');
  return lines.join('\n');
}

/** A repeatable option's values, in the order given. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Builds the commander program; `run` receives each parsed invocation. */
function buildProgram(io: CommandIO, nagios: boolean, run: (decl: CommandDecl, cmd: Command) => Promise<void>): Command {
  const program = new Command('maildoctor');
  program
    .description('Find why a helpdesk stopped turning emails into tickets or stopped sending notifications.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => (nagios ? undefined : write(usageErrorText(s))),
    })
    .configureHelp({ showGlobalOptions: true })
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--json', 'same as --format json')
    .option('-o, --output <file>', 'write the report to FILE (atomically; "-": stdout) instead of stdout')
    .addOption(
      new Option('--timeout <ms>', 'timeout of each network step: milliseconds, or a duration such as 10s')
        .argParser(parseTimeout)
        .default(DEFAULT_STEP_TIMEOUT_MS),
    )
    .option('--color', 'colour even when not writing to a terminal (beats NO_COLOR)')
    .option('--no-color', 'no colours (also NO_COLOR=1; FORCE_COLOR=1 forces them)')
    .option('-q, --quiet', 'show only checks that did not pass')
    .option('-v, --verbose', 'add evidence and redacted protocol transcripts')
    .addOption(new Option('--fail-on <level>', 'lowest status that makes the exit code 1').choices(['warn', 'fail']).default('fail'))
    .addOption(
      new Option('--max-time <time>', 'stop every check still running after this long (seconds, or 2m) and report what finished').argParser(parseMaxTime),
    )
    .addOption(
      new Option(
        '--warning <range>',
        'nagios WARNING range: FIGURE=RANGE (cert-days, latency, queue-age, causes, cause:<id>), or a bare RANGE for tls, port, http, route, quartz; repeatable',
      ).argParser(collect),
    )
    .addOption(new Option('--critical <range>', 'nagios CRITICAL range, as --warning').argParser(collect))
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
  const nagios = asksNagios(argv);
  const termination = watchTermination((line) => io.stderr.write(line));
  let cleanup = async (): Promise<void> => {};
  const program = buildProgram(io, nagios, async (decl, cmd) => {
    const raw = cmd.optsWithGlobals();
    const global = await globalOptions(raw, io, (name) => cmd.getOptionValueSourceWithGlobals(name), decl.id);
    verbose = global.verbose;
    const maxTime = raw.maxTime as number | undefined;
    const signal = maxTime ? stopAfter(maxTime, termination.signal, formatDuration(maxTime)) : termination.signal;
    const ctx: CommandContext = {
      io,
      interactive: true,
      signal,
      now: Date.now,
      timeoutMs: global.timeoutMs,
      name: (key) => cliName(decl.options, key),
      global,
    };
    const { resolveStdinInputs } = await import('./cli-inputs.js');
    const inputs = await resolveStdinInputs(decl.options, readSchema(cmd, decl.options), io, global.timeoutMs, signal);
    cleanup = inputs.cleanup;
    const values = inputs.values;
    const performed = await decl.perform?.(values, ctx);
    if (performed !== undefined) {
      code = performed;
      return;
    }
    const startedAt = new Date();
    const plan: CommandPlan = decl.plan ? await decl.plan(values, ctx) : { checks: await (decl as CheckKind).build(values, ctx) };
    const { executePlan } = await import('./run/execute.js');
    code = await executePlan(plan, ctx, {
      commandLine: redact([decl.id, ...cmd.args].join(' ')),
      startedAt,
      ...(inputs.spooled ? { spooled: inputs.spooled } : {}),
    });
  });
  /** A failure as one line: on stderr with exit 2, or as the plugin's UNKNOWN status line with exit 3. */
  const failed = async (message: string): Promise<number> => {
    if (!nagios) {
      io.stderr.write(`maildoctor: ${message}\n`);
      return EXIT_USAGE;
    }
    io.stdout.write((await import('./render/nagios.js')).renderNagiosUnknown(message));
    return 3;
  };
  try {
    if (argv.length <= 2) {
      io.stderr.write(program.helpInformation());
      return EXIT_USAGE;
    }
    await program.parseAsync(argv);
    const stopped = termination.caught();
    return stopped ? SIGNAL_EXIT[stopped] : code;
  } catch (err) {
    const stopped = termination.caught();
    if (stopped) return SIGNAL_EXIT[stopped];
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return nagios
        ? failed(
            usageErrorText(err.message)
              .replace(/^error: /, '')
              .trimEnd(),
          )
        : EXIT_USAGE;
    }
    if (err instanceof UsageError || err instanceof InputError) return failed(redact(err.message));
    const message = `internal error: ${redact(errorMessage(err))}${verbose ? '' : ' (run with --verbose for details)'}`;
    const status = await failed(message);
    if (verbose && err instanceof Error && err.stack) io.stderr.write(`${redact(err.stack)}\n`);
    return status;
  } finally {
    termination.dispose();
    await cleanup();
  }
}
