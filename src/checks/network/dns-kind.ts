// `maildoctor dns HOST...` and `type: dns`: names, record types, and where to ask (the guide's nslookup).
import { parseHost } from '../../core/host-port.js';
import { defineKind } from '../../core/kind.js';
import { QUERY_TYPES } from './constants.js';

const load = () => import('./dns.js');

/** The dns check kind. */
export const DNS_KIND = defineKind({
  id: 'dns',
  summary: 'Ask each nameserver (resolv.conf or --server) for a name; tell no nameserver, unreachable, NXDOMAIN and fine apart',
  examples: [
    'maildoctor dns smtp.office365.com imap.gmail.com email-app.serviceops.ai',
    'maildoctor dns example.com --type MX --server 8.8.8.8',
    'maildoctor dns mail.corp.local --resolv-conf /tmp/resolv.conf',
  ],
  options: {
    hosts: { type: 'string[]', positional: true, required: true, nonEmpty: true, description: 'host names to resolve' },
    servers: { type: 'string[]', cli: '--server <ip[:port]>', description: 'ask this nameserver instead of those in resolv.conf (repeatable)' },
    types: { type: 'string[]', cli: '--type <types>', description: `record types, comma-separated or repeated: ${QUERY_TYPES.join(', ')} (default A)` },
    resolvConf: {
      type: 'string',
      arg: 'file',
      description: 'read nameservers and options from this file instead of /etc/resolv.conf (also MAILDOCTOR_RESOLV_CONF)',
    },
  },
  load,
  async build(v, ctx) {
    const { dnsCheck, dnsSource, parseQueryTypes } = await load();
    const types = parseQueryTypes(v.types, ctx.name('types'));
    const hosts = v.hosts.map((h) => parseHost(h, `"${h}"`));
    const source = await dnsSource(v.servers, v.resolvConf, ctx.io.env, ctx.io.cwd);
    return hosts.flatMap((h) => types.map((t) => dnsCheck(h, t, source)));
  },
});
