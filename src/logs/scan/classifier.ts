// Turns the knowledge base's matchers into one literal automaton plus per-literal candidate lists, proofs and guards.
import { severityOf } from '../../core/finding.js';
import { MATCHERS, type CauseId } from '../../knowledge/index.js';
import type { TextMatcher } from '../../knowledge/types.js';
import { IMPLIED, IMPLIED_BEFORE_TEXT, sizeCandidateLists } from './line-candidates.js';
import { readCachedTriggers, readClassifierCache } from './classifier-cache.js';
import { buildLiteralSet, type LiteralSet } from './literal-set.js';
import { proofTexts, requiredLiterals, sampleFrequency, type Frequency } from './required-literals.js';
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
  if (matchers !== MATCHERS) return compileClassifier(usable, address);
  if (!address) return readClassifierCache(usable, sizeCandidateLists) ?? compileClassifier(usable);
  // With --address only the automaton is built again: what the matchers' regexes give is the build's.
  return assembleClassifier(usable, readCachedTriggers(usable) ?? deriveTriggers(usable), address);
}

/** The matchers a log scan uses, in order. */
export function usableMatchers(matchers: readonly TextMatcher<CauseId>[] = MATCHERS): TextMatcher<CauseId>[] {
  return matchers.filter((m) => m.kind === 'audit' || m.kind === 'error' || m.kind === 'log').map(statelessPattern);
}

/** Builds the classifier of `usable` (see usableMatchers) from scratch. */
export function compileClassifier(usable: TextMatcher<CauseId>[], address?: string): Classifier {
  return assembleClassifier(usable, deriveTriggers(usable), address);
}

/**
 * What the engine reads from the matchers' regexes before any automaton is built (plain data, so that the build can
 * cache it): the literal texts by id, which matchers each makes candidates, and the proofs, guards and vetoes.
 */
export interface Triggers {
  /** Literal texts (lower case), numbered in the order they first appear. */
  texts: string[];
  /** Per text id: the matchers it makes candidates. */
  lists: number[][];
  /** Matchers without literals. */
  always: number[];
  /** Per matcher: IMPLIED, IMPLIED_BEFORE_TEXT or 0 (see Classifier.implied). */
  implied: number[];
  /** Per matcher: the text id of its guard, or -1. */
  guardOf: number[];
  /** Per matcher: 1 when a veto text stops its proof. */
  vetoed: number[];
  /** Text ids of the veto texts. */
  vetoIds: number[];
  /** Per proof text id, the matcher it proves (the most specific one). */
  proofs: Array<[number, number]>;
}

/** Reads the literals, proofs, guards and vetoes of every matcher from its regex and examples. */
export function deriveTriggers(usable: readonly TextMatcher<CauseId>[]): Triggers {
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const always: number[] = [];
  const implied = new Array<number>(usable.length).fill(0);
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
  const frequency = exampleFrequency(usable);
  usable.forEach((m, index) => {
    const trigger = triggerOf(m, frequency);
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
    for (const raw of [...proofTexts(m.pattern), ...(derivedProofs[index] as string[])]) {
      const id = idOf(raw.toLowerCase().replace(/\s+/g, ' '));
      const known = proofs.get(id);
      if (known === undefined || (usable[known] as TextMatcher<CauseId>).specificity < m.specificity) proofs.set(id, index);
    }
  });
  const guardOf = guards.map((text) => (text === undefined ? -1 : idOf(text)));
  const vetoIds = [...new Set(vetoes.flatMap((text) => (text === undefined ? [] : [idOf(text)])))];
  return { texts: [...ids.keys()], lists, always, implied, guardOf, vetoed: vetoes.map((text) => (text === undefined ? 0 : 1)), vetoIds, proofs: [...proofs] };
}

/** Builds the automaton over the triggers' texts (and the --address text) and everything looked up per state. */
export function assembleClassifier(usable: TextMatcher<CauseId>[], t: Triggers, address?: string): Classifier {
  const texts = [...t.texts];
  const lists = [...t.lists];
  let addressId = -1;
  if (address) {
    addressId = texts.indexOf(address.toLowerCase());
    if (addressId < 0) {
      addressId = texts.push(address.toLowerCase()) - 1;
      lists.push([]);
    }
  }
  const proofs = new Map(t.proofs);
  const guardIds = new Set(t.guardOf.filter((id) => id >= 0));
  const vetoIds = new Set(t.vetoIds);
  sizeCandidateLists(usable.length, texts.length);
  // A line none of whose literals is one of these cannot be classified: its candidates all wait for a guard it lacks.
  const decides = (id: number): boolean =>
    id === addressId || guardIds.has(id) || proofs.has(id) || (lists[id] ?? []).some((m) => (t.guardOf[m] as number) < 0);
  const literals = buildLiteralSet(texts, decides);
  // Most states end no literal: they share one empty list, which keeps building cheap (a scan thread waits for it).
  const perState = <T>(empty: T, of: (o: Int32Array) => T): T[] => literals.outputs.map((o) => (o.length === 0 ? empty : of(o)));
  const byState = perState(NONE, (o) => Int32Array.from(new Set([...o].flatMap((id) => [...(lists[id] ?? [])]))));
  const specificity = Float64Array.from(usable.map((m) => m.specificity));
  return {
    matchers: usable,
    literals,
    byState,
    topOfState: Int32Array.from(
      byState.map((list) => list.reduce((best, m) => (best < 0 || (specificity[m] as number) > (specificity[best] as number) ? m : best), -1)),
    ),
    proofOfState: Int32Array.from(
      perState(-1, (o) =>
        [...o].reduce((best, id) => {
          const m = proofs.get(id) ?? -1;
          return m >= 0 && (best < 0 || (specificity[m] as number) > (specificity[best] as number)) ? m : best;
        }, -1),
      ),
    ),
    guardOf: Int32Array.from(t.guardOf),
    guardsAt: perState(NONE, (o) => Int32Array.from([...o].filter((id) => guardIds.has(id)))),
    vetoed: Uint8Array.from(t.vetoed),
    vetoAt: Uint8Array.from(perState(0, (o) => ([...o].some((id) => vetoIds.has(id)) ? 1 : 0))),
    addressAt: Uint8Array.from(perState(0, (o) => (addressId >= 0 && o.includes(addressId) ? 1 : 0))),
    byLiteral: lists.map((l) => Int32Array.from(l)),
    always: Int32Array.from(t.always),
    addressId,
    extract: Uint8Array.from(usable.map((m) => (severityOf(m) !== 'info' ? 2 : 0))),
    specificity,
    implied: Uint8Array.from(t.implied),
  };
}

/**
 * How often a set of literals would make a line a candidate, judged on the matchers' own examples: routine (info)
 * wordings are what logs are mostly made of, so a literal they hold counts ROUTINE_WEIGHT times.
 */
function exampleFrequency(usable: readonly TextMatcher<CauseId>[]): Frequency {
  return sampleFrequency(usable.map((m) => ({ text: m.example, weight: severityOf(m) === 'info' ? ROUTINE_WEIGHT : 1 })));
}

/** Weight of a routine wording's example against any other (see exampleFrequency). */
const ROUTINE_WEIGHT = 50;

/**
 * The literals that make a matcher a candidate: its longest necessary phrase when that says at least as much as the
 * literals its regex requires (a template's phrase rather than one of its words), else those literals.
 */
function triggerOf(
  m: TextMatcher<CauseId>,
  frequency: Frequency,
): { literals: readonly string[]; implies: number; guard?: string; proofs?: string[]; unlessAfter?: string } {
  const literals = requiredLiterals(m.pattern, frequency);
  const phrase = triggerPhrase(m.pattern);
  const weakest = literals.length === 0 ? 0 : Math.min(...literals.map((l) => l.replace(/\s+/g, '').length));
  if (!phrase || phrase.text.replace(/ /g, '').length < weakest) {
    const guard = guardPhrase(m.pattern);
    const promised = guard !== undefined && literals.length > 0 && literals.every((l) => l.includes(guard));
    return { literals, implies: 0, ...(guard !== undefined && !promised ? { guard } : {}) };
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
