// Filters and classifies an export's rows and gathers every count and group the audit report needs.
import { AUDIT_STATUSES, type AuditStatus } from '../../knowledge/audit-messages.js';
import type { CauseId } from '../../knowledge/index.js';
import type { ClassifiedRow } from './classified.js';
import { AuditClassifier } from './classify.js';
import { followJourneys, type JourneyResult } from './journey.js';
import type { AuditRow } from './row.js';
import { findSpikes, type SpikeResult } from './spike.js';
import { statusTimeline, type StatusTimeline } from './status-timeline.js';

/** The --since/--until/--server/--status filters. */
export interface AuditFilters {
  since?: number;
  until?: number;
  server?: string;
  statuses?: AuditStatus[];
}

/** Rows of one cause that need action, with where and how often. */
export interface CauseGroup {
  cause: CauseId;
  count: number;
  servers: Map<string, number>;
  /** The captured variable parts (failure detail, filter, file name) and how often each occurred. */
  variants: Map<string, number>;
  /** Recipients or senders involved (for silent drops). */
  addresses: Map<string, number>;
  examples: AuditRow[];
  first?: number;
  last?: number;
}

/** Messages that match no documented row, grouped by their wording with digits folded. */
export interface UnknownGroup {
  message: string;
  status: string;
  count: number;
  examples: AuditRow[];
}

/** Everything the audit check reports. */
export interface AuditAnalysis {
  kept: number;
  statuses: Record<AuditStatus, number>;
  otherStatuses: Record<string, number>;
  servers: Record<string, number>;
  groups: CauseGroup[];
  ignored: Array<{ cause: CauseId | 'unknown'; message: string; count: number }>;
  unknown: UnknownGroup[];
  journeys?: JourneyResult;
  spikes?: SpikeResult;
  timeline?: StatusTimeline;
  first?: number;
  last?: number;
  regexRuns: number;
}

const EXAMPLES = 3;
/** Captures that identify one email rather than a kind of failure, left out of variants. */
const IDENTITY = new Set(['id', 'name', 'count', 'request']);

function keep(row: AuditRow, f: AuditFilters): boolean {
  if (f.since !== undefined && (row.time === undefined || row.time < f.since)) return false;
  if (f.until !== undefined && (row.time === undefined || row.time > f.until)) return false;
  if (f.server !== undefined && row.server.toLowerCase() !== f.server.toLowerCase()) return false;
  if (f.statuses && (!row.status || !f.statuses.includes(row.status))) return false;
  return true;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Classifies and aggregates; `signal` is checked between chunks of rows. */
export function analyzeRows(rows: readonly AuditRow[], filters: AuditFilters, signal?: AbortSignal): AuditAnalysis {
  const classifier = new AuditClassifier();
  const statuses = Object.fromEntries(AUDIT_STATUSES.map((s) => [s, 0])) as Record<AuditStatus, number>;
  const otherStatuses: Record<string, number> = {};
  const servers: Record<string, number> = {};
  const groups = new Map<CauseId, CauseGroup>();
  const ignored = new Map<string, { cause: CauseId | 'unknown'; message: string; count: number }>();
  const unknown = new Map<string, UnknownGroup>();
  const classified: ClassifiedRow[] = [];
  let first: number | undefined;
  let last: number | undefined;
  for (let i = 0; i < rows.length; i += 1) {
    if ((i & 0xffff) === 0) signal?.throwIfAborted();
    const row = rows[i]!;
    if (!keep(row, filters)) continue;
    const match = row.message ? classifier.classify(row.message, row.status) : null;
    const status = row.status ?? (row.statusText ? undefined : match?.status);
    row.match = match;
    row.step = status;
    classified.push(row);
    if (row.time !== undefined) {
      if (first === undefined || row.time < first) first = row.time;
      if (last === undefined || row.time > last) last = row.time;
    }
    if (status) statuses[status] += 1;
    else otherStatuses[row.statusText || '(none)'] = (otherStatuses[row.statusText || '(none)'] ?? 0) + 1;
    const server = row.server || '(none)';
    servers[server] = (servers[server] ?? 0) + 1;
    if (status === 'RECEIVED IGNORED') {
      const key = match?.cause ?? `unknown:${row.message}`;
      const entry = ignored.get(key) ?? { cause: match?.cause ?? 'unknown', message: row.message, count: 0 };
      entry.count += 1;
      ignored.set(key, entry);
    }
    if (!match) {
      if (!row.message) continue;
      const key = row.message.replace(/\d+/g, '#').slice(0, 300);
      const u = unknown.get(key) ?? { message: row.message, status: row.statusText, count: 0, examples: [] };
      u.count += 1;
      if (u.examples.length < EXAMPLES) u.examples.push(row);
      unknown.set(key, u);
      continue;
    }
    if (match.disposition !== 'action') continue;
    let g = groups.get(match.cause);
    if (!g) {
      g = { cause: match.cause, count: 0, servers: new Map(), variants: new Map(), addresses: new Map(), examples: [] };
      groups.set(match.cause, g);
    }
    g.count += 1;
    bump(g.servers, server);
    const variant = Object.entries(match.captures).filter(([k]) => !IDENTITY.has(k)).map(([, v]) => v).join(' / ');
    if (variant) bump(g.variants, variant);
    if (row.address) bump(g.addresses, row.address.toLowerCase());
    if (g.examples.length < EXAMPLES) g.examples.push(row);
    if (row.time !== undefined) {
      if (g.first === undefined || row.time < g.first) g.first = row.time;
      if (g.last === undefined || row.time > g.last) g.last = row.time;
    }
  }
  const journeys = filters.statuses ? undefined : followJourneys(classified, last);
  const spikes = first !== undefined && last !== undefined ? findSpikes(classified, first, last) : undefined;
  const timeline = statusTimeline(classified, first, last);
  return {
    kept: classified.length,
    statuses,
    otherStatuses,
    servers,
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    ignored: [...ignored.values()].sort((a, b) => b.count - a.count),
    unknown: [...unknown.values()].sort((a, b) => b.count - a.count),
    ...(journeys ? { journeys } : {}),
    ...(spikes ? { spikes } : {}),
    ...(timeline ? { timeline } : {}),
    ...(first !== undefined ? { first } : {}),
    ...(last !== undefined ? { last } : {}),
    regexRuns: classifier.regexRuns,
  };
}
