// Turns the knowledge base's matchers into one literal automaton plus per-literal candidate lists.
import { MATCHERS, causeOf, type CauseId } from '../knowledge/index.js';
import type { TextMatcher } from '../knowledge/types.js';
import { cleanGroups } from './captures.js';
import { buildLiteralSet, forEachLiteral, type LiteralSet } from './literal-set.js';
import { guardPhrase, triggerPhrase } from './trigger-phrase.js';

/** The classifier of one scan: built once per worker from MATCHERS as they are at run time. */
export interface Classifier {
  matchers: TextMatcher<CauseId>[];
  literals: LiteralSet;
  /** Matcher indices to try when a literal id occurs in a line. */
  byLiteral: Int32Array[];
  /** Matchers without literals: tried on every line (and make every line a candidate). */
  always: Int32Array;
  /** Literal id of the --address text, or -1. */
  addressId: number;
  /** Per automaton state number: every candidate matcher of the literals ending there (empty for most states). */
  byState: Int32Array[];
  /** Per automaton state number: 1 when the --address literal ends there. */
  addressAt: Uint8Array;
  /** Per matcher: 2 to extract mailboxes, servers and codes; 0 for routine info lines (received, sent, polling). */
  extract: Uint8Array;
  /** Per matcher: its specificity, read without touching the matcher object. */
  specificity: Float64Array;
  /** Per matcher: IMPLIED when being a candidate proves the match (its trigger phrase is the whole regex), IMPLIED_BEFORE_TEXT when it does for a line ending in text, else 0. */
  implied: Uint8Array;
  /** Per automaton state number: the candidate ranked first among its matchers (most specific, first listed), or -1. */
  topOfState: Int32Array;
  /** Per automaton state number: the matcher whose proof text ends there (the most specific one), or -1. */
  proofOfState: Int32Array;
  /** Per matcher: the literal id of a text its every match holds that its own literals do not promise (a guard), or -1. */
  guardOf: Int32Array;
  /** Per automaton state number: the guard literal ids ending there. */
  guardsAt: Int32Array[];
}

/** Result of classifying one line: the matcher index and, when it was needed, its regex match; reused between lines. */
export interface LineClass {
  matcher: number;
  /** Only set for matchers with an acceptance test; otherwise run `exec` again when captures are wanted. */
  match: RegExpExecArray | null;
  hasAddress: boolean;
}

const stamp = { gen: 0, seen: new Int32Array(0), list: new Int32Array(0), n: 0, address: false, guardSeen: new Int32Array(0) };

/** Builds the classifier for the kinds a log line can hold (audit, error, log). */
export function buildClassifier(address?: string, matchers: readonly TextMatcher<CauseId>[] = MATCHERS): Classifier {
  const usable = matchers.filter((m) => m.kind === 'audit' || m.kind === 'error' || m.kind === 'log').map(statelessPattern);
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const always: number[] = [];
  const implied = new Uint8Array(usable.length);
  const guards: Array<string | undefined> = [];
  usable.forEach((m, index) => {
    const trigger = triggerOf(m);
    implied[index] = trigger.implies;
    guards[index] = trigger.guard;
    if (trigger.literals.length === 0) always.push(index);
    for (const raw of trigger.literals) {
      const lit = raw.toLowerCase();
      if (!ids.has(lit)) {
        ids.set(lit, ids.size);
        lists.push([]);
      }
      (lists[ids.get(lit) as number] as number[]).push(index);
    }
  });
  const proofs = new Map<number, number>();
  usable.forEach((m, index) => {
    if (m.accept) return;
    for (const raw of m.proofs ?? []) {
      const lit = raw.toLowerCase().replace(/\s+/g, ' ');
      if (!ids.has(lit)) {
        ids.set(lit, ids.size);
        lists.push([]);
      }
      const id = ids.get(lit) as number;
      const known = proofs.get(id);
      if (known === undefined || (usable[known] as TextMatcher<CauseId>).specificity < m.specificity) proofs.set(id, index);
    }
  });
  const guardOf = new Int32Array(usable.length).fill(-1);
  guards.forEach((text, index) => {
    if (text === undefined) return;
    if (!ids.has(text)) {
      ids.set(text, ids.size);
      lists.push([]);
    }
    guardOf[index] = ids.get(text) as number;
  });
  const guardIds = new Set(guardOf.filter((id) => id >= 0));
  let addressId = -1;
  if (address) {
    const lit = address.toLowerCase();
    addressId = ids.get(lit) ?? ids.size;
    if (!ids.has(lit)) {
      ids.set(lit, ids.size);
      lists.push([]);
    }
  }
  stamp.seen = new Int32Array(usable.length);
  stamp.list = new Int32Array(usable.length);
  stamp.guardSeen = new Int32Array(ids.size);
  const literals = buildLiteralSet([...ids.keys()]);
  const byState = literals.outputs.map((o) => Int32Array.from(new Set([...o].flatMap((id) => [...(lists[id] ?? [])]))));
  const specificity = Float64Array.from(usable.map((m) => m.specificity));
  return {
    matchers: usable,
    literals,
    byState,
    topOfState: Int32Array.from(byState.map((list) => list.reduce((best, m) => (best < 0 || (specificity[m] as number) > (specificity[best] as number) ? m : best), -1))),
    proofOfState: Int32Array.from(literals.outputs.map((o) => [...o].reduce((best, id) => {
      const m = proofs.get(id) ?? -1;
      return m >= 0 && (best < 0 || (specificity[m] as number) > (specificity[best] as number)) ? m : best;
    }, -1))),
    guardOf,
    guardsAt: literals.outputs.map((o) => Int32Array.from([...o].filter((id) => guardIds.has(id)))),
    addressAt: Uint8Array.from(literals.outputs.map((o) => (addressId >= 0 && o.includes(addressId) ? 1 : 0))),
    byLiteral: lists.map((l) => Int32Array.from(l)),
    always: Int32Array.from(always),
    addressId,
    extract: Uint8Array.from(usable.map((m) => ((m.severity ?? causeOf(m.cause).severity) !== 'info' ? 2 : 0))),
    specificity,
    implied,
  };
}

/**
 * The literals that make a matcher a candidate: its longest necessary phrase when that says more than its own
 * literals (a template's phrase rather than its longest word), else its literals.
 */
function triggerOf(m: TextMatcher<CauseId>): { literals: readonly string[]; implies: number; guard?: string } {
  const phrase = triggerPhrase(m.pattern);
  const weakest = m.literals.length === 0 ? 0 : Math.min(...m.literals.map((l) => l.replace(/\s+/g, '').length));
  if (!phrase || phrase.text.replace(/ /g, '').length <= weakest) {
    const guard = guardPhrase(m.pattern);
    const promised = guard !== undefined && m.literals.length > 0 && m.literals.every((l) => l.toLowerCase().replace(/\s+/g, ' ').includes(guard));
    return { literals: m.literals, implies: 0, ...(guard !== undefined && !promised ? { guard } : {}) };
  }
  const implies = m.accept ? 0 : phrase.implies ? IMPLIED : phrase.impliesBeforeText ? IMPLIED_BEFORE_TEXT : 0;
  return { literals: [phrase.text], implies };
}

/** `implied` value: being a candidate proves the match. */
export const IMPLIED = 1;
/** `implied` value: being a candidate proves the match when the line ends in a printable non-space ASCII character. */
export const IMPLIED_BEFORE_TEXT = 2;

/** A matcher whose pattern keeps no lastIndex state between lines (no g or y flag). */
function statelessPattern(m: TextMatcher<CauseId>): TextMatcher<CauseId> {
  if (!m.pattern.global && !m.pattern.sticky) return m;
  return { ...m, pattern: new RegExp(m.pattern.source, m.pattern.flags.replace(/[gy]/g, '')) };
}

function onLiteral(cls: Classifier, id: number): void {
  if (id === cls.addressId) stamp.address = true;
  if (id < stamp.guardSeen.length) stamp.guardSeen[id] = stamp.gen;
  const list = cls.byLiteral[id] as Int32Array;
  for (let k = 0; k < list.length; k += 1) addCandidate(list[k] as number);
}

/** Starts a new line's candidate list (the matchers without literals are always candidates). */
export function beginLine(cls: Classifier): void {
  stamp.gen += 1;
  stamp.n = 0;
  stamp.address = false;
  for (let k = 0; k < cls.always.length; k += 1) addCandidate(cls.always[k] as number);
}

function addCandidate(m: number): void {
  if (stamp.seen[m] === stamp.gen) return;
  stamp.seen[m] = stamp.gen;
  stamp.list[stamp.n] = m;
  stamp.n += 1;
}

/** Adds the matchers of every literal ending at automaton state `state` (pre-multiplied). */
export function addStateHits(cls: Classifier, state: number): void {
  const n = state >> cls.literals.shift;
  if (cls.addressAt[n] === 1) stamp.address = true;
  const guards = cls.guardsAt[n] as Int32Array;
  for (let j = 0; j < guards.length; j += 1) stamp.guardSeen[guards[j] as number] = stamp.gen;
  const list = cls.byState[n] as Int32Array;
  const seen = stamp.seen;
  const gen = stamp.gen;
  for (let j = 0; j < list.length; j += 1) {
    const m = list[j] as number;
    if (seen[m] !== gen) {
      seen[m] = gen;
      stamp.list[stamp.n] = m;
      stamp.n += 1;
    }
  }
}

/** Whether the current line holds the --address literal. */
export function lineHasAddress(): boolean {
  return stamp.address;
}

/** Collects and ranks the candidate matchers of the line in bytes [from, to); returns whether the address occurs. */
export function collectCandidates(cls: Classifier, bytes: Uint8Array, from: number, to: number): boolean {
  beginLine(cls);
  forEachLiteral(cls.literals, bytes, from, to, (id) => onLiteral(cls, id));
  rankCandidates(cls);
  return stamp.address;
}

/** Orders the collected candidates, most specific first; returns the first (or -1 when there is none). */
export function rankCandidates(cls: Classifier): number {
  const list = stamp.list;
  const n = stamp.n;
  const spec = cls.specificity;
  for (let a = 1; a < n; a += 1) {
    const v = list[a] as number;
    const sv = spec[v] as number;
    let b = a - 1;
    while (b >= 0 && (spec[list[b] as number] as number) < sv) {
      list[b + 1] = list[b] as number;
      b -= 1;
    }
    list[b + 1] = v;
  }
  return n > 0 ? (list[0] as number) : -1;
}

function guardHeld(cls: Classifier, index: number): boolean {
  const g = cls.guardOf[index] as number;
  return g < 0 || stamp.guardSeen[g] === stamp.gen;
}

/** True when some collected candidate's guard occurs in the line (else no regex can match and the line need not be decoded). */
export function anyCandidateLeft(cls: Classifier): boolean {
  for (let k = 0; k < stamp.n; k += 1) if (guardHeld(cls, stamp.list[k] as number)) return true;
  return false;
}

/** Runs the ranked candidates on the decoded line; the most specific accepted match wins. Returns its index or -1. */
export function bestMatch(cls: Classifier, line: string, out: LineClass): number {
  out.matcher = -1;
  out.match = null;
  const list = stamp.list;
  const n = stamp.n;
  for (let k = 0; k < n; k += 1) {
    const index = list[k] as number;
    if (!guardHeld(cls, index)) continue;
    const m = cls.matchers[index] as TextMatcher<CauseId>;
    if (cls.implied[index] === IMPLIED) {
      out.matcher = index;
      return index;
    }
    if (!m.accept) {
      if (!m.pattern.test(line)) continue;
      out.matcher = index;
      return index;
    }
    const found = m.pattern.exec(line);
    if (!found || !m.accept(found.groups ? cleanGroups(found) : {})) continue;
    out.matcher = index;
    out.match = found;
    return index;
  }
  return -1;
}
