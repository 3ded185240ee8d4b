// `maildoctor logs [DIR|FILE...]`: one streaming pass over email.log, error.log and service.log, classified; or --follow.
import { Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { logsCheck, logsSettings, type LogsInput } from '../logs/check.js';
import { followLogs, type FollowEvent } from '../logs/follow.js';
import type { CommandSpec } from './types.js';

function intArg(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, not "${value}"`);
    return Number(value);
  };
}

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

/** The logs command. */
export const LOGS_COMMAND: CommandSpec = {
  name: 'logs',
  args: '[paths...]',
  summary: 'Scan email.log, error.log and service.log (rotations, .gz) in one pass: causes, counts, times, mailboxes, timeline, fixes',
  examples: [
    'maildoctor logs',
    'maildoctor logs /opt/flotomate/main-server/apolo/logs --since 2h',
    'maildoctor logs --tenant apolo --address support@company.com --format json',
    'maildoctor logs ./logs --grep "Mailbox (full|quota)" --bucket 15m',
    'maildoctor logs --tenant apolo --follow',
  ],
  configure(cmd) {
    cmd
      .option('--tenant <name>', 'only /opt/flotomate/main-server/NAME/logs/ (without paths)')
      .option('--since <time>', 'only lines at or after: 2h, 30m, 1d, "2026-11-21 10:15:32,123" or ISO 8601')
      .option('--until <time>', 'only lines at or before (same forms); also the "now" for --stale-after')
      .option('--address <email>', 'only lines mentioning this address (the guide\'s search by address)')
      .option('--grep <pattern>', 'also count lines matching this regular expression (case-insensitive)')
      .option('--stale-after <duration>', 'report "Polling stopped" when the last email fetch is older than this', '30m')
      .option('--bucket <duration>', 'timeline bucket width', '1h')
      .addOption(new Option('--samples <n>', 'sample lines per cause').argParser(intArg('--samples')).default(3))
      .addOption(new Option('--workers <n>', 'scanning threads, the main one included (default: one per core)').argParser(intArg('--workers')))
      .option('--follow', 'print classified lines as they are written (across rotation) until Ctrl-C');
  },
  useAction(opts) {
    return opts.follow === true;
  },
  async plan(args, opts, ctx) {
    return { checks: [logsCheck(logsSettings(input(args, opts), ctx.io.cwd))] };
  },
  async action(args, opts, ctx) {
    const settings = logsSettings(input(args, opts), ctx.io.cwd);
    const files = settings.sources.flatMap((s) => s.files.filter((f) => f.current && !f.gz).map((f) => f.path));
    if (files.length === 0) throw new UsageError('--follow found no email.log, error.log or service.log to follow');
    const json = ctx.global.format === 'json';
    if (!json) ctx.io.stderr.write(`following ${files.join(', ')} (Ctrl-C to stop)\n`);
    await followLogs({ files, address: settings.opts.address, grep: settings.opts.grep, signal: ctx.signal, emit: (e) => ctx.io.stdout.write(formatEvent(e, json)) });
    return 0;
  },
};
