// Summary line, evidence and small formatting helpers of the audit report.
import type { Evidence } from '../../core/types.js';
import { AUDIT_STATUSES } from '../../knowledge/audit-messages.js';
import { stepsFromStatuses } from '../journey-steps.js';
import type { AuditFilters } from './analyze.js';
import type { AnalysisOf } from './analyze-export.js';
import type { AuditRow } from './row.js';

/** `yyyy-mm-dd hh:mm` of a time read from an export (zone-less times are kept as written). */
export function fmtTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** The biggest entries of a counter. */
export function topEntries(map: ReadonlyMap<string, number>, n: number): Array<{ key: string; count: number }> {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, count]) => ({ key, count }));
}

/** A row as JSON-safe evidence, as the export wrote it. */
export function exampleOf(row: AuditRow): Evidence {
  return { line: row.line, time: row.rawTime, server: row.server, address: row.address, subject: row.subject, status: row.statusText, message: row.message };
}

/** One line: entries, the statuses present, and the headline problems. */
export function auditSummary({ analysis }: AnalysisOf): string {
  if (analysis.kept === 0) return 'no audit entries (after filters)';
  const present = AUDIT_STATUSES.filter((s) => analysis.statuses[s] > 0).map((s) => `${s} ${analysis.statuses[s]}`);
  const parts = [`${analysis.kept} entries (${present.join(', ') || 'no documented status'})`];
  const j = analysis.journeys;
  if (j && j.stuck.length > 0) parts.push(`${j.stuck.length} stuck at step 4`);
  if (j && j.notSent.length > 0) parts.push(`${j.notSent.length} processed but not SENT`);
  const spikes = analysis.spikes?.spikes.length ?? 0;
  if (spikes > 0) parts.push(`${spikes} SEND_FAILED spike${spikes > 1 ? 's' : ''}`);
  if (analysis.unknown.length > 0) parts.push(`${analysis.unknown.length} unknown message${analysis.unknown.length > 1 ? 's' : ''}`);
  return parts.join('; ');
}

/** The result's evidence: counts per documented status and per server, so scripts can read them. */
export function auditEvidence({ parsed, analysis }: AnalysisOf, filters: AuditFilters): Evidence {
  const j = analysis.journeys;
  return {
    format: parsed.format,
    encoding: parsed.encoding,
    columns: parsed.columns,
    headerRow: parsed.hasHeader,
    rowsRead: parsed.rowsRead,
    malformedRows: parsed.malformedCount,
    entries: analysis.kept,
    statuses: analysis.statuses,
    servers: analysis.servers,
    ...(Object.keys(analysis.otherStatuses).length > 0 ? { otherStatuses: analysis.otherStatuses } : {}),
    unknownMessages: analysis.unknown.reduce((n, u) => n + u.count, 0),
    ...(parsed.timeFormat ? { timeFormat: { label: parsed.timeFormat.label, assumed: parsed.timeFormat.assumed, basis: parsed.timeFormat.basis } } : {}),
    ...(analysis.first !== undefined ? { first: fmtTime(analysis.first), last: fmtTime(analysis.last!) } : {}),
    filters: {
      ...(filters.since !== undefined ? { since: new Date(filters.since).toISOString() } : {}),
      ...(filters.until !== undefined ? { until: new Date(filters.until).toISOString() } : {}),
      ...(filters.server ? { server: filters.server } : {}),
      ...(filters.statuses ? { statuses: filters.statuses } : {}),
    },
    journeys: j
      ? {
          followed: true,
          emails: j.emails,
          stuckAtStep4: j.stuck.length,
          inProgress: j.inProgress,
          processedNotSent: j.notSent.length,
          processedAndSent: j.sent,
        }
      : { followed: false, reason: 'a --status filter hides steps of the journey' },
    journeySteps: stepsFromStatuses(analysis.statuses),
    ...(analysis.timeline ? { statusTimeline: analysis.timeline } : {}),
    ...(analysis.spikes
      ? {
          sendFailedBuckets: {
            bucketMinutes: Math.round(analysis.spikes.bucketMs / 60_000),
            buckets: analysis.spikes.buckets,
            baseline: analysis.spikes.baseline,
            threshold: analysis.spikes.threshold,
            spikes: analysis.spikes.spikes.length,
          },
        }
      : {}),
  };
}
