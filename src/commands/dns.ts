// `maildoctor dns HOST... [--server IP[:PORT]] [--type A|AAAA|MX|CNAME|TXT] [--resolv-conf FILE]`.
import { QUERY_TYPES } from '../checks/network/constants.js';
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The dns command. */
export const DNS_COMMAND: CommandSpec = {
  name: 'dns',
  args: '<hosts...>',
  summary: 'Ask each nameserver (resolv.conf or --server) for a name; tell no nameserver, unreachable, NXDOMAIN and fine apart',
  examples: ['maildoctor dns smtp.office365.com imap.gmail.com email-app.serviceops.ai', 'maildoctor dns example.com --type MX --server 8.8.8.8', 'maildoctor dns mail.corp.local --resolv-conf /tmp/resolv.conf'],
  configure(cmd) {
    cmd
      .option('--server <ip[:port]>', 'ask this nameserver instead of those in resolv.conf (repeatable)', collect)
      .option('--type <types>', `record types, comma-separated or repeated: ${QUERY_TYPES.join(', ')} (default A)`, collect)
      .option('--resolv-conf <file>', 'read nameservers and options from this file instead of /etc/resolv.conf (also MAILDOCTOR_RESOLV_CONF)');
  },
  plan: lazyPlan(() => import('./dns-impl.js')),
};
