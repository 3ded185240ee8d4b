// `maildoctor logs [DIR|FILE...]`: one streaming pass over email.log, error.log and service.log, classified; or --follow.
import { Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { lazyAction, lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

function intArg(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, not "${value}"`);
    return Number(value);
  };
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
  plan: lazyPlan(() => import('./logs-impl.js')),
  action: lazyAction(() => import('./logs-impl.js')),
};
