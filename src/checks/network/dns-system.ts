// Judges an address lookup the way the helpdesk will see it: the system resolver decides, the nameservers are compared.
import { severityOf } from '../../core/finding.js';
import type { FindingInput } from '../../core/types.js';
import { dataOf, type ServerAnswer } from './dns-lookup.js';
import type { LookupOutcome } from './lookup.js';

/** What the nameservers said about the name: a summary, its findings and the answer it rests on. */
export interface NameserverVerdict {
  summary: string;
  findings: FindingInput[];
  answered?: ServerAnswer;
}

/** The check's summary and findings once the system resolver has decided. */
export interface SystemJudgement {
  summary: string;
  findings: FindingInput[];
}

const same = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Nameserver findings kept beside a name the system resolves: their failures become warnings about the nameservers. */
function asWarnings(findings: FindingInput[]): FindingInput[] {
  const dropped = new Set(['dns.nxdomain', 'dns.servfail', 'dns.refused', 'dns.nodata']);
  return findings.filter((f) => !dropped.has(f.cause)).map((f) => ({ ...f, severity: 'warn' as const }));
}

/**
 * Passes or fails an A/AAAA lookup by getaddrinfo's answer (/etc/hosts, search domains, localhost included) and reports
 * what the nameservers said differently as its own finding; `local` says the name is answered without DNS.
 */
export function judgeBySystem(name: string, type: 'A' | 'AAAA', ns: NameserverVerdict, sys: LookupOutcome, local: boolean): SystemJudgement {
  const family = type === 'A' ? 4 : 6;
  const dns = ns.answered ? dataOf(ns.answered, type) : [];
  const said = dns.length > 0 ? dns.join(', ') : ns.summary;
  const evidence = { host: name, system: sys.ok ? sys.addresses.map((a) => a.address) : sys.code, dns };
  if (sys.ok) {
    const addresses = sys.addresses.filter((a) => a.family === family).map((a) => a.address);
    if (addresses.length === 0) return ns;
    const summary = `${name} ${type} ${addresses.join(', ')} from the system resolver${local ? ' (/etc/hosts)' : ''} in ${sys.ms} ms`;
    if (same(addresses, dns)) return { summary, findings: ns.findings };
    const differs: FindingInput = local
      ? { cause: 'dns.hosts-file', detail: `${name} is answered by /etc/hosts (${addresses.join(', ')}); the nameservers say: ${said}`, evidence }
      : { cause: 'dns.system-disagrees', detail: `the system resolver gives ${addresses.join(', ')} for ${name}; the nameservers say: ${said}`, evidence };
    return { summary, findings: [...asWarnings(ns.findings), differs] };
  }
  const failure = `the system resolver cannot resolve ${name} (${sys.code}), so the helpdesk cannot either`;
  if (dns.length > 0) {
    return {
      summary: `${name}: ${failure}, although the nameservers give ${said}`,
      findings: [...ns.findings, { cause: 'dns.system-disagrees', severity: 'fail', detail: `${failure}; the nameservers give ${said}`, evidence }],
    };
  }
  const failed = ns.findings.some((f) => severityOf(f) === 'fail');
  return {
    summary: `${ns.summary}; the system resolver fails too (${sys.code})`,
    findings: failed ? ns.findings : [...ns.findings, { cause: 'tcp.name-not-resolved', detail: `${failure}: ${sys.message}`, evidence }],
  };
}
