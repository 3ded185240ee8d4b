// SSL handshake hangs: threads stuck in sun.security.ssl / javax.net.ssl, and the threads queued behind them.
import type { FindingInput } from '../../../core/types.js';
import { effectiveState, hasSslFrames, inHandshake, inSocketRead, whereIs } from '../classify.js';
import { wantedLock, type LockGraph } from '../lock-graph.js';
import type { DumpThread, ThreadDump } from '../types.js';
import { lockText } from './describe.js';

/** True when a thread with TLS frames is not making progress: BLOCKED, parked on a lock, or reading in a handshake. */
function stuckInSsl(t: DumpThread): boolean {
  if (!hasSslFrames(t)) return false;
  const state = effectiveState(t);
  if (state === 'BLOCKED') return true;
  if ((state === 'WAITING' || state === 'TIMED_WAITING') && wantedLock(t)) return true;
  return state === 'RUNNABLE' && inHandshake(t) && inSocketRead(t);
}

/** One `threaddump.ssl-handshake-hang` finding for the dump; fail when a BLOCKED thread is involved (the guide's pattern). */
export function sslFindings(dump: ThreadDump, graph: LockGraph): { findings: FindingInput[]; threads: Set<string> } {
  const stuck = dump.threads.filter(stuckInSsl);
  if (stuck.length === 0) return { findings: [], threads: new Set() };
  const names = new Set(stuck.map((t) => t.name));
  const behind: string[] = [];
  const locks = new Set<string>();
  for (const t of stuck) {
    const l = wantedLock(t);
    if (l) locks.add(l.address);
    for (const w of graph.waitersOn(t)) {
      if (names.has(w.name)) continue;
      behind.push(`${w.name} (${effectiveState(w) ?? '?'}) waits for ${lockText(wantedLock(w)!)} held by ${t.name}`);
      locks.add(wantedLock(w)!.address);
      names.add(w.name);
    }
  }
  const blocked = [...names].some((n) => effectiveState(dump.threads.find((t) => t.name === n)!) === 'BLOCKED');
  const detail = [
    `${stuck.length} thread${stuck.length === 1 ? '' : 's'} stuck in TLS code: ${stuck.map((t) => `${t.name} (${t.state ?? '?'}${inHandshake(t) ? ', in handshake' : ''}${inSocketRead(t) ? ', reading the socket' : ''})`).join(', ')}`,
    ...(behind.length > 0 ? [`queued behind: ${behind.join('; ')}`] : []),
  ].join('; ');
  return {
    findings: [
      {
        cause: 'threaddump.ssl-handshake-hang',
        severity: blocked ? 'fail' : 'warn',
        detail,
        evidence: {
          threads: [...names],
          sslThreads: stuck.map((t) => ({
            thread: t.name,
            state: t.state ?? null,
            where: whereIs(t),
            sslFrame: t.frames.find((f) => /^(?:sun\.security\.ssl|javax\.net\.ssl)\./.test(f)) ?? null,
          })),
          locks: [...locks],
          blocked,
        },
      },
    ],
    threads: names,
  };
}
