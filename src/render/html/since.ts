// "Since when": the moments the evidence pins down — first failing log line, last fetch, last Quartz fire, spikes, expiry.
import type { CauseId } from '../../knowledge/index.js';
import type { Report } from '../../core/types.js';
import { checkAnchor } from './anchors.js';
import { formatSpan, formatTime, toMs } from './format.js';
import { readChain, readFireTimes, str } from './read.js';

/** One dated fact and the check it comes from. */
export interface SinceFact {
  ms: number;
  text: string;
  anchor: string;
}

const LAST_FETCH: CauseId = 'log.polling.stopped';
const SPIKE: CauseId = 'audit.send-failed.spike';

/** Every dated fact about when things went wrong, oldest first. */
export function sinceFacts(report: Report): SinceFact[] {
  const facts: SinceFact[] = [];
  for (const r of report.results) {
    const anchor = checkAnchor(report, r);
    const failing = r.findings.filter((f) => f.severity === 'fail');
    if (r.id === 'logs') {
      const firsts = failing
        .map((f) => ({ ms: toMs(f.evidence.first), f }))
        .filter((x): x is { ms: number; f: (typeof failing)[number] } => x.ms !== undefined);
      const first = firsts.sort((a, b) => a.ms - b.ms)[0];
      if (first) facts.push({ ms: first.ms, text: `first failing log line ${formatTime(first.ms)} (${first.f.title})`, anchor });
      const stopped = r.findings.find((f) => f.cause === LAST_FETCH);
      const last = toMs(stopped?.evidence.lastFetch);
      if (last !== undefined) facts.push({ ms: last, text: `last email fetch logged ${formatTime(last)}`, anchor });
    }
    for (const f of failing) {
      const t = r.id === 'quartz' ? readFireTimes(f.evidence) : undefined;
      if (t?.prevMs !== undefined)
        facts.push({
          ms: t.prevMs,
          text: `Quartz trigger ${t.trigger} last fired ${formatTime(t.prevMs)}, ${formatSpan(t.asOfMs - t.prevMs)} before the rows were read`,
          anchor,
        });
      const from = f.cause === SPIKE ? toMs(f.evidence.start) : undefined;
      if (from !== undefined) facts.push({ ms: from, text: `SEND_FAILED spike from ${formatTime(from)} in the Email Audit`, anchor });
    }
    for (const c of r.id === 'tls' ? readChain(r.evidence) : []) {
      const end = toMs(c.notAfter);
      if (c.daysLeft < 0 && end !== undefined) facts.push({ ms: end, text: `certificate ${c.subject} expired ${formatTime(end)}`, anchor });
    }
    const stamp = r.id === 'threaddump' && failing.length > 0 ? str(r.evidence.timestamp) : undefined;
    const stampMs = stamp ? toMs(`${stamp.replace(' ', 'T')}Z`) : undefined;
    if (stampMs !== undefined) facts.push({ ms: stampMs, text: `thread dump of ${stamp} shows: ${failing[0]!.title}`, anchor });
  }
  return facts.sort((a, b) => a.ms - b.ms);
}
