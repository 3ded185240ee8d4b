// Draws the report's verdicts: one per server chain, then conclusions no single check can reach.
import { resolveFinding } from '../core/finding.js';
import type { CheckResult, Finding, FindingInput } from '../core/types.js';
import type { CauseId } from '../knowledge/index.js';
import type { ServerChain } from './chains.js';

const OK = new Set(['pass', 'warn']);
const NETWORK_IDS = new Set(['dns', 'port', 'tls', 'http', 'route', 'triage']);
/** Causes that say a name does not resolve. */
const NAME_FAILURE: ReadonlySet<CauseId> = new Set<CauseId>(['tcp.name-not-resolved', 'dns.nxdomain', 'dns.no-nameserver', 'dns.server-unreachable', 'dns.servfail', 'dns.refused']);
/** Causes that say nothing answers: a name that does not resolve, or a peer that cannot be reached. */
const UNREACHABLE: ReadonlySet<CauseId> = new Set<CauseId>([
  ...NAME_FAILURE,
  'tcp.timeout',
  'tcp.unreachable',
  'tcp.refused',
  'http.no-response',
  'route.unreachable',
  'net.offline',
  'net.no-outbound',
  'net.dns-not-connectivity',
]);
/** Quartz causes that say the email polling trigger is not firing on time. */
const TRIGGER_STALE: ReadonlySet<CauseId> = new Set<CauseId>(['quartz.trigger.stale', 'quartz.trigger.never-fired', 'quartz.trigger.not-scheduled']);
/** Log causes that say no email fetch was seen lately. */
const POLLING_QUIET: ReadonlySet<CauseId> = new Set<CauseId>(['log.polling.stopped', 'log.polling.not-seen']);
/** Thread dump causes that say a mail thread waits on a socket read that has no timeout. */
const STUCK_READ: ReadonlySet<CauseId> = new Set<CauseId>(['threaddump.mail-socket-read']);

function firstBroken(chain: ServerChain, byKey: Map<string, CheckResult>): { stage: string; result: CheckResult } | undefined {
  for (const s of chain.stages) {
    const r = byKey.get(s.key);
    if (r && !OK.has(r.status)) return { stage: s.stage, result: r };
  }
  return undefined;
}

function chainVerdicts(chains: ServerChain[], byKey: Map<string, CheckResult>): FindingInput[] {
  const out: FindingInput[] = [];
  const broken = new Map<string, string>();
  for (const chain of chains) {
    const where = `${chain.direction} "${chain.server}" (${chain.protocol} ${chain.endpoint})`;
    const stop = firstBroken(chain, byKey);
    if (stop) {
      broken.set(chain.server, stop.stage);
      const first = stop.result.findings.find((f) => f.severity !== 'info');
      out.push({
        cause: 'verdict.mailbox-broken',
        detail: `${where} stops at ${stop.stage}: ${stop.result.summary}${first ? ` [${first.cause}]` : ''}`,
        evidence: { server: chain.server, direction: chain.direction, stage: stop.stage, check: stop.result.key, cause: first?.cause ?? null },
      });
    } else if (chain.stages.every((s) => byKey.has(s.key))) {
      out.push({ cause: 'verdict.mailbox-ok', detail: `${where}: ${chain.stages.map((s) => s.stage).join(' → ')} all passed`, evidence: { server: chain.server, direction: chain.direction } });
    }
  }
  for (const chain of chains.filter((c) => c.direction === 'incoming' && c.notifiesThrough)) {
    const outgoing = chain.notifiesThrough as string;
    const stage = broken.get(outgoing);
    if (stage) {
      out.push({ cause: 'verdict.notifications-failing', detail: `notifications for "${chain.server}" go out through "${outgoing}", which stops at ${stage}`, evidence: { server: chain.server, outgoing, stage } });
    }
  }
  return out;
}

/** The triage check's own conclusion, lifted into a verdict when it has one. */
function triageVerdict(results: CheckResult[]): FindingInput[] {
  const findings = results.flatMap((r) => r.findings.map((f) => ({ r, f })));
  const offline = findings.find(({ f }) => f.cause === 'net.offline' || f.cause === 'net.no-outbound');
  if (offline) return [{ cause: 'verdict.offline', detail: `${offline.f.detail} (${offline.r.key})`, evidence: { check: offline.r.key, cause: offline.f.cause } }];
  const dns = findings.find(({ f }) => f.cause === 'net.dns-not-connectivity');
  if (dns) return [{ cause: 'verdict.dns-not-connectivity', detail: `${dns.f.detail} (${dns.r.key})`, evidence: { check: dns.r.key, cause: dns.f.cause } }];
  return [];
}

function networkVerdicts(results: CheckResult[]): FindingInput[] {
  const triage = triageVerdict(results);
  if (triage.length > 0) return triage;
  const network = results.filter((r) => NETWORK_IDS.has(r.id) && r.status !== 'skip');
  if (network.length < 2) return [];
  const causes = network.flatMap((r) => r.findings.filter((f) => f.severity !== 'info').map((f) => f.cause));
  const literal = network.filter((r) => /^\[?[\d.:a-f]+\]?(:\d+)?$/i.test(r.target) && /\d/.test(r.target));
  const named = network.filter((r) => !literal.includes(r));
  const namesFail = named.length > 0 && named.every((r) => r.findings.some((f) => NAME_FAILURE.has(f.cause)));
  if (namesFail && literal.some((r) => r.status === 'pass')) {
    return [{ cause: 'verdict.dns-not-connectivity', detail: `${named.length} named target(s) do not resolve, while ${literal.filter((r) => r.status === 'pass').map((r) => r.target).join(', ')} answered`, evidence: { namedFailing: named.map((r) => r.target) } }];
  }
  const allDown = network.every((r) => !OK.has(r.status)) && causes.length > 0 && causes.every((c) => UNREACHABLE.has(c));
  if (allDown) {
    return [{ cause: 'verdict.offline', detail: `none of ${network.length} network checks succeeded: names do not resolve or nothing answers (${[...new Set(causes)].join(', ')})`, evidence: { checks: network.map((r) => r.key), causes: [...new Set(causes)] } }];
  }
  return [];
}

function oauthVerdict(chains: ServerChain[], byKey: Map<string, CheckResult>): FindingInput[] {
  const reachable = (c: ServerChain) => c.stages.filter((s) => s.stage === 'port' || s.stage === 'tls').every((s) => OK.has(byKey.get(s.key)?.status ?? 'pass'));
  const authFailed = (c: ServerChain) => c.stages.filter((s) => s.stage === 'auth' || s.stage === 'oauth').some((s) => byKey.get(s.key)?.status === 'fail');
  const oauthBad = chains.filter((c) => c.usesOAuth && reachable(c) && authFailed(c));
  const passwordBad = chains.filter((c) => !c.usesOAuth && authFailed(c));
  if (oauthBad.length === 0 || passwordBad.length > 0) return [];
  return [{ cause: 'verdict.oauth-token-problem', detail: `${oauthBad.map((c) => `"${c.server}"`).join(', ')} reach their servers over TLS but fail the OAuth login`, evidence: { servers: oauthBad.map((c) => c.server) } }];
}

function hungJobVerdict(results: CheckResult[]): FindingInput[] {
  const causesOf = (id: string) => results.filter((r) => r.id === id).flatMap((r) => r.findings.map((f) => f.cause));
  const stale = causesOf('quartz').filter((c) => TRIGGER_STALE.has(c));
  const logsQuiet = causesOf('logs').filter((c) => POLLING_QUIET.has(c));
  const stuckRead = causesOf('threaddump').filter((c) => STUCK_READ.has(c));
  if (stale.length > 0 && logsQuiet.length > 0 && stuckRead.length > 0) {
    return [{ cause: 'verdict.email-job-hung', detail: `combined: ${[...new Set([...stale, ...logsQuiet, ...stuckRead])].join(', ')}`, evidence: { quartz: stale, logs: logsQuiet, threaddump: stuckRead } }];
  }
  if (stale.length > 0 && logsQuiet.length > 0) {
    return [{ cause: 'verdict.polling-stopped', detail: `combined: ${[...new Set([...stale, ...logsQuiet])].join(', ')}`, evidence: { quartz: stale, logs: logsQuiet } }];
  }
  return [];
}

const SEVERITY_ORDER = { fail: 0, warn: 1, info: 2 } as const;

/** All verdicts of a run, worst first; cross-evidence conclusions before per-server ones. */
export function drawVerdicts(results: CheckResult[], chains: ServerChain[], notes: FindingInput[] = []): Finding[] {
  const byKey = new Map(results.map((r) => [r.key, r]));
  const cross = [...networkVerdicts(results), ...oauthVerdict(chains, byKey), ...hungJobVerdict(results)];
  const all = [...cross, ...chainVerdicts(chains, byKey), ...notes].map(resolveFinding);
  return all.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i).map((x) => x.f);
}
