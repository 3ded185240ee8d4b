// Judges email polling per tenant (one source each), from every fetch line whatever --address and --grep select.
import type { FindingInput } from '../core/types.js';
import type { CauseId } from '../knowledge/index.js';
import type { LogSource } from './discover.js';
import { top } from './findings.js';
import { emptyStats, formatLocal, labelledFiles, mergeStats, scanLogs, type ScanOptions, type ScanResult } from './scan/index.js';

/** One source's scan, as the polling judgement needs it. */
export interface SourceScan {
  source: LogSource;
  result: ScanResult;
}

/** Scans each source on its own, so that one tenant's fetches cannot stand in for another's. */
export async function scanEach(sources: readonly LogSource[], opts: ScanOptions, workers: number, signal: AbortSignal): Promise<SourceScan[]> {
  const out: SourceScan[] = [];
  for (const source of sources) out.push({ source, result: await scanLogs(labelledFiles([source]), { ...opts, workers }, signal) });
  return out;
}

/** What a polling judgement reads: every line of the fetch-bearing logs (email.log, service.log), whatever --address says. */
export function pollingScope(sources: readonly LogSource[], opts: ScanOptions): { sources: LogSource[]; opts: ScanOptions } {
  const { address: _address, grep: _grep, ...rest } = opts;
  return { sources: sources.map((s) => ({ ...s, files: s.files.filter((f) => f.kind !== 'error') })), opts: { ...rest, samples: 0 } };
}

/** Sample order offset per source, so that samples of later sources sort after earlier ones. */
const SOURCE_ORDER_STEP = 1_000_000;

/** One result out of several sources' results, as a single scan of all of them would have given. */
export function mergeScans(results: readonly ScanResult[], samples: number): ScanResult {
  if (results.length === 1) return results[0]!;
  const causes: ScanResult['causes'] = {};
  results.forEach((r, i) => {
    for (const [cause, stats] of Object.entries(r.causes)) {
      const later = { ...stats, samples: stats.samples.map((x) => ({ ...x, order: x.order + i * SOURCE_ORDER_STEP })) };
      mergeStats((causes[cause] ??= emptyStats()), later, samples);
    }
  });
  return {
    causes,
    files: results.flatMap((r) => r.files),
    bytes: results.reduce((n, r) => n + r.bytes, 0),
    outOfWindow: results.reduce((n, r) => n + r.outOfWindow, 0),
    kinds: [...new Set(results.flatMap((r) => r.kinds))],
  };
}

/** When one source's fetch job last ran, and whether that is too long ago; nothing when it cannot tell. */
export function sourcePolling(scan: SourceScan, staleAfterMs: number, now: number, named: boolean): FindingInput[] {
  const who = scan.source.tenant ? `tenant ${scan.source.tenant}` : scan.source.label;
  const lead = named ? `${who}: ` : '';
  const where = { source: scan.source.label, ...(scan.source.tenant ? { tenant: scan.source.tenant } : {}) };
  const fired = scan.result.causes['log.polling.fired' satisfies CauseId];
  if (!fired || fired.count === 0 || !Number.isFinite(fired.last)) {
    if (!scan.result.kinds.includes('service')) return [];
    return [
      {
        cause: 'log.polling.not-seen',
        detail: `${lead}no line in the scanned logs shows the email fetch job running`,
        evidence: { ...where, staleAfterMinutes: staleAfterMs / 60000 },
      },
    ];
  }
  const age = now - fired.last;
  const base = {
    ...where,
    lastFetch: new Date(fired.last).toISOString(),
    fetches: fired.count,
    minutesSinceLastFetch: Math.round(age / 60000),
    staleAfterMinutes: staleAfterMs / 60000,
    mailboxes: fired.mailboxes,
  };
  const mailboxes = Object.keys(fired.mailboxes).length > 0 ? `; mailboxes: ${top(fired.mailboxes).join(', ')}` : '';
  const info: FindingInput = {
    cause: 'log.polling.fired',
    detail: `${lead}last email fetch ${formatLocal(fired.last)} (${fired.count} fetches logged${mailboxes})`,
    evidence: base,
  };
  if (age <= staleAfterMs) return [info];
  return [
    {
      cause: 'log.polling.stopped',
      detail: `${lead}no email fetch for ${Math.round(age / 60000)} min (last ${formatLocal(fired.last)}; allowed gap ${staleAfterMs / 60000} min)`,
      evidence: base,
    },
    info,
  ];
}

/** The polling findings of every source, stopped ones first; tenants are named when there are several sources. */
export function pollingFindings(scans: readonly SourceScan[], staleAfterMs: number, now: number): FindingInput[] {
  const all = scans.flatMap((s) => sourcePolling(s, staleAfterMs, now, scans.length > 1));
  const rank = (f: FindingInput) => (f.cause === 'log.polling.stopped' ? 0 : f.cause === 'log.polling.not-seen' ? 1 : 2);
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
}
