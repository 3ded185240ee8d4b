// `maildoctor logs [DIR|FILE...]` and `type: logs`: one streaming pass over email.log, error.log and service.log,
// classified; on the command line `--follow` prints classified lines as they are written instead.
import { UsageError } from '../core/errors.js';
import { defineKind } from '../core/kind.js';
import type { FollowEvent } from './scan/index.js';

const load = async () => ({ ...(await import('./check.js')), ...(await import('./scan/index.js')) });

/** Defaults of the scan's window and tallies (the logs check applies them to direct callers too). */
export const LOGS_DEFAULTS = { samples: 3, bucket: '1h', staleAfter: '30m' } as const;

/** The logs check kind. */
export const LOGS_KIND = defineKind({
  id: 'logs',
  summary: 'Scan email.log, error.log and service.log (rotations, .gz) in one pass: causes, counts, times, mailboxes, timeline, fixes',
  examples: [
    'maildoctor logs',
    'maildoctor logs /opt/flotomate/main-server/apolo/logs --since 2h',
    'maildoctor logs --tenant apolo --address support@company.com --format json',
    'maildoctor logs ./logs --grep "Mailbox (full|quota)" --bucket 15m',
    'maildoctor logs --tenant apolo --follow',
  ],
  options: {
    paths: {
      type: 'string[]',
      positional: true,
      input: true,
      description: 'logs folders or files ("-" or /dev/stdin: standard input); none: every /opt/flotomate/main-server/*/logs/',
    },
    tenant: { type: 'string', arg: 'name', description: 'only /opt/flotomate/main-server/NAME/logs/ (without paths)' },
    since: { type: 'string', arg: 'time', description: 'only lines at or after: 2h, 30m, 1d, "2026-11-21 10:15:32,123" or ISO 8601' },
    until: { type: 'string', arg: 'time', description: 'only lines at or before (same forms); also the "now" for --stale-after' },
    address: { type: 'string', arg: 'email', description: "only lines mentioning this address (the guide's search by address)" },
    grep: { type: 'string', arg: 'pattern', description: 'also count lines matching this regular expression (case-insensitive)' },
    staleAfter: {
      type: 'string',
      duration: true,
      arg: 'duration',
      default: LOGS_DEFAULTS.staleAfter,
      description: 'report "Polling stopped" when the last email fetch is older than this',
    },
    bucket: { type: 'string', duration: true, arg: 'duration', default: LOGS_DEFAULTS.bucket, description: 'timeline bucket width' },
    samples: { type: 'number', integer: true, min: 0, max: 100, arg: 'n', default: LOGS_DEFAULTS.samples, description: 'sample lines per cause' },
    workers: {
      type: 'number',
      integer: true,
      min: 0,
      max: 64,
      arg: 'n',
      config: false,
      description: 'scanning threads, the main one included (default: one per core)',
    },
    follow: { type: 'boolean', config: false, description: 'print classified lines as they are written (across rotation) until Ctrl-C' },
  },
  load,
  async build(v, ctx) {
    const { logsCheck, logsSettings, prewarmWorkers } = await load();
    const settings = logsSettings({ ...v, paths: v.paths ?? [] }, ctx.io.cwd, undefined, ctx.now());
    prewarmWorkers(settings.workers);
    return [logsCheck(settings)];
  },
  async perform(v, ctx) {
    if (!v.follow) return undefined;
    const { logsSettings, followLogs } = await load();
    const settings = logsSettings({ ...v, paths: v.paths ?? [] }, ctx.io.cwd, undefined, ctx.now());
    const files = settings.sources.flatMap((s) => s.files.filter((f) => f.current && !f.gz && !f.binary).map((f) => f.path));
    if (files.length === 0) throw new UsageError('--follow found no email.log, error.log or service.log to follow');
    const json = ctx.global.format === 'json';
    const ready = () => (json ? undefined : ctx.io.stderr.write(`following ${files.join(', ')} (Ctrl-C to stop)\n`));
    const line = (e: FollowEvent) =>
      json ? `${JSON.stringify(e)}\n` : `${e.time ?? '-'} ${e.severity.toUpperCase().padEnd(4)} ${e.cause}  ${e.file}: ${e.line}\n`;
    await followLogs({ files, address: settings.opts.address, grep: settings.opts.grep, signal: ctx.signal, emit: (e) => ctx.io.stdout.write(line(e)), ready });
    return 0;
  },
});
