// Short texts for findings: a lock, and a holder chain in the words a technician reads it.
import { whereIs } from '../classify.js';
import type { WaitLink } from '../lock-graph.js';
import type { LockRef } from '../types.js';

/** `<0x...> (a some.Class)` as jstack prints it. */
export function lockText(lock: LockRef): string {
  return lock.className ? `<${lock.address}> (a ${lock.className})` : `<${lock.address}>`;
}

/** "emailjob-2 waits for <0x..> held by emailjob-fetch-1, which is itself waiting for <0x..> held by ticket-sync (TIMED_WAITING ...)". */
export function chainText(links: readonly WaitLink[], cycle: boolean, holderState = true): string {
  const parts: string[] = [];
  links.forEach((l, i) => {
    const lead = i === 0 ? `${l.thread.name} waits for` : ', which is itself waiting for';
    parts.push(`${lead} ${lockText(l.lock)} held by ${l.holder.name}`);
  });
  const last = links[links.length - 1];
  if (cycle) parts.push(' (a cycle: deadlock)');
  else if (last && holderState) parts.push(` (${whereIs(last.holder)})`);
  return parts.join('');
}

/** JSON-safe form of a chain for evidence. */
export function chainEvidence(links: readonly WaitLink[]): Array<{ thread: string; lock: string; lockClass: string; heldBy: string }> {
  return links.map((l) => ({ thread: l.thread.name, lock: l.lock.address, lockClass: l.lock.className, heldBy: l.holder.name }));
}
