// A report command after parsing: plan -> runner -> report -> renderer -> output; loaded only once a command runs.
import { writeFileAtomic } from '../core/atomic-write.js';
import { InputError, errorMessage } from '../core/errors.js';
import { buildReport } from '../core/report.js';
import { runChecks } from '../core/runner.js';
import { relabelSpool } from '../core/stdin-spool.js';
import { InterruptedError } from '../core/termination.js';
import { nagiosExitCode, renderReport } from '../render/index.js';
import { createProgress } from '../render/progress.js';
import type { CommandContext, CommandPlan } from '../core/kind.js';
import { progressMode } from '../render/progress-mode.js';

/** What the report says of the command itself: its line, when it started (before its checks were built), standard input's spool. */
export interface PlanCommand {
  commandLine: string;
  startedAt: Date;
  /** The spool file standing for standard input, shown as "standard input". */
  spooled?: string;
}

/** Runs the planned checks, writes the rendered report and returns the exit code. */
export async function executePlan(plan: CommandPlan, ctx: CommandContext, { commandLine, startedAt, spooled }: PlanCommand): Promise<number> {
  const g = ctx.global;
  const timeoutMs = g.timeoutExplicit || plan.timeoutMs === undefined ? g.timeoutMs : plan.timeoutMs;
  const progress = await createProgress(progressMode({ stderr: ctx.io.stderr, env: ctx.io.env, format: g.format, quiet: g.quiet }), ctx.io.stderr, g.color);
  let results;
  try {
    results = await runChecks(plan.checks, {
      timeoutMs,
      verbose: g.verbose,
      signal: ctx.signal,
      ...(plan.shared ? { shared: plan.shared } : {}),
      onStart: (_c, key) => progress.start(key),
      onDone: (r) => progress.done(r),
    });
  } finally {
    progress.stop();
  }
  if (spooled) results = relabelSpool(results, spooled);
  const verdicts = plan.verdicts?.(results);
  const stopped: unknown = ctx.signal.aborted ? ctx.signal.reason : undefined;
  const stoppedBy = stopped instanceof InterruptedError ? { stoppedBy: stopped.stopSignal } : {};
  const report = buildReport({ command: commandLine, startedAt, results, failOn: g.failOn, ...(verdicts ? { verdicts } : {}), ...stoppedBy });
  const width = ctx.io.stdout.columns;
  const text = renderReport(report, g.format, {
    color: g.color,
    verbose: g.verbose,
    quiet: g.quiet,
    ...(width ? { width } : {}),
    ...(g.thresholds ? { thresholds: g.thresholds } : {}),
  });
  if (g.output) {
    await writeFileAtomic(g.output, text).catch((err: unknown) => {
      throw new InputError(`cannot write report to ${g.output}: ${errorMessage(err)}`);
    });
    if (!g.quiet) ctx.io.stderr.write(`report written to ${g.output}\n`);
  } else {
    ctx.io.stdout.write(text);
  }
  await plan.afterReport?.(report);
  return g.format === 'nagios' ? nagiosExitCode(report, g.thresholds) : report.exitCode;
}
