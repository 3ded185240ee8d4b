// Verdicts about each mailbox chain: where it stopped, that it works, and whose notifications leave through a broken one.
import type { ServerChain } from './chains.js';
import type { ChainStop, Draft, VerdictInput } from './verdict-facts.js';

const OK = new Set(['pass', 'warn']);

function where(chain: ServerChain): string {
  return `${chain.direction} "${chain.server}" (${chain.protocol} ${chain.endpoint})`;
}

function stopText(stop: ChainStop): string {
  const later = stop.chain.stages.slice(stop.chain.stages.findIndex((s) => s.key === stop.result.key) + 1).map((s) => s.stage);
  const how = stop.skipped ? `was skipped: ${stop.result.summary}` : `${stop.result.summary}${stop.fact.cause ? ` [${stop.fact.cause}]` : ''}`;
  return `${where(stop.chain)} stops at ${stop.stage}: ${how}${later.length > 0 ? `; ${later.join(', ')} not tried` : ''}`;
}

/** One verdict per chain that stopped, naming the first stage that failed. */
export function mailboxBroken(input: VerdictInput): Draft[] {
  return input.stops.map((stop) => ({
    rule: 'mailbox-broken',
    cause: 'verdict.mailbox-broken',
    severity: 'fail',
    detail: stopText(stop),
    found: [stop.fact],
    agrees: [],
    explains: [],
    stop,
    evidence: { server: stop.chain.server, direction: stop.chain.direction, stage: stop.stage, check: stop.result.key, cause: stop.fact.cause },
  }));
}

/** One verdict per chain whose every stage ran and passed. */
export function mailboxOk(input: VerdictInput): Draft[] {
  return input.chains
    .filter((c) => c.stages.length > 0 && c.stages.every((s) => OK.has(input.byKey.get(s.key)?.status ?? 'missing')))
    .map((c) => ({
      rule: 'mailbox-ok',
      cause: 'verdict.mailbox-ok',
      severity: 'info',
      detail: `${where(c)}: ${c.stages.map((s) => s.stage).join(' → ')} all passed`,
      found: [],
      agrees: [],
      explains: [],
      evidence: { server: c.server, direction: c.direction, checks: c.stages.map((s) => s.key) },
    }));
}

/** Incoming mailboxes whose linked (or primary) outgoing server's chain stopped. */
export function notificationsFailing(input: VerdictInput): Draft[] {
  const out: Draft[] = [];
  for (const chain of input.chains) {
    if (chain.direction !== 'incoming' || !chain.notifiesThrough) continue;
    const stop = input.stops.find((s) => s.chain.direction === 'outgoing' && s.chain.server === chain.notifiesThrough);
    if (!stop) continue;
    out.push({
      rule: 'notifications-failing',
      cause: 'verdict.notifications-failing',
      severity: 'fail',
      detail: `notifications for "${chain.server}" go out through "${stop.chain.server}", which stops at ${stop.stage}`,
      found: [stop.fact],
      agrees: [],
      explains: [],
      stop,
      evidence: { server: chain.server, outgoing: stop.chain.server, stage: stop.stage },
    });
  }
  return out;
}
