// `maildoctor audit EXPORT...`: reads Email Audit exports and says what needs action and where emails stopped.
import { Option } from 'commander';
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** The audit command. */
export const AUDIT_COMMAND: CommandSpec = {
  name: 'audit',
  args: '<exports...>',
  summary: 'Read an Email Audit export (CSV, TSV or JSON): causes and fixes, stuck emails, unsent notifications, SEND_FAILED spikes',
  examples: [
    'maildoctor audit email-audit.csv',
    'maildoctor audit email-audit.csv --since 24h --server "Support Mailbox"',
    'maildoctor audit email-audit.csv --status SEND_FAILED,SEND_IGNORED --json',
  ],
  configure(cmd) {
    cmd
      .option('--since <when>', 'only entries from this time on: a duration (2h, 7d) or a date ("2026-11-21 08:00")')
      .option('--until <when>', 'only entries up to this time')
      .option('--server <name>', 'only entries of this email server')
      .option('--status <statuses>', 'only these statuses, comma-separated (e.g. SEND_FAILED,SEND_IGNORED)')
      .addOption(new Option('--date-order <order>', 'day order of numeric dates when the column cannot tell').choices(['dmy', 'mdy']));
  },
  plan: lazyPlan(() => import('./audit-impl.js')),
};
