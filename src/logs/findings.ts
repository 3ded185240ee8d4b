// Turns a merged scan into findings: one per cause with counts, times, parties, timeline and samples (redacted with the report).
import type { FindingInput, Severity } from '../core/types.js';
import { causeOf, isCauseId, type CauseId } from '../knowledge/index.js';
import { formatLocal, type CauseStats, type ScanOptions, type ScanResult } from './scan/index.js';
import { buildTimeline } from './timeline.js';

const RANK: Record<Severity, number> = { fail: 0, warn: 1, info: 2 };
/** Causes the findings builder writes itself rather than per-cause tallies. */
const SPECIAL: ReadonlySet<CauseId> = new Set<CauseId>(['log.polling.fired', 'log.address.lines']);

/** The `n` biggest entries of a tally as "key (count)". */
export function top(map: Record<string, number>, n = 5): string[] {
  return Object.entries(map)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} (${v})`);
}

function when(ms: number): string | undefined {
  return Number.isFinite(ms) ? formatLocal(ms) : undefined;
}

function iso(ms: number): string | undefined {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** The common bucket range of every tallied cause, so that timelines line up. */
function range(result: ScanResult, opts: ScanOptions): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const s of Object.values(result.causes)) {
    first = Math.min(first, s.first);
    last = Math.max(last, s.last);
  }
  return [Math.floor(first / opts.bucketMs), Math.floor(last / opts.bucketMs)];
}

/** One finding for a cause's tally. */
export function causeFinding(cause: CauseId, s: CauseStats, opts: ScanOptions, span: [number, number]): FindingInput {
  const timeline = buildTimeline(s.buckets, span[0], span[1], opts.bucketMs);
  const parts = [`${s.count} line${s.count === 1 ? '' : 's'}`];
  if (when(s.first)) parts.push(`first ${when(s.first)}`, `last ${when(s.last)}`);
  const lines = [parts.join(', ')];
  if (Object.keys(s.mailboxes).length > 0) lines.push(`mailboxes: ${top(s.mailboxes).join(', ')}`);
  if (Object.keys(s.servers).length > 0) lines.push(`servers: ${top(s.servers).join(', ')}`);
  if (Object.keys(s.codes).length > 0) lines.push(`codes: ${top(s.codes).join(', ')}`);
  if (timeline?.sparkline && timeline.counts.length > 1)
    lines.push(`per ${timeline.bucketMinutes} min: ${timeline.sparkline}${timeline.peak ? ` (peak ${timeline.peak.count} at ${timeline.peak.at})` : ''}`);
  const samples = s.samples.map((x) => ({ file: x.file, time: iso(x.time), text: x.text }));
  for (const x of samples) lines.push(`> ${x.file}: ${x.text}`);
  return {
    cause,
    detail: lines.join('\n'),
    evidence: {
      count: s.count,
      first: iso(s.first),
      last: iso(s.last),
      mailboxes: s.mailboxes,
      servers: s.servers,
      codes: s.codes,
      files: s.files,
      timeline,
      sparkline: timeline?.sparkline ?? '',
      samples,
    },
  };
}

/** Findings about the bytes themselves: encoding, NUL bytes, huge lines, damaged gzip, binary and unreadable files. */
export function inputFindings(result: ScanResult): FindingInput[] {
  const out: FindingInput[] = [];
  for (const f of result.files) {
    const at = f.input.firstBadOffset >= 0 ? ` (first at byte ${f.input.firstBadOffset})` : '';
    const ev = { file: f.file, firstOffset: f.input.firstBadOffset };
    if (f.input.notUtf8 > 0)
      out.push({
        cause: 'log.input.not-utf8',
        detail: `${f.file}: ${f.input.notUtf8} line(s) are not UTF-8${at}`,
        evidence: { ...ev, lines: f.input.notUtf8 },
      });
    if (f.input.nul > 0)
      out.push({ cause: 'log.input.nul-bytes', detail: `${f.file}: ${f.input.nul} line(s) contain NUL bytes${at}`, evidence: { ...ev, lines: f.input.nul } });
    if (f.input.huge > 0)
      out.push({
        cause: 'log.input.huge-line',
        detail: `${f.file}: ${f.input.huge} line(s) longer than 1 MiB; only their first MiB was classified`,
        evidence: { file: f.file, lines: f.input.huge },
      });
    if (f.input.badGzip)
      out.push({
        cause: 'log.input.bad-gzip',
        detail: `${f.file}: ${f.input.badGzip}; ${f.bytes} bytes before the damage were scanned`,
        evidence: { file: f.file, error: f.input.badGzip, bytesRead: f.bytes },
      });
    if (f.input.binary)
      out.push({
        cause: 'log.input.binary-skipped',
        detail: `${f.file}: binary data${f.gz ? ' inside the gzip' : ''}, not a log; skipped, the other logs were scanned`,
        evidence: { file: f.file },
      });
    if (f.input.unreadable)
      out.push({ cause: 'log.input.unreadable', detail: `${f.file}: ${f.input.unreadable}`, evidence: { file: f.file, error: f.input.unreadable } });
  }
  return out;
}

/** Every finding of a scan: the polling judgement first, then the causes worst first and by count. */
export function scanFindings(result: ScanResult, opts: ScanOptions, polling: readonly FindingInput[]): FindingInput[] {
  const span = range(result, opts);
  const perCause: Array<{ f: FindingInput; rank: number; count: number }> = [];
  for (const [cause, s] of Object.entries(result.causes)) {
    if (!isCauseId(cause) || SPECIAL.has(cause)) continue;
    perCause.push({ f: causeFinding(cause, s, opts, span), rank: RANK[causeOf(cause).severity], count: s.count });
  }
  perCause.sort((a, b) => a.rank - b.rank || b.count - a.count);
  const out = [...polling, ...perCause.map((x) => x.f), ...inputFindings(result)];
  if (opts.address) {
    const a = result.causes['log.address.lines' satisfies CauseId];
    const f = a
      ? causeFinding('log.address.lines', a, opts, span)
      : { cause: 'log.address.lines' as const, detail: `${opts.address} does not appear in the scanned period`, evidence: { count: 0 } };
    out.push(f);
  }
  return out;
}
