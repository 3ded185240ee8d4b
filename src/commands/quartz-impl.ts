// What `maildoctor quartz` does: hands the options to the scheduler's check builder.
import { buildQuartzChecks } from '../scheduler/build.js';
import type { PlanFn } from './lazy.js';

/** Builds the quartz checks. */
export const plan: PlanFn = async (_args, opts, ctx) => {
  const checks = await buildQuartzChecks(
    {
      ...(opts.db !== undefined ? { db: opts.db as string | boolean } : {}),
      ...(opts.file ? { files: opts.file as string[] } : {}),
      schema: opts.schema as string,
      ...(typeof opts.job === 'string' ? { job: opts.job } : {}),
      ...(typeof opts.staleAfter === 'string' ? { staleAfter: opts.staleAfter } : {}),
      ...(typeof opts.asOf === 'string' ? { asOf: opts.asOf } : {}),
      ...(typeof opts.tz === 'string' ? { tz: opts.tz } : {}),
      ...(typeof opts.dateOrder === 'string' ? { dateOrder: opts.dateOrder } : {}),
      ...(typeof opts.passwordEnv === 'string' ? { passwordEnv: opts.passwordEnv } : {}),
      ...(typeof opts.passwordFile === 'string' ? { passwordFile: opts.passwordFile } : {}),
      service: opts.service as string | boolean,
    },
    { io: { stdin: ctx.io.stdin, stderr: ctx.io.stderr, env: ctx.io.env }, baseDir: ctx.io.cwd, signal: ctx.signal },
  );
  return { checks };
};
