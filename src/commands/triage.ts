// `maildoctor triage [NAME...] [--literal IP:PORT]`: is it DNS or is it the network? One plain verdict.
import { GUIDE_HOST_TARGETS } from '../checks/network/host-defaults.js';
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The triage command. */
export const TRIAGE_COMMAND: CommandSpec = {
  name: 'triage',
  args: '[names...]',
  summary: 'DNS or connectivity? Resolve names and connect to literal IPs over TCP, then give one verdict',
  examples: ['maildoctor triage', 'maildoctor triage smtp.office365.com --literal 8.8.8.8:53 --literal 1.1.1.1:443'],
  configure(cmd) {
    cmd
      .option('--literal <ip:port>', `literal IP:PORT that should answer (repeatable; default ${GUIDE_HOST_TARGETS.triage.literals.join(', ')})`, collect)
      .option('--server <ip[:port]>', 'resolve with this nameserver instead of the system resolver (repeatable)', collect)
      .option('--resolv-conf <file>', 'resolve with the nameservers of this file instead of the system resolver');
  },
  plan: lazyPlan(() => import('./triage-impl.js')),
};
