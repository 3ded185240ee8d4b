// The guide's `nslookup HOST` and `cat /etc/resolv.conf`: ask each nameserver and the system resolver; the system decides.
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { Check, CheckOutcome, FindingInput } from '../../core/types.js';
import type { CauseId } from '../../knowledge/index.js';
import { askAll, dataOf, type DnsPlan, type ServerAnswer } from './dns-lookup.js';
import { judgeBySystem, type NameserverVerdict } from './dns-system.js';
import { answeredLocally, hostsFileNames } from './hosts-file.js';
import { QUERY_TYPES, serverLabel, type NameServer, type QueryType } from './dns-query.js';
import { systemLookup, type LookupOutcome } from './lookup.js';
import { parseNameServer } from './name-server.js';
import { SYSTEM_RESOLV_CONF, readResolvConf, resolvConfPath, type ResolvConf } from './resolv-conf.js';

/** Where a dns check asks: explicit --server values, or a parsed resolv.conf. */
export type DnsSource = { servers: NameServer[] } | { conf: ResolvConf };

const RCODE_CAUSE: Record<string, CauseId> = { NXDOMAIN: 'dns.nxdomain', SERVFAIL: 'dns.servfail', REFUSED: 'dns.refused' };
/** Failures that are not silence: a truncated answer whose TCP retry failed, and a reply that is not DNS. */
const FAILURE_CAUSE: Record<string, CauseId> = { ETRUNCATED: 'dns.truncated-tcp-failed', EBADRESP: 'dns.not-dns' };

function plan(source: DnsSource, stepMs: number): DnsPlan {
  if ('servers' in source) return { servers: source.servers, timeoutMs: stepMs, attempts: 1 };
  const c = source.conf;
  return {
    servers: c.nameservers.map((n) => parseNameServer(n, `${c.path}: nameserver`)),
    conf: c,
    timeoutMs: Math.min(c.timeout * 1000, stepMs),
    attempts: Math.min(c.attempts, 3),
  };
}

function describe(a: ServerAnswer, type: QueryType): string {
  const o = a.outcome;
  if (!o.ok)
    return `${o.server}: ${o.code === 'EBADRESP' ? 'answered with data that is not DNS' : o.code === 'ETRUNCATED' ? o.message : `no answer (${o.code})`} after ${o.tries} ${o.tries === 1 ? 'try' : 'tries'}, ${o.ms} ms`;
  const data = dataOf(a, type);
  return `${o.server}: ${o.rcode}${data.length ? ` ${data.join(', ')}` : o.rcode === 'NOERROR' ? ' (no records)' : ''} for ${a.name} in ${o.ms} ms${o.tcp ? ' (TCP)' : ''}`;
}

function systemFindings(name: string, type: QueryType, answered: ServerAnswer | undefined, sys: LookupOutcome): FindingInput[] {
  if ((type !== 'A' && type !== 'AAAA') || !answered || !answered.outcome.ok) return [];
  const family = type === 'A' ? 4 : 6;
  const dns = dataOf(answered, type).sort();
  const system = sys.ok
    ? sys.addresses
        .filter((a) => a.family === family)
        .map((a) => a.address)
        .sort()
    : [];
  if (!sys.ok && dns.length === 0) return [];
  if (sys.ok && system.length === 0 && dns.length === 0) return [];
  if (JSON.stringify(dns) === JSON.stringify(system)) return [];
  const sysText = sys.ok ? system.join(', ') || `no IPv${family} address` : `fails (${sys.code})`;
  return [
    {
      cause: 'dns.system-disagrees',
      detail: `the system resolver gives ${sysText} for ${name}; the nameserver gives ${dns.join(', ') || answered.outcome.rcode}`,
      evidence: { host: name, system: sys.ok ? system : sys.code, dns },
    },
  ];
}

function verdict(name: string, type: QueryType, answers: ServerAnswer[]): NameserverVerdict {
  const answered = answers.filter((a) => a.outcome.ok);
  const silent = answers.filter((a) => !a.outcome.ok);
  const findings: FindingInput[] = silent.map((a) => ({
    cause: (a.outcome.ok ? undefined : FAILURE_CAUSE[a.outcome.code]) ?? 'dns.server-unreachable',
    severity: answered.length > 0 ? ('warn' as const) : ('fail' as const),
    detail: describe(a, type),
    evidence: { host: name, server: a.outcome.server, code: a.outcome.ok ? undefined : a.outcome.code, ms: a.outcome.ms },
  }));
  const first = answered[0];
  if (!first || !first.outcome.ok) return { summary: `no nameserver answered for ${name} (${silent.map((a) => a.outcome.server).join(', ')})`, findings };
  const o = first.outcome;
  const data = dataOf(first, type);
  const kinds = new Set(answered.map((a) => (a.outcome.ok ? `${a.outcome.rcode}:${dataOf(a, type).sort().join(',')}` : '')));
  if (kinds.size > 1) findings.push({ cause: 'dns.servers-disagree', detail: answered.map((a) => describe(a, type)).join('; '), evidence: { host: name } });
  const rcodeCause = RCODE_CAUSE[o.rcode];
  if (rcodeCause) {
    findings.push({ cause: rcodeCause, detail: describe(first, type), evidence: { host: name, type, rcode: o.rcode, server: o.server, tried: first.tried } });
    return { summary: `${name}: ${o.rcode} from ${o.server}`, findings, answered: first };
  }
  if (data.length === 0) {
    findings.push({ cause: 'dns.nodata', detail: `${describe(first, type)}: no ${type} record`, evidence: { host: name, type, server: o.server } });
    return { summary: `${first.name} has no ${type} record (${o.server})`, findings, answered: first };
  }
  return { summary: `${first.name} ${type} ${data.join(', ')} from ${o.server} in ${o.ms} ms`, findings, answered: first };
}

/** Builds the dns check of one name and record type. */
export function dnsCheck(name: string, type: QueryType, source: DnsSource): Check {
  return {
    id: 'dns',
    title: `DNS ${type}`,
    target: type === 'A' ? name : `${name} ${type}`,
    async run(ctx): Promise<CheckOutcome> {
      const p = plan(source, ctx.timeoutMs);
      const confEvidence =
        'conf' in source
          ? {
              resolvConf: {
                path: source.conf.path,
                nameservers: source.conf.nameservers,
                search: source.conf.search,
                timeout: source.conf.timeout,
                attempts: source.conf.attempts,
              },
            }
          : {};
      const systemConf = 'conf' in source && source.conf.path === SYSTEM_RESOLV_CONF;
      const compare = !('conf' in source) || systemConf;
      const [answers, sys, hosts] = await Promise.all([
        askAll(name, type, p, ctx.signal),
        compare ? systemLookup(name.replace(/\.$/, ''), ctx.signal) : undefined,
        systemConf ? hostsFileNames(ctx.signal) : new Set<string>(),
      ]);
      // With the system's own resolv.conf, the system resolver (what the helpdesk's JVM uses) decides A and AAAA.
      const decides =
        systemConf && sys && (type === 'A' || type === 'AAAA')
          ? (ns: NameserverVerdict) => judgeBySystem(name, type, ns, sys, answeredLocally(name, hosts))
          : undefined;
      const system = !sys
        ? { skipped: `not compared: ${'conf' in source ? source.conf.path : ''} is not the system resolver configuration` }
        : sys.ok
          ? { addresses: sys.addresses.map((a) => a.address), ms: sys.ms }
          : { code: sys.code, ms: sys.ms };
      if (p.servers.length === 0) {
        const path = 'conf' in source ? source.conf.path : '--server';
        const none: NameserverVerdict = {
          summary: `no nameserver configured in ${path}`,
          findings: [
            {
              cause: 'dns.no-nameserver',
              detail: `${path} has no nameserver line${sys?.ok ? `; the system resolver still answers (${sys.addresses.map((a) => a.address).join(', ')}), probably from /etc/hosts` : ''}`,
              evidence: { path },
            },
          ],
        };
        return { ...(decides ? decides(none) : none), evidence: { host: name, type, ...confEvidence, system } };
      }
      const ns = verdict(name, type, answers);
      const v = decides
        ? { ...decides(ns), answered: ns.answered }
        : { ...ns, findings: [...ns.findings, ...(sys ? systemFindings(name, type, ns.answered, sys) : [])] };
      const servers = answers.map((a) =>
        a.outcome.ok
          ? {
              server: a.outcome.server,
              name: a.name,
              rcode: a.outcome.rcode,
              records: a.outcome.records,
              ms: a.outcome.ms,
              tcp: a.outcome.tcp,
              tries: a.outcome.tries,
            }
          : { server: a.outcome.server, name: a.name, error: a.outcome.code, ms: a.outcome.ms, tries: a.outcome.tries },
      );
      return {
        summary: v.summary,
        findings: v.findings,
        evidence: { host: name, type, servers, system, ...confEvidence, answeredBy: v.answered?.outcome.server ?? null },
      };
    },
  };
}

/** Labels for a list of servers, for summaries. */
export function serverList(servers: NameServer[]): string {
  return servers.map(serverLabel).join(', ');
}

/** Where to ask: `servers`, else `resolvConf` (relative to `baseDir`), else MAILDOCTOR_RESOLV_CONF, else /etc/resolv.conf. */
export async function dnsSource(
  servers: readonly string[] | undefined,
  resolvConf: string | undefined,
  env: NodeJS.ProcessEnv,
  baseDir: string,
): Promise<DnsSource> {
  if (servers && servers.length > 0) return { servers: servers.map((s) => parseNameServer(s, `servers "${s}"`)) };
  const where = resolvConfPath(resolvConf, env);
  return { conf: await readResolvConf(where.explicit ? resolve(baseDir, where.path) : where.path, where.explicit) };
}

/** Record types from `A,MX` values (comma-separated or repeated; default A), each named in errors as `name`. */
export function parseQueryTypes(values: readonly string[] | undefined, name: string): QueryType[] {
  const types = (values ?? ['A'])
    .flatMap((v) => v.split(','))
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean);
  for (const t of types) if (!(QUERY_TYPES as readonly string[]).includes(t)) throw new UsageError(`${name}: "${t}" is not one of ${QUERY_TYPES.join(', ')}`);
  return [...new Set(types)] as QueryType[];
}
