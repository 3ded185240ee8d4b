// The quartz and service check types for `maildoctor run` configs.
import type { CheckKind } from '../checks/types.js';
import { buildQuartzChecks } from './build.js';
import { DEFAULT_SERVICE, serviceCheck } from './service-check.js';

/** `type: quartz` in a config: the same settings as the command-line options. */
export const QUARTZ_KIND: CheckKind = {
  type: 'quartz',
  summary: 'Quartz email polling trigger from PostgreSQL or exported tables',
  fields: {
    db: { type: 'string', description: 'postgres://USER@HOST:PORT/DB (no password); empty for the PG* variables' },
    files: { type: 'string[]', nonEmpty: true, description: 'exported qrtz_ tables (CSV, TSV, JSON)' },
    schema: { type: 'string', description: 'schema of the qrtz_ tables (default master)' },
    job: { type: 'string', description: 'regular expression for the email polling job' },
    staleAfter: { type: 'string', description: 'duration after which PREV_FIRE_TIME is stale, e.g. 10m' },
    asOf: { type: 'string', description: 'moment the export was taken (epoch ms or ISO 8601)' },
    tz: { type: 'string', description: 'time zone of zone-less dates in exports' },
    dateOrder: { type: 'string', enum: ['dmy', 'mdy'], description: 'order of numeric dates in exports' },
    passwordEnv: { type: 'string', description: 'environment variable holding the database password' },
    passwordFile: { type: 'string', description: 'file holding the database password' },
  },
  fromConfig(entry, ctx) {
    const e = entry as Record<string, string | string[] | undefined>;
    return buildQuartzChecks(
      { ...e, ...(e.db !== undefined ? { db: e.db === '' ? true : (e.db as string) } : {}), service: false },
      { io: { stdin: process.stdin, stderr: process.stderr, env: ctx.env }, baseDir: ctx.baseDir, signal: new AbortController().signal },
    );
  },
};

/** `type: service` in a config: `systemctl status` of the application unit. */
export const SERVICE_KIND: CheckKind = {
  type: 'service',
  summary: 'systemd status of the helpdesk application service',
  fields: { name: { type: 'string', description: `systemd unit (default ${DEFAULT_SERVICE})` } },
  fromConfig(entry) {
    return [serviceCheck(typeof entry.name === 'string' ? entry.name : DEFAULT_SERVICE)];
  },
};
