// Mail threads in a blocking socket read with no timeout under them.
import type { FindingInput } from '../../../core/types.js';
import { applicationFrame, effectiveState, hasReadTimeout, inSocketRead, isMailThread } from '../classify.js';
import type { ThreadDump } from '../types.js';

/** One `threaddump.mail-socket-read` finding naming each mail thread in an untimed socket read (SSL-handshake threads excluded). */
export function socketReadFindings(dump: ThreadDump, skip: ReadonlySet<string>): FindingInput[] {
  const threads = dump.threads.filter((t) => !skip.has(t.name) && isMailThread(t) && effectiveState(t) === 'RUNNABLE' && inSocketRead(t) && !hasReadTimeout(t));
  if (threads.length === 0) return [];
  return [
    {
      cause: 'threaddump.mail-socket-read',
      detail: `${threads.map((t) => `${t.name} reads from a socket with no timeout (${t.frames[0] ?? '?'}, called from ${applicationFrame(t) ?? '?'})`).join('; ')}`,
      evidence: {
        threads: threads.map((t) => t.name),
        frames: threads.map((t) => ({ thread: t.name, top: t.frames[0] ?? null, caller: applicationFrame(t) ?? null })),
      },
    },
  ];
}
