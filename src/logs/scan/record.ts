// Adds one classified line to its cause's tally: time, bucket, mailboxes, servers, codes, sample.
import type { CauseId } from '../../knowledge/index.js';
import { SAMPLE_CHARS, type ScanOptions } from './options.js';
import { bump, emptyStats, settleRun, type CauseStats, type Sample, type ScanPart } from './stats.js';

const SERVER =
  /\b(?:host|server|port:)[\s=:"']+([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)|(?<![\w.])((?:smtp|imap|pop3?|mail|outlook|exchange|login)[a-z0-9-]*(?:\.[a-z0-9-]+){1,6})(?![\w.])/;
const SERVER_GROUPS = ['host', 'server', 'serverName'];
const CODE_GROUPS = ['aadsts', 'error', 'httpStatus', 'status', 'exception', 'code', 'reply'];

/** The tally of `cause` in `part`, created on first use. */
export function statsFor(part: ScanPart, cause: CauseId): CauseStats {
  let s = part.causes[cause];
  if (!s) {
    s = emptyStats();
    part.causes[cause] = s;
  }
  return s;
}

/** Records one line under its cause. */
export function recordLine(part: ScanPart, opts: ScanOptions, cause: CauseId, time: number, line: string, offset: number, extract: number): void {
  recordInto(statsFor(part, cause), part, opts, time, line, offset, undefined, extract);
}

/**
 * Records one line into an already looked-up tally (the hot path caches tallies per matcher). `extract` 2 takes
 * mailboxes, servers and captured codes from the line's message `text`; 0 takes nothing (routine lines). `pending` is
 * the tally's table of samples still to be decoded, whose slot this line's text replaces.
 */
export function recordInto(
  s: CauseStats,
  part: ScanPart,
  opts: ScanOptions,
  t: number,
  line: string,
  offset: number,
  groups: Record<string, string> | undefined,
  extract: number,
  pending?: Int32Array,
  text = line,
): void {
  const slot = tallyLine(s, opts, part, offset, t);
  if (extract > 0) extractParties(s, text, groups, extract);
  if (slot >= 0) {
    (s.samples[slot] as Sample).text = sampleText(line);
    if (pending) pending[2 * slot] = -1;
  }
}

/**
 * Counts one line at time `t` at `offset` of the part's file: total, first and last time, its timeline bucket, and the
 * sample slot it takes among the latest opts.samples (lines arrive in file order, so the oldest sits at
 * `(count - 1) % samples`) with its place and time filled in; returns that slot, or -1 when no samples are kept. The
 * caller fills in the text. One call per line: the time is a double, passed boxed to each function it goes through.
 */
export function tallyLine(s: CauseStats, opts: ScanOptions, part: ScanPart, offset: number, t: number): number {
  s.count += 1;
  if (!Number.isNaN(t)) {
    if (t < s.first) s.first = t;
    if (t > s.last) s.last = t;
    const b = Math.floor(t / opts.bucketMs);
    if (b === s.runBucket) s.runCount += 1;
    else {
      settleRun(s);
      s.runBucket = b;
      s.runCount = 1;
    }
  }
  const max = opts.samples;
  if (max === 0) return -1;
  if (s.samples.length < max) {
    s.samples.push({ order: part.order, offset, file: part.file, time: t, text: '' });
    return s.samples.length - 1;
  }
  const k = (s.count - 1) % max;
  const slot = s.samples[k] as Sample;
  slot.order = part.order;
  slot.offset = offset;
  slot.file = part.file;
  slot.time = t;
  return k;
}

/** A sample's text: the line, cut at SAMPLE_CHARS. */
export function sampleText(line: string): string {
  return line.length > SAMPLE_CHARS ? `${line.slice(0, SAMPLE_CHARS)}…` : line;
}

/** Adds each e-mail address of the line (at most three), found around '@' without a regex scan. */
function addMailboxes(s: CauseStats, line: string): void {
  let at = line.indexOf('@');
  for (let n = 0; at > 0 && n < 3; n += 1) {
    let a = at;
    while (a > 0 && isLocalChar(line.charCodeAt(a - 1))) a -= 1;
    let b = at + 1;
    while (b < line.length && isDomainChar(line.charCodeAt(b))) b += 1;
    while (b > at + 1 && line.charCodeAt(b - 1) === 46) b -= 1;
    const domain = line.slice(at + 1, b);
    if (a < at && domain.includes('.')) bump(s.mailboxes, line.slice(a, b).toLowerCase());
    at = line.indexOf('@', b);
  }
}

/** An ASCII letter, digit, dot or hyphen: a character of a domain name as addMailboxes reads one. */
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** A domain character or one of `_ % +`: a character of an address's local part as addMailboxes reads one. */
function isLocalChar(c: number): boolean {
  return isDomainChar(c) || c === 95 || c === 37 || c === 43;
}

function extractParties(s: CauseStats, line: string, groups: Record<string, string> | undefined, mode: number): void {
  addMailboxes(s, line);
  if (mode < 2) return;
  let server: string | undefined;
  if (groups) for (const g of SERVER_GROUPS) server ||= groups[g];
  if (!server) {
    const m = SERVER.exec(line);
    server = m ? (m[1] ?? m[2]) : undefined;
  }
  if (server) bump(s.servers, server.toLowerCase());
  if (groups) {
    for (const g of CODE_GROUPS) {
      const v = groups[g];
      if (v && v.length <= 60) bump(s.codes, `${g}=${g === 'reply' ? v.slice(0, 20) : v}`);
    }
  }
}
