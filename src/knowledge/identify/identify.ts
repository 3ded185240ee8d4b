// The layered identification `explain` uses: documented wordings first (exact), then codes read out of the text
// (code), then tolerant matching of Email Audit messages (tolerant); one ranked list of causes, each saying how it
// was recognised.
import { causeOf, type CauseId } from '../index.js';
import { matchText, type TextMatch } from '../match.js';
import { authCodeFindings } from './auth-codes.js';
import { anyCaseMatchers, restoreCase, singleCase } from './case-restore.js';
import { clientCodeFindings } from './client-codes.js';
import { inContext } from './context.js';
import { greetingFindings } from './greeting-codes.js';
import { unescapeText, withoutHypotheses } from './normalize.js';
import { phraseMatches } from './phrases.js';
import { reasonSentence } from './reason-sentences.js';
import { resolverReplyFindings } from './resolver-replies.js';
import { wordingMatches } from './wordings.js';
import { protocolCodeFindings } from './protocol-codes.js';
import { smtpCodeFindings } from './smtp-codes.js';
import { starttlsReplyFindings } from './starttls-replies.js';
import { systemCodeFindings } from './system-codes.js';
import { tlsReasonFindings } from './tls-reasons.js';
import { tolerantAudit } from './tolerant-audit.js';
import { transportPhaseFindings } from './transport-phases.js';
import { mergeMultilineReplies } from './unfold.js';
import { unwrapMessage } from './unwrap.js';
import type { Identified } from './types.js';

/** Causes that only say "a mail library failed here" or "something failed": any precise cause outranks them. */
const WRAPPERS: ReadonlySet<CauseId> = new Set<CauseId>([
  'oauth.aadsts.unknown',
  'smtp.command-failed',
  'smtp.send-failed',
  'imap.command-failed',
  'pop3.command-failed',
  'smtp.status-code',
  'graph.unexpected-response',
  'mail.java.connect-failed',
  'log.connection.failed',
  'mail.java.tls-failed',
  'mail.java.auth-failed',
  'imap.alert',
]);

/** OAuth errors that say a grant was refused without saying why: the words of the description are still read. */
const GENERIC_GRANT: ReadonlySet<CauseId> = new Set<CauseId>(['oauth.grant.invalid', 'oauth.request.invalid', 'oauth.endpoint.error']);

/** Causes that name a failure without its reason: a cause that names the reason outranks them ("mailbox is full:
 * retry timeout exceeded" failed because the mailbox was full). */
const VAGUE: ReadonlySet<CauseId> = new Set<CauseId>(['tls.verify-failed', 'tls.handshake-failed', 'smtp.delivery-expired']);

/** Say that a message bounced or was delayed, never why: they make no other cause vague. */
const NO_REASON: ReadonlySet<CauseId> = new Set<CauseId>(['mail.bounce', 'smtp.delivery-delayed']);

/** A refused login whose text also says why it was refused (a browser sign-in or an app password is required): the
 * reason is the finding, the refusal only its symptom. */
const LOGIN_REFUSALS: ReadonlySet<CauseId> = new Set<CauseId>(['imap.auth.failed', 'smtp.auth.rejected', 'pop3.auth.failed', 'log.auth.failed']);
const LOGIN_REASONS: ReadonlySet<CauseId> = new Set<CauseId>(['mail.web-login-required', 'mail.app-password-required']);

/** Java's "the certificate path is not trusted" is the class of a failure: a certificate reason found with it (the
 * certificate expired, is not yet valid, is self-signed, names another host) is what went wrong inside that class. */
const CERTIFICATE_REASONS: ReadonlySet<CauseId> = new Set<CauseId>([
  'tls.cert-expired',
  'tls.cert-not-yet-valid',
  'tls.self-signed',
  'tls.self-signed-in-chain',
  'tls.hostname-mismatch',
]);

/** A connection that closed or dropped after the client waited in vain for data: the wait that timed out is the
 * reason ("IMAP connection lost: Socket timed out"), the closing only what followed from it. */
const AFTER_TIMEOUT: ReadonlySet<CauseId> = new Set<CauseId>(['mail.connection-closed', 'imap.connection-dropped']);

/** A name said not to be found, or a domain said to have no mail server: when the same text says the lookup failed only
 * for now (the name server did not answer), whether the name exists was never decided, and that failure is the reason. */
const UNDECIDED_NAME: ReadonlySet<CauseId> = new Set<CauseId>(['smtp.host-unknown', 'tcp.name-not-resolved']);

/** What a wrapper says in general terms when nothing more precise was found ("Could not convert socket to TLS"). */
const IMPLIES: Readonly<Partial<Record<CauseId, CauseId>>> = { 'mail.java.tls-failed': 'tls.handshake-failed' };

/** How far a wrapper, and a vague cause, drop below the precise causes found with them. */
const WRAPPER_PENALTY = 100;
const VAGUE_PENALTY = 50;

/** Why one delivery attempt failed on the wire (no answer, refused, reset): a delivery that was retried until it expired
 * failed that way each time, so the expiry is what the report states and the socket error only why the retries failed. */
const TRANSPORT: ReadonlySet<CauseId> = new Set<CauseId>([
  'tcp.timeout',
  'tcp.refused',
  'tcp.reset',
  'tcp.unreachable',
  'tcp.read-timeout',
  'mail.connection-closed',
]);

function demote(all: Identified[]): Identified[] {
  const reasons = all.filter((i) => i.kind !== 'audit' && !WRAPPERS.has(i.cause) && !VAGUE.has(i.cause) && !NO_REASON.has(i.cause));
  const precise = reasons.length > 0;
  // An expiry yields to a reason the receiving side gave (a full mailbox), not to the socket error of the attempts.
  const expiryReason = reasons.some((i) => !TRANSPORT.has(i.cause));
  const named = all.some((i) => i.kind !== 'audit' && !WRAPPERS.has(i.cause));
  const loginReason = all.some((i) => LOGIN_REASONS.has(i.cause));
  const certificateReason = all.some((i) => CERTIFICATE_REASONS.has(i.cause));
  const readTimeout = all.some((i) => i.cause === 'tcp.read-timeout');
  const lookupUnfinished = all.some((i) => i.cause === 'dns.server-unreachable');
  // "Delivery failed" yields to anything that says more, a delay notice included.
  const moreThanBounce = all.some((i) => i.kind !== 'audit' && !WRAPPERS.has(i.cause) && i.cause !== 'mail.bounce');
  const implied = all.flatMap((i) => {
    const general = IMPLIES[i.cause];
    return general && !named ? [{ ...i, cause: general, specificity: i.specificity + 1 }] : [];
  });
  return [...all, ...implied].map((i) => {
    if (i.kind === 'audit') return i;
    if (WRAPPERS.has(i.cause) && (named || implied.length > 0)) return { ...i, specificity: i.specificity - WRAPPER_PENALTY };
    if (
      (VAGUE.has(i.cause) && (i.cause === 'smtp.delivery-expired' ? expiryReason : precise)) ||
      (LOGIN_REFUSALS.has(i.cause) && loginReason) ||
      (i.cause === 'tls.java-pkix' && certificateReason) ||
      (AFTER_TIMEOUT.has(i.cause) && readTimeout) ||
      (UNDECIDED_NAME.has(i.cause) && lookupUnfinished) ||
      (i.cause === 'mail.bounce' && moreThanBounce)
    )
      return { ...i, specificity: i.specificity - VAGUE_PENALTY };
    return i;
  });
}

/** Longer than this, a text is a document, not a message: only its first part is read. */
const MAX_TEXT = 20_000;

/** The log scanner's counters of routine lines (polling fired, configuration saved) explain nothing on their own. */
function explains(m: TextMatch): boolean {
  return !(m.matcher.kind === 'log' && (m.matcher.severity ?? causeOf(m.cause).severity) === 'info');
}

function exactMatches(text: string, anyCase: boolean): Identified[] {
  return (anyCase ? matchText(text, anyCaseMatchers()) : matchText(text)).filter(explains).map((m) => ({
    cause: m.cause,
    how: 'exact' as const,
    kind: m.matcher.kind,
    matched: m.text.trim(),
    specificity: m.matcher.specificity,
    evidence: m.evidence,
    ...(m.matcher.severity ? { severity: m.matcher.severity } : {}),
  }));
}

/** Audit rows first (their status is what a technician asks about), then the rest by precision. */
function rank(a: Identified, b: Identified): number {
  const audit = Number(b.kind === 'audit') - Number(a.kind === 'audit');
  if (audit !== 0) return audit;
  return b.specificity - a.specificity || (b.at ?? -1) - (a.at ?? -1);
}

/** What the exact and code layers recognise in one reading of a text. */
function layered(text: string): { exact: Identified[]; codes: Identified[] } {
  const exact = [...exactMatches(text, singleCase(text)), ...phraseMatches(text), ...wordingMatches(text)];
  const codes = [
    ...smtpCodeFindings(text),
    ...starttlsReplyFindings(text),
    ...clientCodeFindings(text),
    ...greetingFindings(text),
    ...authCodeFindings(text),
    ...systemCodeFindings(text),
    ...protocolCodeFindings(text),
    ...tlsReasonFindings(text),
    ...transportPhaseFindings(text),
    ...resolverReplyFindings(text),
  ];
  return { exact, codes };
}

/** A log-scanner rule is a guess from a line's words: a wrapper's own words (a log level "ERROR", an exception's
 * "Error:") are no evidence, so such a guess counts only when the message inside the wrapper supports it too. */
function inMessage(found: Identified, message: readonly Identified[]): boolean {
  return message.some((m) => m.cause === found.cause);
}

/** The readings of a text: `whole` is the text as pasted, `message` the message inside its wrappers (the same array
 * when nothing was unwrapped); each with its names' registered spelling too when the text's case was changed as a whole.
 * A multi-line SMTP reply is one line in both, so that its reason words are read as the server wrote them. */
function readings(input: string): { whole: string[]; message: string[] } {
  const clipped = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input;
  const text = withoutHypotheses(mergeMultilineReplies(unescapeText(clipped)));
  const inner = withoutHypotheses(unescapeText(unwrapMessage(clipped)));
  const cased = (t: string) => (singleCase(text) ? [t, restoreCase(t)] : [t]);
  const whole = cased(text);
  return { whole, message: inner !== '' && inner !== text.trim() ? cased(inner) : whole };
}

/** Every cause recognised in a text, best first, one entry per cause. */
export function identify(input: string): Identified[] {
  const { whole, message } = readings(input);
  const text = whole[0] ?? '';
  const unwrapped = message !== whole;
  const inside = unwrapped ? message.map(layered) : [];
  const outside = whole.map(layered);
  const insideExact = inside.flatMap((r) => r.exact);
  const exact = [...outside.flatMap((r) => (unwrapped ? r.exact.filter((e) => e.kind !== 'log' || inMessage(e, insideExact)) : r.exact)), ...insideExact];
  const codes = [...outside, ...inside].flatMap((r) => r.codes);
  const tolerant = exact.some((e) => e.kind === 'audit') ? [] : tolerantAudit(text);
  const found = [...exact, ...codes, ...tolerant];
  const explained = found.some((i) => i.kind !== 'log' && !WRAPPERS.has(i.cause) && !GENERIC_GRANT.has(i.cause) && !NO_REASON.has(i.cause));
  // A refusal read from words alone comes from the message, never from a wrapper's "ERROR" or "Error:". The context is
  // the text with the message after it: what the message names (an IMAP tagged reply at the start of a line) counts
  // even when a wrapper stands before it.
  const context = unwrapped ? `${text}\n${message[0] ?? ''}` : text;
  // A reason read from the tolerant words of a delivery report's own reasonless opening ("Delivery to the following
  // recipient failed") says no more than the opening: only words outside it can give the reason.
  const openings = found.filter((i) => i.cause === 'mail.bounce' && i.matched).map((i) => (i.matched ?? '').toLowerCase());
  const sentences = explained ? [] : message.flatMap(reasonSentence).filter((i) => !openings.some((o) => o.includes((i.matched ?? '').toLowerCase())));
  let all = inContext([...found, ...sentences], context);
  if (all.some((i) => i.kind !== 'log')) all = all.filter((i) => i.kind !== 'log');
  all = demote(all);
  const lower = text.toLowerCase();
  all = all.map((i) => ({ ...i, at: i.matched ? lower.lastIndexOf(i.matched.toLowerCase()) : -1 }));
  const best = new Map<CauseId, Identified>();
  for (const i of all.sort(rank)) if (!best.has(i.cause)) best.set(i.cause, i);
  return [...best.values()].sort(rank);
}
