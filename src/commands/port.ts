// `maildoctor port HOST:PORT...`: TCP reachability of each target, concurrently.
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** The port command. */
export const PORT_COMMAND: CommandSpec = {
  name: 'port',
  args: '<targets...>',
  summary: 'TCP connect to each HOST:PORT, name the protocol expected there; --mail-ports tries every mail port of a bare HOST',
  examples: ['maildoctor port smtp.office365.com:587 outlook.office365.com:993', 'maildoctor port smtp.gmail.com --mail-ports', 'maildoctor port [2001:db8::25]:25 --timeout 3000'],
  configure(cmd) {
    cmd.option('--mail-ports', 'a HOST given without a port is tried on every mail port: 587 465 25 993 143 995 110 443');
  },
  plan: lazyPlan(() => import('./port-impl.js')),
};
