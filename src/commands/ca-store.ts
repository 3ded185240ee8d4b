// `maildoctor ca-store [HOST:PORT] [--bundle FILE] [--cacerts FILE]`: the OS bundle and Java's cacerts, side by side.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { caStoreCheck, STALE_BUNDLE_DAYS } from '../checks/ca-store.js';
import { InputError, UsageError } from '../core/errors.js';
import { parseHostPort } from '../core/host-port.js';
import type { CommandSpec } from './types.js';

/** The ca-store command. */
export const CA_STORE_COMMAND: CommandSpec = {
  name: 'ca-store',
  args: '[target]',
  summary: 'Check the system CA bundle (present, readable, age) and whether Java cacerts trusts the same root as the OS for a server',
  examples: ['maildoctor ca-store smtp.office365.com:587', 'maildoctor ca-store imap.gmail.com:993 --cacerts /opt/helpdesk/jre/lib/security/cacerts'],
  configure(cmd) {
    cmd
      .option('--bundle <file>', 'system CA bundle to read (default: /etc/ssl/certs/ca-certificates.crt or the distribution\'s)')
      .option('--cacerts <file>', 'Java keystore to read (default: JAVA_HOME or the java on PATH); the helpdesk may ship its own JRE')
      .option('--stale-days <n>', `flag a bundle not updated for this many days (default ${STALE_BUNDLE_DAYS})`);
  },
  async plan(args, opts, ctx) {
    const file = (v: unknown, name: string) => {
      if (typeof v !== 'string') return undefined;
      const p = resolve(ctx.io.cwd, v);
      if (!existsSync(p)) throw new InputError(`${name} ${p}: no such file`);
      return p;
    };
    const bundle = file(opts.bundle, '--bundle');
    const cacerts = file(opts.cacerts, '--cacerts');
    let staleDays: number | undefined;
    if (opts.staleDays !== undefined) {
      if (!/^\d{1,5}$/.test(String(opts.staleDays)) || Number(opts.staleDays) < 1) throw new UsageError(`--stale-days: "${String(opts.staleDays)}" is not a whole number of days`);
      staleDays = Number(opts.staleDays);
    }
    const target = args[0] ? parseHostPort(args[0]) : undefined;
    return { checks: [caStoreCheck({ env: ctx.io.env, ...(target ? { target } : {}), ...(bundle ? { bundle } : {}), ...(cacerts ? { cacerts } : {}), ...(staleDays ? { staleDays } : {}) })] };
  },
};
