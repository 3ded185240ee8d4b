// Turns the analysis of an export into findings: grouped causes, journey gaps, spikes, unknown messages.
import type { FindingInput } from '../../core/types.js';
import { causeOf, type CauseId } from '../../knowledge/index.js';
import { journeyStep } from '../../knowledge/email-journey.js';
import { matchText } from '../../knowledge/match.js';
import type { AnalysisOf } from './analyze-export.js';
import { exampleOf, fmtTime, topEntries } from './describe.js';
import type { Journey } from './journey.js';

/** Most unknown wordings listed one finding each; the rest are folded into one more. */
const MAX_UNKNOWN = 25;
const MAX_MALFORMED_LINES = 20;

/** All findings of one audit export, worst first. */
export function auditFindings({ parsed, analysis }: AnalysisOf): FindingInput[] {
  const out: FindingInput[] = [];
  for (const s of analysis.spikes?.spikes ?? []) {
    const minutes = Math.round((analysis.spikes?.bucketMs ?? 0) / 60_000);
    out.push({
      cause: 'audit.send-failed.spike',
      detail: `${fmtTime(s.start)} to ${fmtTime(s.end)}: ${s.failed} SEND_FAILED (${s.sent} SENT) against a baseline of ${analysis.spikes?.baseline} per ${minutes} min; most common: ${s.topDetails.map((d) => `"${d.detail}" x${d.count}`).join(', ')}`,
      evidence: {
        start: new Date(s.start).toISOString(),
        end: new Date(s.end).toISOString(),
        failed: s.failed,
        sent: s.sent,
        bucketMinutes: minutes,
        baseline: analysis.spikes?.baseline,
        threshold: analysis.spikes?.threshold,
        topDetails: s.topDetails,
      },
    });
  }
  const j = analysis.journeys;
  if (j && j.stuck.length > 0) {
    out.push({
      cause: 'audit.journey.stuck-at-processing',
      detail: `${j.stuck.length} of ${j.emails} received emails have no processing entry after RECEIVED: ${journeyList(j.stuck)}`,
      evidence: { count: j.stuck.length, emails: j.emails, stoppedAt: journeyStep(4), examples: j.stuck.slice(0, 10).map((x) => exampleOf(x.received)) },
    });
  }
  const rank = (c: CauseId) => SEVERITY_RANK[causeOf(c).severity];
  const groups = [...analysis.groups].sort((a, b) => rank(b.cause) - rank(a.cause) || b.count - a.count);
  for (const g of groups) {
    const variants = topEntries(g.variants, 5);
    const where = topEntries(g.servers, 5);
    const span = g.first === undefined ? '' : g.first === g.last ? ` at ${fmtTime(g.first)}` : ` between ${fmtTime(g.first)} and ${fmtTime(g.last!)}`;
    const related = relatedCauses(variants.map((v) => v.key));
    const silent = g.cause === 'audit.outgoing.ignored-by-filter' ? ' (silent drops: these never show as SEND_FAILED)' : '';
    out.push({
      cause: g.cause,
      detail: `${g.count} entr${g.count === 1 ? 'y' : 'ies'}${span} on ${where.map((w) => `${w.key} (${w.count})`).join(', ')}${silent}${variants.length > 0 ? `; ${variants.map((v) => `"${v.key}" x${v.count}`).join(', ')}` : ''}${related.length > 0 ? `; see also ${related.join(', ')}` : ''}`,
      evidence: {
        count: g.count,
        servers: Object.fromEntries(g.servers),
        variants: variants.map((v) => ({ text: v.key, count: v.count })),
        ...(related.length > 0 ? { relatedCauses: related } : {}),
        ...(g.cause === 'audit.outgoing.ignored-by-filter' ? { recipients: topEntries(g.addresses, 20).map((a) => ({ address: a.key, count: a.count })) } : {}),
        examples: g.examples.map(exampleOf),
      },
    });
  }
  if (j && j.notSent.length > 0) {
    const by = { none: 0, failed: 0, ignored: 0 } as Record<Journey['send'], number>;
    for (const x of j.notSent) by[x.send] += 1;
    out.push({
      cause: 'audit.journey.not-sent',
      detail: `${j.notSent.length} processed emails have no SENT entry (${by.failed} SEND_FAILED, ${by.ignored} SEND_IGNORED, ${by.none} with no outgoing entry at all): ${journeyList(j.notSent)}`,
      evidence: {
        count: j.notSent.length,
        stoppedAt: [journeyStep(6), journeyStep(7)],
        failed: by.failed,
        ignored: by.ignored,
        noOutgoingEntry: by.none,
        examples: j.notSent.slice(0, 10).map((x) => ({ ...exampleOf(x.processed!), requestId: x.requestId, send: x.send })),
      },
    });
  }
  if (j && j.outgoingRows === 0 && j.emails > 0) {
    out.push({
      cause: 'audit.journey.outgoing-not-in-export',
      detail: `${j.emails} received emails, but no SENT, SEND_FAILED or SEND_IGNORED entries to follow them to step 7`,
      evidence: { emails: j.emails },
    });
  }
  analysis.unknown.slice(0, MAX_UNKNOWN).forEach((u) => {
    out.push({
      cause: 'audit.unknown-message',
      detail: `${u.count} x "${u.message}"${u.status ? ` (status ${u.status})` : ''}`,
      evidence: { message: u.message, status: u.status, count: u.count, examples: u.examples.map(exampleOf) },
    });
  });
  const rest = analysis.unknown.slice(MAX_UNKNOWN);
  if (rest.length > 0) {
    out.push({
      cause: 'audit.unknown-message',
      detail: `${rest.length} more unknown wordings (${rest.reduce((n, u) => n + u.count, 0)} entries)`,
      evidence: { messages: rest.slice(0, 200).map((u) => ({ message: u.message, count: u.count })) },
    });
  }
  if (analysis.ignored.length > 0) {
    const total = analysis.ignored.reduce((n, x) => n + x.count, 0);
    out.push({
      cause: 'audit.ignored.ranked',
      detail: `${total} RECEIVED IGNORED: ${analysis.ignored.map((x) => `${x.count} x "${x.message}"`).join('; ')}`,
      evidence: { total, reasons: analysis.ignored.map((x) => ({ cause: x.cause, message: x.message, count: x.count })) },
    });
  }
  out.push(...exportFindings({ parsed, analysis }));
  return out;
}

const SEVERITY_RANK = { info: 0, warn: 1, fail: 2 } as const;

/** Causes the rest of the knowledge base recognises in a failure detail (an SMTP reply, a Java exception). */
function relatedCauses(details: readonly string[]): CauseId[] {
  const found = new Set<CauseId>();
  for (const d of details) for (const m of matchText(d)) if (m.matcher.kind !== 'audit') found.add(m.cause);
  return [...found];
}

function journeyList(list: readonly Journey[]): string {
  const shown = list
    .slice(0, 5)
    .map(
      (x) =>
        `"${x.received.subject}" from ${x.received.address || '?'} on ${x.received.server || '?'} at ${x.received.rawTime || '?'} (line ${x.received.line})`,
    );
  return shown.join('; ') + (list.length > 5 ? `; and ${list.length - 5} more` : '');
}

/** Findings about the export itself: unreadable rows and times, odd statuses, the time format assumed. */
function exportFindings({ parsed, analysis }: AnalysisOf): FindingInput[] {
  const out: FindingInput[] = [];
  if (parsed.malformedCount > 0) {
    const lines = parsed.malformed.slice(0, MAX_MALFORMED_LINES);
    out.push({
      cause: 'audit.export.malformed-rows',
      detail: `${parsed.malformedCount} row(s) skipped: ${lines.map((m) => `line ${m.line} (${m.reason})`).join(', ')}${parsed.malformedCount > lines.length ? ', ...' : ''}`,
      evidence: { count: parsed.malformedCount, rows: lines },
    });
  }
  if (parsed.unreadableTimes.count > 0) {
    const { count, lines } = parsed.unreadableTimes;
    out.push({
      cause: 'audit.export.unreadable-times',
      detail: `${count} row(s) with a time that does not fit ${parsed.timeFormat?.label}: lines ${lines.slice(0, 20).join(', ')}`,
      evidence: { count, lines: lines.slice(0, 100) },
    });
  }
  const odd = Object.entries(analysis.otherStatuses).filter(([s]) => s !== '(none)');
  if (odd.length > 0) {
    out.push({ cause: 'audit.export.unknown-status', detail: odd.map(([s, n]) => `"${s}" x${n}`).join(', '), evidence: { statuses: Object.fromEntries(odd) } });
  }
  if (parsed.timeFormat) {
    const tf = parsed.timeFormat;
    out.push({
      cause: 'audit.export.time-format',
      detail: `event times read as ${tf.label}${tf.assumed ? ' (assumed)' : ''}: ${tf.basis}`,
      evidence: { label: tf.label, basis: tf.basis, assumed: tf.assumed, order: tf.order },
    });
  }
  return out;
}
