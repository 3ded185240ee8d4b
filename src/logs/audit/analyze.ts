// Filters an export's classified rows as they stream in and gathers every count and group the audit report needs,
// keeping only what a finding still needs: counters, capped examples, and the emails whose journey is still open.
import { AUDIT_STATUSES, type AuditStatus } from '../../knowledge/audit-messages.js';
import type { CauseId } from '../../knowledge/index.js';
import { JourneyFollower, type JourneyResult } from './journey.js';
import { RecentKeys } from './recent-keys.js';
import { TimeOrder } from './time-order.js';
import type { AuditRow } from './row.js';
import { SpikeTally, type SpikeResult } from './spike.js';
import { TimeColumn, type DateOrder } from './time-format.js';
import { StatusTally, type StatusTimeline } from './status-timeline.js';

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
}

const EXAMPLES = 3;
/** Captures that identify one email rather than a kind of failure, left out of variants. */
const IDENTITY = new Set(['id', 'name', 'count', 'request']);
/** Lines kept of the rows whose time does not fit the column's format (the rest are only counted). */
const UNREADABLE_KEPT = 100;

/** False for a row outside --since/--until (by its time, NaN for none), --server or --status. */
export function keepRow(row: AuditRow, time: number, f: AuditFilters): boolean {
  if (f.since !== undefined && (Number.isNaN(time) || time < f.since)) return false;
  if (f.until !== undefined && (Number.isNaN(time) || time > f.until)) return false;
  if (f.server !== undefined && row.server.toLowerCase() !== f.server.toLowerCase()) return false;
  if (f.statuses && (!row.status || !f.statuses.includes(row.status))) return false;
  return true;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The earliest and latest of some times (NaN ignored). */
class Span {
  first = NaN;
  last = NaN;

  add(t: number): void {
    if (Number.isNaN(t)) return;
    if (!(t >= this.first)) this.first = t;
    if (!(t <= this.last)) this.last = t;
  }
}

/** What is tallied per day order while the column's order is not known: spans, spikes, unreadable times. */
class ByOrder {
  readonly span = new Span();
  readonly spikes = new SpikeTally();
  readonly timeline = new StatusTally();
  readonly groupSpans = new Map<CauseId, Span>();
  unreadable = 0;
  readonly unreadableLines: number[] = [];

  /** Counts a row whose time this day order cannot read. */
  unreadableAt(line: number): void {
    this.unreadable += 1;
    if (this.unreadableLines.length < UNREADABLE_KEPT) this.unreadableLines.push(line);
  }

  /** Widens the span of a cause's rows. */
  groupTime(cause: CauseId, t: number): void {
    let span = this.groupSpans.get(cause);
    if (!span) {
      span = new Span();
      this.groupSpans.set(cause, span);
    }
    span.add(t);
  }
}

/** The result of one streaming pass, and whether its journeys hold (rows came in time order in the decided day order). */
export interface PassResult {
  analysis: AuditAnalysis;
  order: DateOrder;
  timeFormat: ReturnType<TimeColumn['format']>;
  unreadableTimes: { count: number; lines: number[] };
  journeysHold: boolean;
}

/**
 * Takes an export's rows in file order. Filters need each row's time, so with --since or --until the day order must
 * be known up front (`order`); without them both orders are tallied and the column decides at the end. `forced` is
 * --date-order.
 */
export class AuditAnalyzer {
  private readonly column: TimeColumn;
  private readonly statuses = Object.fromEntries(AUDIT_STATUSES.map((s) => [s, 0])) as Record<AuditStatus, number>;
  private readonly otherStatuses: Record<string, number> = {};
  /** A Map while rows come (a fresh string as an object key costs a string-table look-up per row), the last few apart. */
  private readonly servers = new Map<string, { n: number }>();
  private readonly recentServers = new RecentKeys<{ n: number }>();
  private readonly groups = new Map<CauseId, CauseGroup>();
  private readonly ignored = new Map<string, { cause: CauseId | 'unknown'; message: string; count: number }>();
  private readonly unknown = new Map<string, UnknownGroup>();
  private readonly orders: Record<DateOrder, ByOrder> = { dmy: new ByOrder(), mdy: new ByOrder() };
  private kept = 0;
  private readonly follower = new JourneyFollower();
  private readonly timeOrder = new TimeOrder(this.follower);

  constructor(
    private readonly filters: AuditFilters,
    private readonly forced?: DateOrder,
    private readonly order?: DateOrder,
  ) {
    this.column = new TimeColumn(forced);
  }

  /** Takes the next row of the export, its message already classified (see classified-rows.ts). */
  add(row: AuditRow): void {
    const column = this.column;
    column.read(row.rawTime);
    const dmy = this.order === 'mdy' ? column.mdy : column.dmy;
    const mdy = this.order === 'dmy' ? column.dmy : column.mdy;
    if (row.rawTime) {
      if (Number.isNaN(dmy)) this.orders.dmy.unreadableAt(row.line);
      if (Number.isNaN(mdy)) this.orders.mdy.unreadableAt(row.line);
    }
    if (!keepRow(row, dmy, this.filters)) return;
    const status = row.status ?? (row.statusText ? undefined : row.match?.status);
    row.step = status;
    this.kept += 1;
    this.orders.dmy.span.add(dmy);
    this.orders.mdy.span.add(mdy);
    this.orders.dmy.spikes.add(status, dmy, row.message);
    this.orders.mdy.spikes.add(status, mdy, row.message);
    this.orders.dmy.timeline.add(status, dmy);
    this.orders.mdy.timeline.add(status, mdy);
    this.tally(row, status, dmy, mdy);
    if (!status) return;
    if (Number.isNaN(dmy) && Number.isNaN(mdy)) this.timeOrder.addUntimed();
    else {
      const order = this.order ?? this.column.provisional();
      this.timeOrder.add(row, order === 'dmy' ? dmy : mdy, order);
    }
  }

  /** Counts a kept row per status, server, cause, ignore reason and unknown wording. */
  private tally(row: AuditRow, status: AuditStatus | undefined, dmy: number, mdy: number): void {
    const match = row.match;
    if (status) this.statuses[status] += 1;
    else this.otherStatuses[row.statusText || '(none)'] = (this.otherStatuses[row.statusText || '(none)'] ?? 0) + 1;
    const server = row.server || '(none)';
    this.countServer(server);
    if (status === 'RECEIVED IGNORED') {
      const key = match?.cause ?? `unknown:${row.message}`;
      const entry = this.ignored.get(key) ?? { cause: match?.cause ?? 'unknown', message: row.message, count: 0 };
      entry.count += 1;
      this.ignored.set(key, entry);
    }
    if (!match) {
      if (!row.message) return;
      const key = row.message.replace(/\d+/g, '#').slice(0, 300);
      const u = this.unknown.get(key) ?? { message: row.message, status: row.statusText, count: 0, examples: [] };
      u.count += 1;
      if (u.examples.length < EXAMPLES) u.examples.push(row);
      this.unknown.set(key, u);
      return;
    }
    if (match.disposition !== 'action') return;
    let g = this.groups.get(match.cause);
    if (!g) {
      g = { cause: match.cause, count: 0, servers: new Map(), variants: new Map(), addresses: new Map(), examples: [] };
      this.groups.set(match.cause, g);
    }
    g.count += 1;
    bump(g.servers, server);
    const variant = Object.entries(match.captures)
      .filter(([k]) => !IDENTITY.has(k))
      .map(([, v]) => v)
      .join(' / ');
    if (variant) bump(g.variants, variant);
    if (row.address) bump(g.addresses, row.address.toLowerCase());
    if (g.examples.length < EXAMPLES) g.examples.push(row);
    this.orders.dmy.groupTime(match.cause, dmy);
    this.orders.mdy.groupTime(match.cause, mdy);
  }

  private countServer(server: string): void {
    let cell = this.recentServers.get(server);
    if (!cell) {
      cell = this.servers.get(server);
      if (!cell) {
        cell = { n: 0 };
        this.servers.set(server, cell);
      }
      this.recentServers.set(server, cell);
    }
    cell.n += 1;
  }

  /** The analysis, with the day order the column decided; `journeysHold` is false when they must be redone in time order. */
  finish(): PassResult {
    this.timeOrder.drain();
    const format = this.column.format();
    const order: DateOrder = this.order ?? format?.order ?? 'dmy';
    const o = this.orders[order];
    const first = Number.isNaN(o.span.first) ? undefined : o.span.first;
    const last = Number.isNaN(o.span.last) ? undefined : o.span.last;
    const journeysHold = this.timeOrder.held(order, first !== undefined);
    const journeys = this.filters.statuses ? undefined : this.follower.finish(last, (r) => r.time);
    const spikes = first !== undefined && last !== undefined ? o.spikes.finish(first, last) : undefined;
    const timeline = o.timeline.finish(first, last);
    for (const g of this.groups.values()) {
      const span = o.groupSpans.get(g.cause);
      if (span && !Number.isNaN(span.first)) {
        g.first = span.first;
        g.last = span.last;
      }
    }
    const analysis: AuditAnalysis = {
      kept: this.kept,
      statuses: this.statuses,
      otherStatuses: this.otherStatuses,
      servers: Object.fromEntries([...this.servers].map(([server, cell]) => [server, cell.n])),
      groups: [...this.groups.values()].sort((a, b) => b.count - a.count),
      ignored: [...this.ignored.values()].sort((a, b) => b.count - a.count),
      unknown: [...this.unknown.values()].sort((a, b) => b.count - a.count),
      ...(journeys ? { journeys } : {}),
      ...(spikes ? { spikes } : {}),
      ...(timeline ? { timeline } : {}),
      ...(first !== undefined ? { first, last } : {}),
    };
    const unreadableTimes = format ? { count: o.unreadable, lines: o.unreadableLines } : { count: 0, lines: [] };
    return { analysis, order, timeFormat: format, unreadableTimes, journeysHold: journeysHold || this.filters.statuses !== undefined };
  }
}
