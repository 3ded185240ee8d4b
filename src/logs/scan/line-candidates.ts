// The candidates of the line being classified: collected from its automaton states, ranked by specificity, and run
// most specific first. One line at a time per thread, so the lists are reused (stamped with a generation number).
import type { CauseId } from '../../knowledge/index.js';
import type { TextMatcher } from '../../knowledge/types.js';
import { cleanGroups } from './captures.js';
import type { Classifier } from './classifier.js';
import { forEachLiteral } from './literal-set.js';

/** `implied` value: being a candidate proves the match. */
export const IMPLIED = 1;
/** `implied` value: being a candidate proves the match when the line ends in a printable non-space ASCII character. */
export const IMPLIED_BEFORE_TEXT = 2;

/** Result of classifying one line: the matcher index and, when it was needed, its regex match; reused between lines. */
export interface LineClass {
  matcher: number;
  /** Only set for matchers with an acceptance test; otherwise run `exec` again when captures are wanted. */
  match: RegExpExecArray | null;
  hasAddress: boolean;
}

const stamp = { gen: 0, seen: new Int32Array(0), list: new Int32Array(0), n: 0, address: false, guardSeen: new Int32Array(0) };

/** Sizes the per-line lists for a classifier of `matchers` matchers and `literals` literal ids. */
export function sizeCandidateLists(matchers: number, literals: number): void {
  stamp.seen = new Int32Array(matchers);
  stamp.list = new Int32Array(matchers);
  stamp.guardSeen = new Int32Array(literals);
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

/**
 * Runs the ranked candidates on the decoded line; the most specific accepted match wins. Returns its index or -1.
 * `trustImplied` false runs the regex even where the automaton proved the match (a line read as Latin-1, whose bytes
 * C2 A0 are not the no-break space the automaton took them for).
 */
export function bestMatch(cls: Classifier, line: string, out: LineClass, trustImplied = true): number {
  out.matcher = -1;
  out.match = null;
  const list = stamp.list;
  const n = stamp.n;
  for (let k = 0; k < n; k += 1) {
    const index = list[k] as number;
    if (!guardHeld(cls, index)) continue;
    const m = cls.matchers[index] as TextMatcher<CauseId>;
    if (trustImplied && cls.implied[index] === IMPLIED) {
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
