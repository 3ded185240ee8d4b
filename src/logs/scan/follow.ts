// `logs --follow`: tail -f across rotation, printing each classified line as it is written, until aborted.
import { redact } from '../../core/redact.js';
import { severityOf } from '../../core/finding.js';
import type { CauseId } from '../../knowledge/index.js';
import { canonicalise, lineKind, yearHint } from './canonical-lines.js';
import { FileTail } from './tail-file.js';
import { buildClassifier, type Classifier } from './classifier.js';
import { CANON_NONE, CANON_SCRATCH } from './first-pass-layout.js';
import { bestMatch, collectCandidates, type LineClass } from './line-candidates.js';
import { bodyStart, isStackFrame, readFrom } from './line-prefix.js';
import { MAX_LINE } from './options.js';
import { formatLocal, textLineTime } from './timestamp.js';

/** One classified line as follow mode prints it. */
export interface FollowEvent {
  time?: string;
  file: string;
  cause: string;
  severity: string;
  line: string;
}

/** What follow mode watches and where it writes. */
export interface FollowSettings {
  files: string[];
  address?: string;
  grep?: string;
  pollMs?: number;
  /** Read existing content too (tests); by default only new lines, like tail -f. */
  fromStart?: boolean;
  signal: AbortSignal;
  emit(event: FollowEvent): void;
  /** Called once every file is open: lines written from then on are all printed. */
  ready?(): void;
}

/**
 * Classifies one plain text line as the scan does (its message, never a stack frame); null when no rule (or --grep)
 * matches, or the address is absent.
 */
export function classifyOne(
  cls: Classifier,
  line: string,
  grep: RegExp | undefined,
  address: string | undefined,
  out: LineClass,
): { cause: CauseId | 'log.grep.match'; severity: string } | null {
  const bytes = Buffer.from(line, 'utf8');
  if (isStackFrame(bytes, 0, bytes.length)) return null;
  const body = bodyStart(bytes, 0, bytes.length);
  const hasAddress = collectCandidates(cls, bytes, readFrom(bytes, 0, body), bytes.length);
  if (address && !hasAddress) return null;
  bestMatch(cls, bytes.toString('utf8', body), out);
  const m = out.matcher >= 0 ? cls.matchers[out.matcher] : undefined;
  if (m) return { cause: m.cause, severity: severityOf(m) };
  if (grep && grep.test(line)) return { cause: 'log.grep.match', severity: 'info' };
  return null;
}

/** The plain lines of a line as written: a JSON or syslog line rewritten as the scan rewrites it, any other as it is. */
function plainLines(line: string, scratch: Buffer): string[] {
  const bytes = Buffer.from(line, 'utf8');
  if (lineKind(bytes, 0, bytes.length) === CANON_NONE) return [line];
  const end = canonicalise(bytes, 0, bytes.length, yearHint(Date.now()), scratch);
  return bytes.toString('utf8', 0, end).split('\n');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Follows the files until the signal aborts; a renamed or truncated (copytruncate) file is followed without losing a line. */
export async function followLogs(settings: FollowSettings): Promise<void> {
  const cls = buildClassifier(settings.address);
  const grep = settings.grep ? new RegExp(settings.grep, 'i') : undefined;
  const out: LineClass = { matcher: -1, match: null, hasAddress: false };
  const tails = settings.files.map((path) => new FileTail(path, MAX_LINE));
  for (const t of tails) await t.open(settings.fromStart === true);
  settings.ready?.();
  const scratch = Buffer.allocUnsafe(CANON_SCRATCH);
  let lastTime = NaN;
  const onLine = (file: string) => (written: string) => {
    for (const line of plainLines(written, scratch)) {
      const own = textLineTime(line);
      if (!Number.isNaN(own)) lastTime = own;
      const hit = classifyOne(cls, line, grep, settings.address, out);
      if (!hit) continue;
      settings.emit({ time: Number.isNaN(lastTime) ? undefined : formatLocal(lastTime), file, cause: hit.cause, severity: hit.severity, line: redact(line) });
    }
  };
  try {
    while (!settings.signal.aborted) {
      for (const t of tails) await t.poll(onLine(t.path));
      await sleep(settings.pollMs ?? 250, settings.signal);
    }
  } finally {
    for (const t of tails) await t.close();
  }
}
