// The guide's "ping www.google.com fails but ping 8.8.8.8 succeeds = DNS, not connectivity", over TCP (no ICMP needed).
import type { Check, CheckOutcome, FindingInput } from '../../core/types.js';
import type { CauseId } from '../../knowledge/index.js';
import { askAll, dataOf, type DnsPlan } from './dns-lookup.js';
import type { DnsSource } from './dns.js';
import { probeLiteral, type Literal } from './triage-literal.js';
import { parseNameServer } from './name-server.js';
import { systemLookup } from './lookup.js';

/** What the triage compares: names to resolve and literal IP:PORT targets to connect to. */
export interface TriageOptions {
  names: string[];
  literals: Literal[];
  /** Resolve through these nameservers instead of the system resolver. */
  source?: DnsSource;
}

async function resolveName(
  name: string,
  source: DnsSource | undefined,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ name: string; ok: boolean; result: string }> {
  if (!source) {
    const r = await systemLookup(name, signal);
    return { name, ok: r.ok, result: r.ok ? r.addresses.map((a) => a.address).join(', ') : r.code };
  }
  const plan: DnsPlan =
    'servers' in source
      ? { servers: source.servers, timeoutMs, attempts: 1 }
      : {
          servers: source.conf.nameservers.map((n) => parseNameServer(n, source.conf.path)),
          conf: source.conf,
          timeoutMs: Math.min(source.conf.timeout * 1000, timeoutMs),
          attempts: Math.min(source.conf.attempts, 3),
        };
  if (plan.servers.length === 0) return { name, ok: false, result: 'no nameserver configured' };
  const answers = await askAll(name, 'A', plan, signal);
  const good = answers.find((a) => dataOf(a, 'A').length > 0);
  if (good) return { name, ok: true, result: dataOf(good, 'A').join(', ') };
  const first = answers[0]?.outcome;
  return { name, ok: false, result: first ? (first.ok ? first.rcode : first.code) : 'no answer' };
}

const VERDICTS: Record<string, { cause: CauseId; summary: string }> = {
  'true,true': { cause: 'net.ok', summary: 'names resolve and the network answers' },
  'false,true': {
    cause: 'net.dns-not-connectivity',
    summary: 'the issue is DNS resolution, not connectivity: names do not resolve, but literal IP addresses answer',
  },
  'false,false': { cause: 'net.offline', summary: 'offline: names do not resolve and nothing answers' },
  'true,false': { cause: 'net.no-outbound', summary: 'names resolve, but nothing outside answers: outbound traffic is blocked' },
};

/** Builds the triage check. */
export function triageCheck(options: TriageOptions): Check {
  return {
    id: 'triage',
    title: 'DNS or connectivity',
    target: [...options.names, ...options.literals.map((l) => l.label)].join(' '),
    async run(ctx): Promise<CheckOutcome> {
      const [names, literals] = await Promise.all([
        Promise.all(options.names.map((n) => resolveName(n, options.source, ctx.timeoutMs, ctx.signal))),
        Promise.all(options.literals.map((l) => probeLiteral(l, ctx.timeoutMs, ctx.signal))),
      ]);
      const namesOk = names.some((n) => n.ok);
      const literalsOk = literals.some((l) => l.result === 'answered');
      const v = VERDICTS[`${namesOk},${literalsOk}`]!;
      const nameText = names.map((n) => `${n.name}: ${n.result}`).join('; ');
      const literalText = literals.map((l) => `${l.target} (${l.mode}): ${l.detail}`).join('; ');
      const intercepted = literals.filter((l) => l.result === 'intercepted');
      const evidence = { namesResolve: namesOk, literalsAnswer: literalsOk };
      const interception: FindingInput = {
        cause: 'net.intercepted',
        detail: intercepted.map((l) => `${l.target}: ${l.detail}`).join('; '),
        evidence: { targets: intercepted.map((l) => l.target) },
      };
      const observed = `names: ${nameText || 'none given'}. Literal addresses: ${literalText || 'none given'}.`;
      // Something answered in the real address's place: neither "nothing answers" nor "connectivity works" is true.
      if (!literalsOk && intercepted.length > 0) {
        const summary = `${namesOk ? 'names resolve' : 'names do not resolve'}, and something other than the real address answers for ${intercepted.map((l) => l.target).join(', ')}: outbound traffic is intercepted`;
        return { summary, findings: [{ ...interception, severity: 'fail', detail: `${interception.detail}. ${observed}` }], evidence };
      }
      const findings: FindingInput[] = [{ cause: v.cause, detail: observed, evidence: { names, literals } }, ...(intercepted.length > 0 ? [interception] : [])];
      return { summary: v.summary, findings, evidence };
    },
  };
}
