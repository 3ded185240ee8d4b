// Asks every configured nameserver for a name (search list applied) and keeps what each said.
import { queryDns, type DnsQueryOutcome, type NameServer, type QueryType } from './dns-query.js';
import { candidateNames, type ResolvConf } from './resolv-conf.js';

/** Where and how to ask: the servers, the names to try and the resolver's timing. */
export interface DnsPlan {
  servers: NameServer[];
  /** The search list and ndots to apply; absent with --server (asked as given, like dig). */
  conf?: Pick<ResolvConf, 'search' | 'ndots'>;
  timeoutMs: number;
  attempts: number;
}

/** One server's final word on the name: the outcome of the last name tried. */
export interface ServerAnswer {
  name: string;
  outcome: DnsQueryOutcome;
  tried: string[];
}

/** Asks one server, walking the search list until a name has records (or the server stops answering). */
async function askServer(server: NameServer, name: string, type: QueryType, plan: DnsPlan, signal: AbortSignal): Promise<ServerAnswer> {
  const names = plan.conf ? candidateNames(name, plan.conf) : [name.replace(/\.$/, '')];
  const tried: string[] = [];
  let first: ServerAnswer | undefined;
  for (const n of names) {
    tried.push(n);
    const outcome = await queryDns(server, n, type, { timeoutMs: plan.timeoutMs, attempts: plan.attempts, signal });
    const answer = { name: n, outcome, tried };
    if (!outcome.ok) return answer;
    if (outcome.rcode === 'NOERROR' && outcome.records.length > 0) return answer;
    if (outcome.rcode !== 'NXDOMAIN' && outcome.rcode !== 'NOERROR') return answer;
    if (!first || n === name) first = answer;
  }
  return { ...(first ?? { name, outcome: { ok: false, server: '', code: 'ENONAME', message: 'no name to ask', ms: 0, tries: 0 } }), tried };
}

/** Asks all servers at once and returns their answers in resolv.conf order. */
export function askAll(name: string, type: QueryType, plan: DnsPlan, signal: AbortSignal): Promise<ServerAnswer[]> {
  return Promise.all(plan.servers.map((s) => askServer(s, name, type, plan, signal)));
}

/** The addresses (or data) of the records of `type` in an answer. */
export function dataOf(answer: ServerAnswer, type: QueryType): string[] {
  return answer.outcome.ok ? answer.outcome.records.filter((r) => r.type === type).map((r) => r.data) : [];
}
