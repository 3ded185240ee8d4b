// The network verdicts: offline, or DNS broken while the network works; each explains only the failures it causes.
import type { CheckResult } from '../core/types.js';
import type { CauseId } from '../knowledge/index.js';
import type { ChainStop, Draft, Fact, VerdictInput } from './verdict-facts.js';

/** Causes of a name that does not resolve, as the dns, port and triage checks report them. */
export const DNS_NAME_FAILURES = [
  'tcp.name-not-resolved',
  'dns.nxdomain',
  'dns.no-nameserver',
  'dns.server-unreachable',
  'dns.servfail',
  'dns.refused',
  'dns.truncated-tcp-failed',
  'dns.not-dns',
] as const satisfies readonly CauseId[];

/** Causes of nothing answering at all: what a machine without a working network sees. */
const NO_ANSWER = [
  'tcp.timeout',
  'tcp.unreachable',
  'tls.handshake-timeout',
  'http.no-response',
  'route.unreachable',
  'oauth.endpoint.timeout',
  'graph.no-answer',
] as const satisfies readonly CauseId[];

/** Every cause an offline machine produces; a refused connection only when a check said outbound traffic is blocked (a REJECT rule). */
export const UNREACHABLE = [...DNS_NAME_FAILURES, ...NO_ANSWER, 'tcp.refused'] as const satisfies readonly CauseId[];

/** What offline is inferred from without a triage check: nothing answering, names not resolving; a refusal is an answer. */
const SILENT = [...DNS_NAME_FAILURES, ...NO_ANSWER] as const satisfies readonly CauseId[];

/** Name failures that say the resolver itself is broken; NXDOMAIN is an answer, so it is not among them. */
const RESOLVER_BROKEN: readonly CauseId[] = DNS_NAME_FAILURES.filter((c) => c !== 'dns.nxdomain');

const NETWORK_IDS = new Set(['dns', 'port', 'tls', 'http', 'route', 'triage']);
const OK = new Set(['pass', 'warn']);
const LITERAL = /^\[?[\d.:a-f]+\]?(:\d+)?$/i;
const LOOPBACK = /^\[?(?:127\.|::1\]?(?::|$))/;

function isLiteral(r: CheckResult): boolean {
  return LITERAL.test(r.target) && /\d/.test(r.target);
}

function has(list: readonly CauseId[], cause: CauseId | null): boolean {
  return cause !== null && list.includes(cause);
}

function draft(
  rule: string,
  cause: 'verdict.offline' | 'verdict.dns-not-connectivity',
  detail: string,
  found: Fact[],
  covers: (stop: ChainStop) => boolean,
): Draft {
  return { rule, cause, severity: 'fail', detail, found, agrees: [], explains: [], covers };
}

/** Offline: the triage check says so, or every network check beyond this machine failed with a cause of nothing answering. */
export function offline(input: VerdictInput): Draft[] {
  const said = input.facts.filter((f) => f.cause === 'net.offline' || f.cause === 'net.no-outbound');
  if (said.length > 0) {
    const namesWork = said.every((f) => f.cause === 'net.no-outbound');
    const explained: readonly CauseId[] = namesWork ? [...NO_ANSWER, 'tcp.refused'] : UNREACHABLE;
    return [draft('offline', 'verdict.offline', said[0]!.detail, said, (stop) => has(explained, stop.fact.cause))];
  }
  const network = input.results.filter((r) => NETWORK_IDS.has(r.id) && r.status !== 'skip' && !LOOPBACK.test(r.target));
  if (network.length < 2 || network.some((r) => OK.has(r.status))) return [];
  const found = input.facts.filter((f) => network.some((r) => r.key === f.check));
  if (found.length === 0 || !found.every((f) => has(SILENT, f.cause))) return [];
  const causes = [...new Set(found.map((f) => f.cause))].join(', ');
  return [
    draft(
      'offline',
      'verdict.offline',
      `none of ${network.length} network checks succeeded: names do not resolve or nothing answers (${causes})`,
      found,
      (stop) => has(SILENT, stop.fact.cause),
    ),
  ];
}

/** DNS, not connectivity: the triage check says so, or every named target fails to resolve while an outside literal address answers. */
export function dnsNotConnectivity(input: VerdictInput): Draft[] {
  const covers = (stop: ChainStop) => has(DNS_NAME_FAILURES, stop.fact.cause);
  if (input.facts.some((f) => f.cause === 'net.offline' || f.cause === 'net.no-outbound')) return [];
  const said = input.facts.filter((f) => f.cause === 'net.dns-not-connectivity');
  if (said.length > 0) return [draft('dns-not-connectivity', 'verdict.dns-not-connectivity', said[0]!.detail, said, covers)];
  const network = input.results.filter((r) => NETWORK_IDS.has(r.id) && r.status !== 'skip');
  const named = network.filter((r) => !isLiteral(r));
  const answered = network.filter((r) => isLiteral(r) && !LOOPBACK.test(r.target) && r.status === 'pass');
  if (named.length === 0 || answered.length === 0) return [];
  const failing = input.facts.filter((f) => named.some((r) => r.key === f.check) && has(RESOLVER_BROKEN, f.cause));
  if (!named.every((r) => failing.some((f) => f.check === r.key))) return [];
  return [
    draft(
      'dns-not-connectivity',
      'verdict.dns-not-connectivity',
      `${named.length} named target(s) do not resolve, while ${answered.map((r) => r.target).join(', ')} answered`,
      failing,
      covers,
    ),
  ];
}
