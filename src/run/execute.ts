// A report command after parsing: plan -> runner -> report -> renderer -> output; loaded only once a command runs.
import { writeFile } from 'node:fs/promises';
import { InputError, errorMessage } from '../core/errors.js';
import { buildReport } from '../core/report.js';
import { runChecks } from '../core/runner.js';
import { nagiosExitCode, renderReport } from '../render/index.js';
import { createProgress } from '../render/progress.js';
import type { CommandContext, CommandPlan } from '../core/kind.js';

/** Runs the planned checks, writes the rendered report and returns the exit code. */
export async function executePlan(plan: CommandPlan, ctx: CommandContext, commandLine: string): Promise<number> {
  const g = ctx.global;
  const timeoutMs = g.timeoutExplicit || plan.timeoutMs === undefined ? g.timeoutMs : plan.timeoutMs;
  const showProgress = g.format === 'text' && !g.quiet && !g.output && Boolean(ctx.io.stdout.isTTY) && Boolean(ctx.io.stderr.isTTY) && !ctx.io.env.CI;
  const progress = await createProgress(showProgress, ctx.io.stderr, g.color);
  const startedAt = new Date();
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
  const verdicts = plan.verdicts?.(results);
  const report = buildReport({ command: commandLine, startedAt, results, failOn: g.failOn, ...(verdicts ? { verdicts } : {}) });
  const width = ctx.io.stdout.columns;
  const text = renderReport(report, g.format, { color: g.color, verbose: g.verbose, quiet: g.quiet, ...(width ? { width } : {}) });
  if (g.output) {
    await writeFile(g.output, text).catch((err: unknown) => {
      throw new InputError(`cannot write report to ${g.output}: ${errorMessage(err)}`);
    });
    if (!g.quiet) ctx.io.stderr.write(`report written to ${g.output}\n`);
  } else {
    ctx.io.stdout.write(text);
  }
  await plan.afterReport?.(report);
  return g.format === 'nagios' ? nagiosExitCode(report) : report.exitCode;
}
