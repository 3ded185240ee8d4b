// `maildoctor quartz`: the email polling trigger in qrtz_triggers (database or export), plus the service status.
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The quartz command. */
export const QUARTZ_COMMAND: CommandSpec = {
  name: 'quartz',
  summary: 'Check the Quartz email polling trigger (TRIGGER_STATE, PREV/NEXT_FIRE_TIME) from PostgreSQL or an exported query result',
  examples: [
    'maildoctor quartz --db postgres://flotomate@127.0.0.1:5432/flotomate --password-env PGPASS',
    'maildoctor quartz --file qrtz_triggers.csv --file qrtz_simple_triggers.csv --as-of 2026-11-21T14:05:00Z --tz Asia/Kolkata',
    'PGHOST=db1 PGUSER=flotomate maildoctor quartz --db --schema master --job "EmailFetch"',
  ],
  configure(cmd) {
    cmd
      .option('--db [url]', 'PostgreSQL URL postgres://USER@HOST:PORT/DB (no password in it); without a value, the PG* variables')
      .option('--file <export>', 'exported query result (CSV, TSV, psql output or JSON) of a qrtz_ table; repeat for several tables', collect)
      .option('--schema <name>', 'schema of the qrtz_ tables', 'master')
      .option('--job <pattern>', 'regular expression for the email polling job or trigger name (default: email/mailbox fetch/poll names)')
      .option('--stale-after <duration>', 'PREV_FIRE_TIME older than this is stale (default: 3 repeat intervals, at least 5m)')
      .option('--as-of <time>', 'judge the rows as of this moment (epoch ms or ISO 8601), e.g. when the export was taken')
      .option('--tz <zone>', 'time zone of dates without one in exports (default: this machine\'s)')
      .option('--date-order <order>', 'dmy or mdy, for exports with dates like 03/04/2026')
      .option('--password-env <var>', 'environment variable holding the database password')
      .option('--password-file <path>', 'file holding the database password')
      .option('--service <name>', 'systemd unit of the application', 'flotomate-main')
      .option('--no-service', 'do not check the service status');
  },
  plan: lazyPlan(() => import('./quartz-impl.js')),
};
