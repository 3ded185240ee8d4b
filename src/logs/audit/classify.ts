// Classifies audit messages with the knowledge base's audit matchers, fast enough for millions of rows.
import { auditMatchers, type AuditStatus, AUDIT_MESSAGES } from '../../knowledge/audit-messages.js';
import type { CauseId } from '../../knowledge/index.js';
import { tolerantAudit } from '../../knowledge/identify/tolerant-audit.js';
import { cleanCapture } from '../../knowledge/template.js';
import type { TextMatcher } from '../../knowledge/types.js';
import { RecentKeys } from './recent-keys.js';
import { TolerantMemo } from './tolerant-memo.js';

/** What one audit message means: its documented row, or nothing when no row matches. */
export interface Classification {
  cause: CauseId;
  /** The status the seed documents for this message. */
  status: AuditStatus;
  disposition: 'normal' | 'expected' | 'action';
  captures: Record<string, string>;
}

/** Most distinct messages remembered; beyond it every new message is classified afresh. */
const CACHE_LIMIT = 200_000;

type AuditMatcher = TextMatcher<CauseId>;

/** Classifies messages, trying the matchers of the row's own status first; remembers answers per message. */
export class AuditClassifier {
  private readonly matchers: AuditMatcher[];
  private readonly byStatus = new Map<AuditStatus, AuditMatcher[]>();
  private readonly exact = new Map<string, Classification>();
  /** Answers per status column value, then per message (no key strings built per row); the last few apart. */
  private readonly cache = new Map<AuditStatus | undefined, { recent: RecentKeys<Classification | null>; all: Map<string, Classification | null> }>();
  /** Whether a documented message without placeholders has digits (else a message with digits is never one). */
  private readonly exactDigits: boolean;
  private cached = 0;
  /** Every word (4+ letters) of each row's fixed text: all must occur before its regex runs. */
  private readonly words = new Map<string, string[]>();
  /**
   * The matchers whose words a message holds, per status and message shape (lower case, digit runs as one digit):
   * messages that differ only in their numbers (request ids) share them, and need one regex each, not a search.
   */
  private readonly shapes = new Map<AuditStatus | undefined, Map<string, { first: AuditMatcher[] | undefined; all: AuditMatcher[] }>>();
  private shapeCount = 0;
  /** Messages no regex matched, read by the tolerant layer (once per shape where the digits cannot matter). */
  private readonly tolerant = new TolerantMemo(tolerant);
  /** How many regexes ran (the prefilters keep this far below rows x matchers). */
  regexRuns = 0;

  constructor() {
    this.matchers = [...auditMatchers()].sort((a, b) => b.specificity - a.specificity) as AuditMatcher[];
    for (const m of this.matchers) {
      const status = m.evidence?.status as AuditStatus;
      const list = this.byStatus.get(status) ?? [];
      list.push(m);
      this.byStatus.set(status, list);
    }
    for (const row of AUDIT_MESSAGES) {
      this.words.set(
        row.cause,
        row.template
          .split(/<[^<>]+>/)
          .join(' ')
          .toLowerCase()
          .match(/[a-z]{4,}/g) ?? [],
      );
      if (row.template.includes('<')) continue;
      const hit: Classification = { cause: row.cause, status: row.status, disposition: row.disposition, captures: {} };
      this.exact.set(row.template, hit);
      this.exact.set(row.template.replace(/\u2014/g, '-'), hit);
      this.exact.set(row.template.replace(/\u2014/g, '--'), hit);
    }
    this.exactDigits = [...this.exact.keys()].some((k) => DIGIT.test(k));
  }

  /** The documented row of `message`, or null; `status` (the row's Status column) narrows the candidates. */
  classify(message: string, status?: AuditStatus): Classification | null {
    // A message with a number in it (a request id) rarely comes twice: only its shape is remembered (in byRegex).
    if (!this.exactDigits && DIGIT.test(message)) return this.byRegex(message, status);
    let memo = this.cache.get(status);
    if (!memo) {
      memo = { recent: new RecentKeys(), all: new Map() };
      this.cache.set(status, memo);
    }
    let result = memo.recent.get(message);
    if (result !== undefined) return result;
    result = memo.all.get(message);
    if (result === undefined) {
      result = this.exact.get(message.trim()) ?? this.byRegex(message, status);
      if (this.cached < CACHE_LIMIT && !DIGIT.test(message)) {
        memo.all.set(message, result);
        this.cached += 1;
      }
    }
    memo.recent.set(message, result);
    return result;
  }

  private byRegex(message: string, status?: AuditStatus): Classification | null {
    let shapes = this.shapes.get(status);
    if (!shapes) {
      shapes = new Map();
      this.shapes.set(status, shapes);
    }
    const key = message.replace(DIGITS, '0');
    let candidates = shapes.get(key);
    if (!candidates) {
      const lower = message.toLowerCase();
      const holds = (m: AuditMatcher) => (this.words.get(m.id) ?? []).every((w) => lower.includes(w));
      const first = status ? this.byStatus.get(status) : undefined;
      candidates = { first: first?.filter(holds), all: this.matchers.filter(holds) };
      if (this.shapeCount < CACHE_LIMIT) {
        shapes.set(key, candidates);
        this.shapeCount += 1;
      }
    }
    return (candidates.first && this.firstMatch(candidates.first, message)) ?? this.firstMatch(candidates.all, message) ?? this.tolerant.get(message);
  }

  /** The first of `list` (matchers whose words the message holds) whose regex and acceptance test match. */
  private firstMatch(list: readonly AuditMatcher[], message: string): Classification | null {
    for (const matcher of list) {
      this.regexRuns += 1;
      const m = matcher.pattern.exec(message);
      if (!m) continue;
      const captures: Record<string, string> = {};
      const groups = m.groups;
      for (const k in groups) {
        const v = groups[k];
        if (v !== undefined) captures[k] = isClean(v) ? v : cleanCapture(v);
      }
      if (matcher.accept && !matcher.accept(captures)) continue;
      return {
        cause: matcher.cause,
        status: matcher.evidence?.status as AuditStatus,
        disposition: matcher.evidence?.disposition as Classification['disposition'],
        captures,
      };
    }
    return null;
  }
}

const DIGIT = /\d/;
const DIGITS = /\d+/g;

/** A message written differently from its documented row (case, spelling, separators): the row it is a variant of. */
function tolerant(message: string): Classification | null {
  const [t] = tolerantAudit(message);
  return t
    ? { cause: t.cause, status: t.evidence.status as AuditStatus, disposition: t.evidence.disposition as Classification['disposition'], captures: {} }
    : null;
}

/** True when a captured value has no surrounding quotes, spaces or trailing punctuation to strip. */
function isClean(v: string): boolean {
  return v.length > 0 && isAlnum(v.charCodeAt(0)) && isAlnum(v.charCodeAt(v.length - 1));
}

/** An ASCII letter or digit. */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}
