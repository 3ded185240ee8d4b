// What `maildoctor dns` does: one dns check per host and record type.
import { dnsCheck } from '../checks/network/dns.js';
import { sourceFromConfig } from '../checks/network/dns-kind.js';
import { QUERY_TYPES, type QueryType } from '../checks/network/dns-query.js';
import { UsageError } from '../core/errors.js';
import { parseHost } from '../core/host-port.js';
import type { PlanFn } from './lazy.js';

/** Parses `--type A,MX` (repeatable) into record types. */
export function parseQueryTypes(value: unknown): QueryType[] {
  const raw = Array.isArray(value) ? value : value === undefined ? ['A'] : [value];
  const types = raw.flatMap((v) => String(v).split(',')).map((t) => t.trim().toUpperCase()).filter(Boolean);
  for (const t of types) if (!(QUERY_TYPES as readonly string[]).includes(t)) throw new UsageError(`--type: "${t}" is not one of ${QUERY_TYPES.join(', ')}`);
  return [...new Set(types)] as QueryType[];
}

/** Builds the dns checks. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const types = parseQueryTypes(opts.type);
  const hosts = args.map((h) => parseHost(h, `"${h}"`));
  const source = await sourceFromConfig(opts.server, opts.resolvConf, ctx.io.env, ctx.io.cwd);
  return { checks: hosts.flatMap((h) => types.map((t) => dnsCheck(h, t, source))) };
};
