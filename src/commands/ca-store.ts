// `maildoctor ca-store [HOST:PORT] [--bundle FILE] [--cacerts FILE]`: the OS bundle and Java's cacerts, side by side.
import { STALE_BUNDLE_DAYS } from '../checks/network/constants.js';
import { lazyPlan } from './lazy.js';
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
  plan: lazyPlan(() => import('./ca-store-impl.js')),
};
