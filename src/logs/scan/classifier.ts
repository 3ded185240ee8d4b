// Turns the knowledge base's matchers into one literal automaton plus per-literal candidate lists, proofs and guards.
import { severityOf } from '../../core/finding.js';
import { MATCHERS, type CauseId } from '../../knowledge/index.js';
import type { TextMatcher } from '../../knowledge/types.js';
import { IMPLIED, IMPLIED_BEFORE_TEXT, sizeCandidateLists } from './line-candidates.js';
import { readClassifierCache } from './classifier-cache.js';
import { buildLiteralSet, type LiteralSet } from './literal-set.js';
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
  /** Per matcher: 1 when its proof holds only on an ASCII line without any veto text (its regex rules out a joining). */
  vetoed: Uint8Array;
  /** Per automaton state number: 1 when a veto text ends there. */
  vetoAt: Uint8Array;
}

/** The empty list that every state without literals shares. */
const NONE = new Int32Array(0);

/** The classifier for the kinds a log line can hold (audit, error, log): the build's cache of it when that fits, else built. */
export function buildClassifier(address?: string, matchers: readonly TextMatcher<CauseId>[] = MATCHERS): Classifier {
  const usable = usableMatchers(matchers);
  const cached = !address && matchers === MATCHERS ? readClassifierCache(usable, sizeCandidateLists) : undefined;
  return cached ?? compileClassifier(usable, address);
}

/** The matchers a log scan uses, in order. */
export function usableMatchers(matchers: readonly TextMatcher<CauseId>[] = MATCHERS): TextMatcher<CauseId>[] {
  return matchers.filter((m) => m.kind === 'audit' || m.kind === 'error' || m.kind === 'log').map(statelessPattern);
}

/** Builds the classifier of `usable` (see usableMatchers) from scratch. */
export function compileClassifier(usable: TextMatcher<CauseId>[], address?: string): Classifier {
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const always: number[] = [];
  const implied = new Uint8Array(usable.length);
  const guards: Array<string | undefined> = [];
  const derivedProofs: string[][] = [];
  const vetoes: Array<string | undefined> = [];
  /** The id of a literal text, numbered in the order texts first appear. */
  const idOf = (text: string): number => {
    if (!ids.has(text)) {
      ids.set(text, ids.size);
      lists.push([]);
    }
    return ids.get(text) as number;
  };
  usable.forEach((m, index) => {
    const trigger = triggerOf(m);
    implied[index] = trigger.implies;
    guards[index] = trigger.guard;
    derivedProofs[index] = trigger.proofs ?? [];
    vetoes[index] = trigger.unlessAfter;
    if (trigger.literals.length === 0) always.push(index);
    for (const raw of trigger.literals) (lists[idOf(raw.toLowerCase())] as number[]).push(index);
  });
  const proofs = new Map<number, number>();
  usable.forEach((m, index) => {
    if (m.accept) return;
    for (const raw of [...(m.proofs ?? []), ...(derivedProofs[index] as string[])]) {
      const id = idOf(raw.toLowerCase().replace(/\s+/g, ' '));
      const known = proofs.get(id);
      if (known === undefined || (usable[known] as TextMatcher<CauseId>).specificity < m.specificity) proofs.set(id, index);
    }
  });
  const guardOf = new Int32Array(usable.length).fill(-1);
  guards.forEach((text, index) => {
    if (text !== undefined) guardOf[index] = idOf(text);
  });
  const guardIds = new Set(guardOf.filter((id) => id >= 0));
  const vetoIds = new Set(vetoes.flatMap((text) => (text === undefined ? [] : [idOf(text)])));
  const addressId = address ? idOf(address.toLowerCase()) : -1;
  sizeCandidateLists(usable.length, ids.size);
  const literals = buildLiteralSet([...ids.keys()]);
  // Most states end no literal: they share one empty list, which keeps building cheap (a scan thread waits for it).
  const perState = <T>(empty: T, of: (o: Int32Array) => T): T[] => literals.outputs.map((o) => (o.length === 0 ? empty : of(o)));
  const byState = perState(NONE, (o) => Int32Array.from(new Set([...o].flatMap((id) => [...(lists[id] ?? [])]))));
  const specificity = Float64Array.from(usable.map((m) => m.specificity));
  return {
    matchers: usable,
    literals,
    byState,
    topOfState: Int32Array.from(byState.map((list) => list.reduce((best, m) => (best < 0 || (specificity[m] as number) > (specificity[best] as number) ? m : best), -1))),
    proofOfState: Int32Array.from(perState(-1, (o) => [...o].reduce((best, id) => {
      const m = proofs.get(id) ?? -1;
      return m >= 0 && (best < 0 || (specificity[m] as number) > (specificity[best] as number)) ? m : best;
    }, -1))),
    guardOf,
    guardsAt: perState(NONE, (o) => Int32Array.from([...o].filter((id) => guardIds.has(id)))),
    vetoed: Uint8Array.from(vetoes.map((text) => (text === undefined ? 0 : 1))),
    vetoAt: Uint8Array.from(perState(0, (o) => ([...o].some((id) => vetoIds.has(id)) ? 1 : 0))),
    addressAt: Uint8Array.from(perState(0, (o) => (addressId >= 0 && o.includes(addressId) ? 1 : 0))),
    byLiteral: lists.map((l) => Int32Array.from(l)),
    always: Int32Array.from(always),
    addressId,
    extract: Uint8Array.from(usable.map((m) => (severityOf(m) !== 'info' ? 2 : 0))),
    specificity,
    implied,
  };
}

/**
 * The literals that make a matcher a candidate: its longest necessary phrase when that says more than its own
 * literals (a template's phrase rather than its longest word), else its literals.
 */
function triggerOf(m: TextMatcher<CauseId>): { literals: readonly string[]; implies: number; guard?: string; proofs?: string[]; unlessAfter?: string } {
  const phrase = triggerPhrase(m.pattern);
  const weakest = m.literals.length === 0 ? 0 : Math.min(...m.literals.map((l) => l.replace(/\s+/g, '').length));
  if (!phrase || phrase.text.replace(/ /g, '').length <= weakest) {
    const guard = guardPhrase(m.pattern);
    const promised = guard !== undefined && m.literals.length > 0 && m.literals.every((l) => l.toLowerCase().replace(/\s+/g, ' ').includes(guard));
    return { literals: m.literals, implies: 0, ...(guard !== undefined && !promised ? { guard } : {}) };
  }
  const implies = m.accept ? 0 : phrase.implies ? IMPLIED : phrase.impliesBeforeText ? IMPLIED_BEFORE_TEXT : 0;
  const proofs = [...(phrase.impliesBefore ?? '')].map((c) => phrase.text + c);
  return { literals: [phrase.text], implies, proofs, ...(phrase.unlessAfter !== undefined ? { unlessAfter: phrase.unlessAfter } : {}) };
}

/** A matcher whose pattern keeps no lastIndex state between lines (no g or y flag). */
function statelessPattern(m: TextMatcher<CauseId>): TextMatcher<CauseId> {
  if (!m.pattern.global && !m.pattern.sticky) return m;
  return { ...m, pattern: new RegExp(m.pattern.source, m.pattern.flags.replace(/[gy]/g, '')) };
}
