// `maildoctor quartz` and `type: quartz`: the email polling trigger in qrtz_triggers (database or export).
import { defineKind } from '../core/kind.js';
import { DEFAULT_SERVICE } from './service/kind.js';

const load = () => import('./build.js');

/** The quartz check kind; on the command line it adds the service status unless --no-service. */
export const QUARTZ_KIND = defineKind({
  id: 'quartz',
  summary: 'Check the Quartz email polling trigger (TRIGGER_STATE, PREV/NEXT_FIRE_TIME) from PostgreSQL or an exported query result',
  examples: [
    'maildoctor quartz --db postgres://flotomate@127.0.0.1:5432/flotomate --password-env PGPASS',
    'maildoctor quartz --file qrtz_triggers.csv --file qrtz_simple_triggers.csv --as-of 2026-11-21T14:05:00Z --tz Asia/Kolkata',
    'PGHOST=db1 PGUSER=flotomate maildoctor quartz --db --schema master --job "EmailFetch"',
  ],
  options: {
    db: {
      type: 'string',
      cli: '--db [url]',
      optionalValue: true,
      description: 'PostgreSQL URL postgres://USER@HOST:PORT/DB (no password in it); without a value, the PG* variables',
    },
    files: {
      type: 'string[]',
      cli: '--file <export>',
      input: true,
      description: 'exported query result (CSV, TSV, psql output or JSON) of a qrtz_ table ("-": standard input); repeat for several tables',
    },
    schema: { type: 'string', arg: 'name', default: 'master', description: 'schema of the qrtz_ tables' },
    job: {
      type: 'string',
      arg: 'pattern',
      description: 'regular expression for the email polling job or trigger name (default: email/mailbox fetch/poll names)',
    },
    staleAfter: {
      type: 'string',
      duration: true,
      arg: 'duration',
      description: 'PREV_FIRE_TIME older than this is stale (default: 3 repeat intervals, at least 5m)',
    },
    asOf: { type: 'string', arg: 'time', description: 'judge the rows as of this moment (epoch ms or ISO 8601), e.g. when the export was taken' },
    tz: { type: 'string', arg: 'zone', description: "time zone of dates without one in exports (default: this machine's)" },
    dateOrder: { type: 'string', enum: ['dmy', 'mdy'], arg: 'order', description: 'dmy or mdy, for exports with dates like 03/04/2026' },
    passwordEnv: { type: 'string', arg: 'var', description: 'environment variable holding the database password' },
    passwordFile: { type: 'string', arg: 'path', description: 'file holding the database password' },
    service: {
      type: 'string',
      arg: 'name',
      config: false,
      default: DEFAULT_SERVICE,
      negatable: 'do not check the service status',
      description: 'systemd unit of the application',
    },
  },
  load,
  async build(v, ctx) {
    const { buildQuartzChecks } = await load();
    const { db, service, ...rest } = v;
    const settings = { ...rest, ...(db !== undefined ? { db: db === '' ? true : db } : {}), service: service ?? false };
    return buildQuartzChecks(settings, ctx);
  },
});
