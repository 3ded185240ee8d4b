// What `maildoctor threaddump` does: analyses the dump files given, or takes dumps first with --collect.
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { threadDumpChecks } from '../logs/threaddump/check.js';
import { collectAndAnalyse } from '../logs/threaddump/collect-check.js';
import { MAX_COUNT, parseInterval, parseWhole } from '../logs/threaddump/options.js';
import type { PlanFn } from './lazy.js';

/** Builds the thread dump checks. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const files = args.map((f) => resolve(ctx.io.cwd, f));
  if (!opts.collect) {
    for (const o of ['pid', 'out'] as const) if (opts[o] !== undefined) throw new UsageError(`--${o} needs --collect`);
    if (opts.count !== '1') throw new UsageError('--count needs --collect');
    if (files.length === 0) throw new UsageError('give one or more thread dump files, or --collect to take dumps of the running JVM');
    return { checks: await threadDumpChecks(files, ctx.signal) };
  }
  const count = parseWhole('--count', opts.count, 1, MAX_COUNT);
  const intervalMs = parseInterval(String(opts.interval));
  const pid = opts.pid === undefined ? undefined : parseWhole('--pid', opts.pid, 1, 2 ** 22);
  const checks = await collectAndAnalyse(
    {
      ...(pid !== undefined ? { pid } : {}),
      ...(typeof opts.out === 'string' ? { outDir: resolve(ctx.io.cwd, opts.out) } : {}),
      count,
      intervalMs,
      env: ctx.io.env,
      cwd: ctx.io.cwd,
      signal: ctx.signal,
      timeoutMs: ctx.global.timeoutMs,
    },
    files,
  );
  return { checks };
};
