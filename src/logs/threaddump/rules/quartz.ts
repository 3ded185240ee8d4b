// Quartz threads: BLOCKED in org.quartz (a scheduling lock problem), WAITING (idle, normal), every worker busy.
import type { FindingInput } from '../../../core/types.js';
import { applicationFrame, effectiveState, hasQuartzFrames, isIdleQuartzWorker, isQuartzWorker, whereIs } from '../classify.js';
import { type LockGraph } from '../lock-graph.js';
import type { DumpThread, ThreadDump } from '../types.js';
import { lockText } from './describe.js';

function blocked(dump: ThreadDump, graph: LockGraph): FindingInput[] {
  const threads = dump.threads.filter((t) => hasQuartzFrames(t) && effectiveState(t) === 'BLOCKED');
  if (threads.length === 0) return [];
  const parts = threads.map((t) => {
    const link = graph.next(t);
    if (link) return `${t.name} waits for ${lockText(link.lock)} held by ${link.holder.name} (${whereIs(link.holder)})`;
    return `${t.name} waits for ${t.waitingToLock ? lockText(t.waitingToLock) : 'a monitor'}`;
  });
  return [
    {
      cause: 'threaddump.quartz-blocked',
      detail: `${threads.length} Quartz thread${threads.length === 1 ? ' is' : 's are'} BLOCKED in org.quartz frames: ${parts.join('; ')}`,
      evidence: {
        threads: threads.map((t) => t.name),
        locks: threads.flatMap((t) => (t.waitingToLock ? [t.waitingToLock.address] : [])),
        holders: threads.flatMap((t) => {
          const h = graph.next(t)?.holder;
          return h ? [h.name] : [];
        }),
      },
    },
  ];
}

function idle(dump: ThreadDump): FindingInput[] {
  const threads = dump.threads.filter((t) => {
    const s = effectiveState(t);
    return hasQuartzFrames(t) && (s === 'WAITING' || s === 'TIMED_WAITING') && !t.frames.some((f) => f.startsWith('org.quartz.core.JobRunShell.run('));
  });
  if (threads.length === 0) return [];
  return [
    {
      cause: 'threaddump.quartz-idle',
      detail: `${threads.length} Quartz thread${threads.length === 1 ? ' is' : 's are'} waiting for work (normal): ${threads.map((t) => t.name).join(', ')}`,
      evidence: { threads: threads.map((t) => t.name) },
    },
  ];
}

function exhausted(dump: ThreadDump): FindingInput[] {
  const pools = new Map<string, DumpThread[]>();
  for (const t of dump.threads.filter(isQuartzWorker)) {
    const pool = /^(.*)_Worker-\d+$/.exec(t.name)?.[1] ?? 'quartz';
    pools.set(pool, [...(pools.get(pool) ?? []), t]);
  }
  const findings: FindingInput[] = [];
  for (const [pool, workers] of pools) {
    if (workers.some(isIdleQuartzWorker)) continue;
    findings.push({
      cause: 'threaddump.quartz-pool-exhausted',
      detail: `all ${workers.length} worker threads of ${pool} are busy: ${workers.map((w) => `${w.name} runs ${applicationFrame(w) ?? '?'} (${w.state ?? w.headerStatus})`).join('; ')}`,
      evidence: {
        pool,
        threads: workers.map((w) => w.name),
        workers: workers.length,
        running: workers.map((w) => ({ thread: w.name, state: w.state ?? null, frame: applicationFrame(w) ?? null })),
      },
    });
  }
  return findings;
}

/** Quartz findings of one dump. */
export function quartzFindings(dump: ThreadDump, graph: LockGraph): FindingInput[] {
  return [...blocked(dump, graph), ...exhausted(dump), ...idle(dump)];
}
