// The exact layer's registry half: documented phrases of client libraries, bounce texts and provider replies, found
// anywhere in a text on word boundaries, case and spacing aside.
import type { CauseId } from '../index.js';
import { BOUNCE_PHRASES } from '../registries/bounce-phrases.js';
import { CLIENT_MESSAGES } from '../registries/client-messages.js';
import { EXCHANGE_ONLINE } from '../registries/exchange-online.js';
import { GMAIL } from '../registries/gmail.js';
import { GO_TLS_ERRORS } from '../registries/go-tls-errors.js';
import { GRAPH_ERRORS } from '../registries/graph.js';
import { GOOGLE_OAUTH_ERRORS, OAUTH_ERRORS } from '../registries/oauth-errors.js';
import { NODE_TLS_ERRORS } from '../registries/tls-texts.js';
import type { Registry, RegistryEntry } from '../registries/types.js';
import { findPhrase, normalizeText } from './normalize.js';
import { reasonOf } from './smtp-reasons.js';
import type { Identified } from './types.js';

/** A provider text shorter than this says too little alone; it only counts next to its status code. */
export const MIN_STANDALONE_PROVIDER_TEXT = 24;

interface Phrase {
  text: string;
  norm: string;
  cause: CauseId;
  source: string;
  /** How much the wording says: a library's wrapper text says less than the server reply it wraps. */
  weight: number;
  reasonFollows?: true;
}

/** A client library's message usually wraps the server's reply, which says more: it ranks below codes. */
const WRAPPER = 20;
/** A mail system's or provider's own reason text. */
const REASON = 28;
/** An identity provider's description of an error names it more precisely than its number. */
const DESCRIPTION = 66;
/** "Delivery failed" alone: any stated reason outranks it. */
const PREAMBLE = 10;

function phrase(text: string, cause: CauseId, source: string, weight: number, reasonFollows?: true): Phrase {
  return { text, norm: normalizeText(text), cause, source, weight: cause === 'mail.bounce' ? PREAMBLE : weight, ...(reasonFollows ? { reasonFollows } : {}) };
}

/** Reasons precise enough to replace what a phrase that introduces them says ("Client host rejected: Greylisted"). */
const FOLLOWING_REASONS: ReadonlySet<CauseId> = new Set<CauseId>([
  'smtp.greylisted',
  'smtp.rate-limited',
  'smtp.spam-rejected',
  'smtp.host-unknown',
  'smtp.auth.client-not-authenticated',
]);

/** The cause a phrase states, or the reason written right after it when the phrase only introduces one. */
function causeAfter(p: Phrase, norm: string, end: number): CauseId {
  if (!p.reasonFollows) return p.cause;
  const reason = reasonOf(norm.slice(end, end + 160).split(/[;\n]/)[0] ?? '');
  return reason && FOLLOWING_REASONS.has(reason) ? reason : p.cause;
}

/** A registry's registered texts long enough to be recognised on their own. */
function registryTexts(r: Registry, weight: number): Phrase[] {
  return Object.values(r.entries)
    .filter((e: RegistryEntry) => e.cause && e.text.length >= 30)
    .map((e: RegistryEntry) => phrase(e.text.replace(/\.$/, ''), e.cause as CauseId, r.source, weight));
}

/** Provider texts written with different codes that mean different causes: without their code they decide nothing. */
const AMBIGUOUS: ReadonlySet<string> = new Set(
  [EXCHANGE_ONLINE, GMAIL]
    .flatMap((o) => o.entries)
    .filter((e, _, all) => all.some((x) => x.text === e.text && x.cause !== e.cause))
    .map((e) => e.text),
);

/** Every documented phrase, longest first so that a longer wording wins over a phrase inside it. */
export const PHRASES: readonly Phrase[] = [
  ...CLIENT_MESSAGES.flatMap((l) => l.messages.map((m) => phrase(m.text, m.cause, `${l.library}: ${l.source}`, WRAPPER, m.reasonFollows))),
  ...BOUNCE_PHRASES.flatMap((s) =>
    s.phrases.map((p) =>
      phrase(p.text, p.cause, `${s.system}: ${s.source}`, s.system === 'Microsoft identity platform' ? DESCRIPTION : REASON, p.reasonFollows),
    ),
  ),
  ...[EXCHANGE_ONLINE, GMAIL].flatMap((o) =>
    o.entries
      .filter((e) => e.text.length >= MIN_STANDALONE_PROVIDER_TEXT && !AMBIGUOUS.has(e.text))
      .map((e) => phrase(e.text, e.cause, `${o.provider}: ${o.source}`, REASON)),
  ),
  ...Object.values(NODE_TLS_ERRORS.entries)
    .filter((e) => e.text.length >= MIN_STANDALONE_PROVIDER_TEXT)
    .map((e) => phrase(e.text, e.cause!, NODE_TLS_ERRORS.source, REASON)),
  ...Object.values(GO_TLS_ERRORS.entries).map((e) => phrase(e.text, e.cause, GO_TLS_ERRORS.source, REASON)),
  ...registryTexts(OAUTH_ERRORS, REASON),
  ...registryTexts(GOOGLE_OAUTH_ERRORS, REASON),
  ...registryTexts(GRAPH_ERRORS, REASON),
].sort((a, b) => b.norm.length - a.norm.length);

/** Shorter than this, a phrase is only recognised as written. */
const MIN_FOLDED = 24;
/** A phrase found only in its folded form ranks this much below the same phrase found as written. */
const FOLDED_PENALTY = 2;

/** Word forms that differ without changing what a phrase says: plural and singular, "couldn't" and "could not", "e-mail". */
function fold(norm: string): string {
  return norm
    .replace(/\bcannot\b|\bcan't\b/g, 'can not')
    .replace(/\b(\w+)n't\b/g, '$1 not')
    .replace(/\be-mail/g, 'email')
    .replace(/\b(\w{3,})s\b/g, '$1');
}

const FOLDED: readonly string[] = PHRASES.map((p) => (p.norm.length >= MIN_FOLDED ? fold(p.norm) : ''));

/** Documented phrases written in another word form ("Delivery to the following recipients has been delayed"). */
function foldedMatches(norm: string, found: readonly Identified[]): Identified[] {
  const folded = fold(norm);
  if (folded === norm) return [];
  const out: Identified[] = [];
  const taken: Array<[number, number]> = [];
  PHRASES.forEach((p, i) => {
    const f = FOLDED[i] ?? '';
    if (!f || found.some((o) => o.cause === p.cause) || out.some((o) => o.cause === p.cause)) return;
    const at = findPhrase(folded, f);
    if (at < 0 || taken.some(([s, e]) => at >= s && at + f.length <= e)) return;
    taken.push([at, at + f.length]);
    out.push({
      cause: p.cause,
      how: 'tolerant',
      kind: 'error',
      matched: p.text,
      specificity: p.weight - FOLDED_PENALTY + Math.min(f.length, 60) / 10,
      evidence: { phrase: p.text, source: p.source, matchedAs: 'another word form of the documented phrase' },
    });
  });
  return out;
}

/** The documented phrases in a text, one per cause, each ranked by its length; then those written in another word form. */
export function phraseMatches(text: string): Identified[] {
  const norm = normalizeText(text);
  const exact = exactPhraseMatches(norm);
  return [...exact, ...foldedMatches(norm, exact)];
}

function exactPhraseMatches(norm: string): Identified[] {
  const out: Identified[] = [];
  const taken: Array<[number, number]> = [];
  for (const p of PHRASES) {
    const at = findPhrase(norm, p.norm);
    if (at < 0) continue;
    const end = at + p.norm.length;
    if (taken.some(([s, e]) => at >= s && end <= e)) continue;
    taken.push([at, end]);
    const cause = causeAfter(p, norm, end);
    if (out.some((o) => o.cause === cause)) continue;
    out.push({
      cause,
      how: 'exact',
      kind: 'error',
      matched: p.text,
      specificity: p.weight + Math.min(p.norm.length, 60) / 10,
      evidence: { phrase: p.text, source: p.source },
    });
  }
  return out;
}
