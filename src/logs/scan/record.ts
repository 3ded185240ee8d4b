// Adds one classified line to its cause's tally: time, bucket, mailboxes, servers, codes, sample.
import type { CauseId } from '../../knowledge/index.js';
import { SAMPLE_CHARS, type ScanOptions } from './options.js';
import { bump, emptyStats, settleRun, type CauseStats, type Sample, type ScanPart } from './stats.js';

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
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
  countLine(s, opts, t);
  if (extract > 0) extractParties(s, text, groups, extract);
  if (opts.samples > 0) {
    const slot = sampleSlot(s, opts.samples, part.order, offset, part.file, t);
    (s.samples[slot] as Sample).text = sampleText(line);
    if (pending) pending[2 * slot] = -1;
  }
}

/** Counts one line: total, first and last time, and its timeline bucket. */
export function countLine(s: CauseStats, opts: ScanOptions, t: number): void {
  s.count += 1;
  if (Number.isNaN(t)) return;
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

/** A sample's text: the line, cut at SAMPLE_CHARS. */
export function sampleText(line: string): string {
  return line.length > SAMPLE_CHARS ? `${line.slice(0, SAMPLE_CHARS)}…` : line;
}

/**
 * The slot of the latest `max` samples of a task that the line just counted takes, with its place and time filled
 * in (lines arrive in file order, so the oldest sits at `(count - 1) % max`); the caller fills in the text.
 */
export function sampleSlot(s: CauseStats, max: number, order: number, offset: number, file: string, time: number): number {
  if (s.samples.length < max) {
    s.samples.push({ order, offset, file, time, text: '' });
    return s.samples.length - 1;
  }
  const k = (s.count - 1) % max;
  const slot = s.samples[k] as Sample;
  slot.order = order;
  slot.offset = offset;
  slot.file = file;
  slot.time = time;
  return k;
}

/** Adds each e-mail address of the line (at most three), found around '@' without a regex scan. */
function addMailboxes(s: CauseStats, line: string): void {
  let at = line.indexOf('@');
  for (let n = 0; at > 0 && n < 3; n += 1) {
    let a = at;
    while (a > 0 && LOCAL_CHAR.test(line.charAt(a - 1))) a -= 1;
    let b = at + 1;
    while (b < line.length && DOMAIN_CHAR.test(line.charAt(b))) b += 1;
    while (b > at + 1 && line.charAt(b - 1) === '.') b -= 1;
    const domain = line.slice(at + 1, b);
    if (a < at && domain.includes('.')) bump(s.mailboxes, line.slice(a, b).toLowerCase());
    at = line.indexOf('@', b);
  }
}

function extractParties(s: CauseStats, line: string, groups: Record<string, string> | undefined, mode: number): void {
  addMailboxes(s, line);
  if (mode < 2) return;
  let server = SERVER_GROUPS.map((g) => groups?.[g]).find((v) => v);
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
