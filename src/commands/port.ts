// `maildoctor port HOST:PORT...`: TCP reachability of each target, concurrently.
import { portCheck } from '../checks/port.js';
import { parseHostPort } from '../core/host-port.js';
import type { CommandSpec } from './types.js';

/** The port command. */
export const PORT_COMMAND: CommandSpec = {
  name: 'port',
  args: '<targets...>',
  summary: 'TCP connect to each HOST:PORT and tell refused, timed out, unreachable and DNS failures apart',
  examples: ['maildoctor port smtp.office365.com:587 outlook.office365.com:993', 'maildoctor port [2001:db8::25]:25 --timeout 3000'],
  async plan(args) {
    return { checks: args.map((a) => portCheck(parseHostPort(a))) };
  },
};
