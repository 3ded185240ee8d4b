// `maildoctor audit EXPORT...` and `type: audit`: what an Email Audit export says needs action and where emails stopped.
import { resolve } from 'node:path';
import { defineKind } from '../../core/kind.js';

const load = () => import('./check.js');

/** The audit check kind. */
export const AUDIT_KIND = defineKind({
  id: 'audit',
  summary: 'Read an Email Audit export (CSV, TSV or JSON): causes and fixes, stuck emails, unsent notifications, SEND_FAILED spikes',
  examples: [
    'maildoctor audit email-audit.csv',
    'maildoctor audit email-audit.csv --since 24h --server "Support Mailbox"',
    'maildoctor audit email-audit.csv --status SEND_FAILED,SEND_IGNORED --json',
  ],
  options: {
    files: {
      type: 'string[]',
      positional: true,
      input: true,
      required: true,
      nonEmpty: true,
      arg: 'exports',
      aliases: ['file'],
      description: 'exported Email Audit files (CSV, TSV or JSON; "-": standard input)',
    },
    since: { type: 'string', arg: 'when', description: 'only entries from this time on: a duration (2h, 7d) or a date ("2026-11-21 08:00")' },
    until: { type: 'string', arg: 'when', description: 'only entries up to this time' },
    server: { type: 'string', arg: 'name', description: 'only entries of this email server' },
    status: { type: 'string', arg: 'statuses', description: 'only these statuses, comma-separated (e.g. SEND_FAILED,SEND_IGNORED)' },
    dateOrder: { type: 'string', enum: ['dmy', 'mdy'], arg: 'order', description: 'day order of numeric dates when the column cannot tell' },
  },
  load,
  async build(v, ctx) {
    const { auditCheck } = await load();
    const { files, ...options } = v;
    const checks = [];
    for (const file of files) checks.push(await auditCheck(resolve(ctx.io.cwd, file), options, ctx.now()));
    return checks;
  },
});
