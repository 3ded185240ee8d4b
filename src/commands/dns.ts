// `maildoctor dns HOST... [--server IP[:PORT]] [--type A|AAAA|MX|CNAME|TXT] [--resolv-conf FILE]`.
import { dnsCheck } from '../checks/dns.js';
import { sourceFromConfig } from '../checks/dns-kind.js';
import { QUERY_TYPES, type QueryType } from '../checks/probes/dns-query.js';
import { UsageError } from '../core/errors.js';
import { parseHost } from '../core/host-port.js';
import type { CommandSpec } from './types.js';

/** Parses `--type A,MX` (repeatable) into record types. */
export function parseQueryTypes(value: unknown): QueryType[] {
  const raw = Array.isArray(value) ? value : value === undefined ? ['A'] : [value];
  const types = raw.flatMap((v) => String(v).split(',')).map((t) => t.trim().toUpperCase()).filter(Boolean);
  for (const t of types) if (!(QUERY_TYPES as readonly string[]).includes(t)) throw new UsageError(`--type: "${t}" is not one of ${QUERY_TYPES.join(', ')}`);
  return [...new Set(types)] as QueryType[];
}

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
  async plan(args, opts, ctx) {
    const types = parseQueryTypes(opts.type);
    const hosts = args.map((h) => parseHost(h, `"${h}"`));
    const source = await sourceFromConfig(opts.server, opts.resolvConf, ctx.io.env, ctx.io.cwd);
    return { checks: hosts.flatMap((h) => types.map((t) => dnsCheck(h, t, source))) };
  },
};
