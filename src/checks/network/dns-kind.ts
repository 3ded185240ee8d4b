// `type: dns` in a run config: names, record types, and where to ask.
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { parseHost } from '../../core/host-port.js';
import { dnsCheck, type DnsSource } from './dns.js';
import { QUERY_TYPES, type QueryType } from './dns-query.js';
import { parseNameServer } from './name-server.js';
import { readResolvConf, resolvConfPath } from './resolv-conf.js';
import type { CheckKind } from '../types.js';

/** Where to ask, from config values: `servers`, else `resolvConf`, else MAILDOCTOR_RESOLV_CONF, else /etc/resolv.conf. */
export async function sourceFromConfig(servers: unknown, resolvConf: unknown, env: NodeJS.ProcessEnv, baseDir: string): Promise<DnsSource> {
  const list = Array.isArray(servers) ? (servers as string[]) : [];
  if (list.length > 0) return { servers: list.map((s) => parseNameServer(s, `servers "${s}"`)) };
  const where = resolvConfPath(resolvConf, env);
  return { conf: await readResolvConf(where.explicit ? resolve(baseDir, where.path) : where.path, where.explicit) };
}

/** `type: dns`: `hosts`, optional `types` (default [A]), `servers`, `resolvConf`. */
export const DNS_KIND: CheckKind = {
  type: 'dns',
  summary: 'Resolve names at each nameserver and compare with the system resolver (nslookup)',
  fields: {
    hosts: { type: 'string[]', required: true, nonEmpty: true, description: 'host names to resolve' },
    types: { type: 'string[]', description: `record types: ${QUERY_TYPES.join(', ')} (default A)` },
    servers: { type: 'string[]', description: 'nameservers IP[:PORT] to ask instead of resolv.conf' },
    resolvConf: { type: 'string', description: 'resolv.conf to read instead of /etc/resolv.conf' },
  },
  async fromConfig(entry, ctx) {
    const types = ((entry.types as string[] | undefined) ?? ['A']).map((t) => t.toUpperCase());
    for (const t of types) if (!(QUERY_TYPES as readonly string[]).includes(t)) throw new UsageError(`types: "${t}" is not one of ${QUERY_TYPES.join(', ')}`);
    const source = await sourceFromConfig(entry.servers, entry.resolvConf, ctx.env, ctx.baseDir);
    return (entry.hosts as string[]).flatMap((h) => types.map((t) => dnsCheck(parseHost(h, `dns host "${h}"`), t as QueryType, source)));
  },
};
