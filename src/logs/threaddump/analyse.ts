// Runs every rule on one parsed dump and gathers the evidence a script can check (timestamp, JVM, counts per state).
import type { Evidence, FindingInput } from '../../core/types.js';
import { effectiveState, isMailThread } from './classify.js';
import { lockGraphEvidence } from './lock-edges.js';
import { buildLockGraph } from './lock-graph.js';
import { contentionFindings } from './rules/contention.js';
import { deadlockFindings } from './rules/deadlock.js';
import { emailBlockedFindings } from './rules/email-blocked.js';
import { quartzFindings } from './rules/quartz.js';
import { socketReadFindings } from './rules/socket-read.js';
import { sslFindings } from './rules/ssl.js';
import type { ThreadDump } from './types.js';

/** Most email threads listed by name in the evidence of one dump. */
const MAX_LISTED = 100;

/** The states of the thread list, counted per java.lang.Thread.State value, in a stable order. */
export function stateCounts(dump: ThreadDump): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of dump.threads) if (t.state) counts[t.state] = (counts[t.state] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Findings, evidence and a one-line summary of one dump. */
export function analyseDump(dump: ThreadDump): { summary: string; findings: FindingInput[]; evidence: Evidence } {
  const graph = buildLockGraph(dump.threads);
  const deadlocks = deadlockFindings(dump, graph);
  const ssl = sslFindings(dump, graph);
  const skip = new Set([...deadlocks.threads]);
  const findings: FindingInput[] = [
    ...deadlocks.findings,
    ...emailBlockedFindings(dump, graph, skip),
    ...ssl.findings,
    ...socketReadFindings(dump, new Set([...skip, ...ssl.threads])),
    ...quartzFindings(dump, graph),
    ...contentionFindings(dump, graph),
  ];
  if (dump.truncated) {
    findings.push({
      cause: 'threaddump.truncated',
      detail: `dump ${dump.index} ends after ${dump.threads.length} threads without its closing "JNI global refs" line${dump.threads.length > 0 ? ` (last thread: ${dump.threads[dump.threads.length - 1]?.name})` : ''}`,
      evidence: { threads: dump.threads.length, lastThread: dump.threads[dump.threads.length - 1]?.name ?? null, line: dump.line },
    });
  }
  const states = stateCounts(dump);
  const mail = dump.threads.filter(isMailThread);
  const evidence: Evidence = {
    dump: dump.index,
    line: dump.line,
    timestamp: dump.timestamp ?? null,
    jvm: dump.jvm ?? null,
    threads: dump.threads.length,
    javaThreads: dump.threads.filter((t) => t.state).length,
    states,
    ...(dump.smrThreadListLength !== undefined ? { smrThreadListLength: dump.smrThreadListLength } : {}),
    deadlocks: deadlocks.findings.length,
    jvmDeadlockSections: dump.jvmDeadlocks.length,
    emailThreads: mail.slice(0, MAX_LISTED).map((t) => ({ name: t.name, state: effectiveState(t) ?? null })),
    lockGraph: lockGraphEvidence(dump.threads, graph),
    truncated: dump.truncated,
  };
  const stateText = Object.entries(states)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const problems = findings.filter((f) => f.cause !== 'threaddump.quartz-idle').length;
  const summary = `${dump.timestamp ?? 'no timestamp'}: ${dump.threads.length} threads${stateText ? ` (${stateText})` : ''}, ${mail.length} email thread${mail.length === 1 ? '' : 's'}${problems === 0 ? ', no email failure pattern' : ''}`;
  return { summary, findings, evidence };
}
