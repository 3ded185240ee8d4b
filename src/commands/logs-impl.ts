// What `maildoctor logs` does: one logs check over the sources found, or --follow printing classified lines.
import { UsageError } from '../core/errors.js';
import { logsCheck, logsSettings, type LogsInput } from '../logs/check.js';
import { followLogs, type FollowEvent } from '../logs/follow.js';
import { prewarmWorkers } from '../logs/warm-workers.js';
import type { ActionFn, PlanFn } from './lazy.js';

function input(args: string[], opts: Record<string, unknown>): LogsInput {
  const str = (k: string): string | undefined => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
  return {
    paths: args,
    tenant: str('tenant'),
    since: str('since'),
    until: str('until'),
    address: str('address'),
    grep: str('grep'),
    bucket: str('bucket'),
    staleAfter: str('staleAfter'),
    samples: typeof opts.samples === 'number' ? opts.samples : undefined,
    workers: typeof opts.workers === 'number' ? opts.workers : undefined,
  };
}

function formatEvent(e: FollowEvent, json: boolean): string {
  if (json) return `${JSON.stringify(e)}\n`;
  return `${e.time ?? '-'} ${e.severity.toUpperCase().padEnd(4)} ${e.cause}  ${e.file}: ${e.line}\n`;
}

/** Builds the logs check. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const settings = logsSettings(input(args, opts), ctx.io.cwd);
  prewarmWorkers(settings.workers);
  return { checks: [logsCheck(settings)] };
};

/** Follows the current logs until Ctrl-C. */
export const action: ActionFn = async (args, opts, ctx) => {
  const settings = logsSettings(input(args, opts), ctx.io.cwd);
  const files = settings.sources.flatMap((s) => s.files.filter((f) => f.current && !f.gz).map((f) => f.path));
  if (files.length === 0) throw new UsageError('--follow found no email.log, error.log or service.log to follow');
  const json = ctx.global.format === 'json';
  const ready = () => (json ? undefined : ctx.io.stderr.write(`following ${files.join(', ')} (Ctrl-C to stop)\n`));
  await followLogs({ files, address: settings.opts.address, grep: settings.opts.grep, signal: ctx.signal, emit: (e) => ctx.io.stdout.write(formatEvent(e, json)), ready });
  return 0;
};
