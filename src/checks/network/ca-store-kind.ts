// `maildoctor ca-store [HOST:PORT]` and `type: ca-store`: the OS bundle and Java's cacerts, side by side.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { parseHostPort } from '../../core/host-port.js';
import { defineKind, type BuildContext } from '../../core/kind.js';
import { STALE_BUNDLE_DAYS } from './constants.js';

const load = () => import('./ca-store.js');

/** A file option resolved against the base folder; a missing file is an InputError naming the option. */
function existingFile(value: string | undefined, key: string, ctx: BuildContext): string | undefined {
  if (value === undefined) return undefined;
  const path = resolve(ctx.io.cwd, value);
  if (!existsSync(path)) throw new InputError(`${ctx.name(key)} ${path}: no such file`);
  return path;
}

/** The ca-store check kind. */
export const CA_STORE_KIND = defineKind({
  id: 'ca-store',
  summary: 'Check the system CA bundle (present, readable, age) and whether Java cacerts trusts the same root as the OS for a server',
  examples: ['maildoctor ca-store smtp.office365.com:587', 'maildoctor ca-store imap.gmail.com:993 --cacerts /opt/helpdesk/jre/lib/security/cacerts'],
  options: {
    target: { type: 'string', positional: true, description: 'HOST:PORT whose chain root both stores must trust' },
    bundle: { type: 'string', arg: 'file', description: "system CA bundle to read (default: /etc/ssl/certs/ca-certificates.crt or the distribution's)" },
    cacerts: { type: 'string', arg: 'file', description: 'Java keystore to read (default: JAVA_HOME or the java on PATH); the helpdesk may ship its own JRE' },
    staleDays: {
      type: 'number',
      integer: true,
      min: 1,
      max: 99999,
      arg: 'n',
      description: `flag a bundle not updated for this many days (default ${STALE_BUNDLE_DAYS})`,
    },
  },
  load,
  async build(v, ctx) {
    const { caStoreCheck } = await load();
    const bundle = existingFile(v.bundle, 'bundle', ctx);
    const cacerts = existingFile(v.cacerts, 'cacerts', ctx);
    const target = v.target === undefined ? undefined : parseHostPort(v.target);
    return [
      caStoreCheck({
        env: ctx.io.env,
        ...(target ? { target } : {}),
        ...(bundle ? { bundle } : {}),
        ...(cacerts ? { cacerts } : {}),
        ...(v.staleDays ? { staleDays: v.staleDays } : {}),
      }),
    ];
  },
});
