// The code layer for SMTP: finds reply codes and enhanced status codes in a text and reads a cause from them,
// provider overlay first, then the reply's reason words, then the IANA registry, then the basic reply code.
import type { Evidence } from '../../core/types.js';
import type { CauseId } from '../index.js';
import { EXCHANGE_ONLINE } from '../registries/exchange-online.js';
import { GMAIL, GMAIL_HELP_TOPICS } from '../registries/gmail.js';
import { overlayCodeMatches, type OverlayEntry, type ProviderOverlay } from '../registries/provider-overlay.js';
import { PROVIDER_TAGS } from '../registries/provider-tags.js';
import { SMTP_BASIC, SMTP_REPLY_CLASSES } from '../registries/smtp-basic.js';
import { ENHANCED_CLASSES, ENHANCED_CODES, ENHANCED_SUBJECTS } from '../registries/smtp-enhanced.js';
import { entryOf } from '../registries/types.js';
import { codeFinding } from './code-finding.js';
import { findPhrase, normalizeText } from './normalize.js';
import { REFINABLE, SOCKET_ERRORS, namesReason, reasonOf } from './smtp-reasons.js';
import type { Identified } from './types.js';

const OVERLAYS: readonly ProviderOverlay[] = [EXCHANGE_ONLINE, GMAIL];

/** One code found in a text: the basic reply, the enhanced code, or both, and the text after them. */
interface FoundCode {
  reply?: string;
  enhanced?: string;
  at: number;
  rest: string;
  /** A reply code found only by its position, with no enhanced code beside it: its text must read like SMTP. */
  bare?: boolean;
  /** Found only as a quoted or echoed number: its words must state a reason or a login. */
  quoted?: boolean;
  /** Written last in its reply, qmail's way ("... rcpthosts (#5.7.1)"): the reason stands before it. */
  trailing?: boolean;
}

/** Reasons precise enough to override any code's cause: greylisting, an unsupported AUTH mechanism, an over-long line, an unknown domain. */
const OVERRIDING: ReadonlySet<CauseId> = new Set<CauseId>([
  'smtp.greylisted',
  'mail.auth.mechanism-unavailable',
  'smtp.content-rejected',
  'smtp.host-unknown',
  'smtp.rate-limited',
  'dns.server-unreachable',
  'tcp.unreachable',
]);

/** Reasons about the connecting client (its address refused, its rate limited), not about a mailbox or a message. */
const CLIENT_REASONS: ReadonlySet<CauseId> = new Set<CauseId>(['smtp.blocked', 'smtp.rate-limited']);

/** The causes the catch-all words of a refusal give ("policy", "try again later"), which name no reason of their own. */
const CATCH_ALL: ReadonlySet<CauseId> = new Set<CauseId>(['smtp.server-busy', 'smtp.policy-rejected']);

/** Basic replies to AUTH (RFC 4954): their own meaning is more precise than a generic security code beside them. */
const AUTH_REPLIES: ReadonlySet<string> = new Set(['432', '454', '530', '534', '535', '538']);

/** Words that make a bare three-digit number read as an SMTP reply rather than a count or an HTTP status. */
const SMTPISH =
  /\b(?:mail|mailbox|smtp|e?smtp|service|connections?|recipient|sender|relay(?:ing)?|user|address|command|syntax|transaction|authenticat\w*|requested|action|channel|closing|domain|message|queue|starttls|auth|tls|helo|ehlo|rcpt|data|storage|spam|policy|blocked|rejected|denied|unavailable)\b/i;

const ENH = String.raw`([245])\.(\d{1,3})\.(\d{1,3})`;
/** "550 5.1.1", "550-5.1.1", "#550 5.1.1", "550 #5.1.1", and MailKit's "421: 4.3.2". */
const PAIR = new RegExp(String.raw`(?<![\w.])#?([2-5][0-5]\d)(?:[ -]|: )#?["']?${ENH}["']?(?![\w.]|\.\d)`, 'g');
/** A provider's documentation table written as a list: 421, "4.7.0", Try again later (translations quote with „“ or «»). */
const LISTED_PAIR = new RegExp(String.raw`(?<![\w.])([2-5][0-5]\d),\s*["'„“”«]\s*${ENH}\s*["'“”»]`, 'g');
/** Python's SMTPResponseException tuples, (535, b'5.7.8 Username ...'), also with the code quoted and the text in a list. */
const PY_TUPLE = new RegExp(String.raw`\(['"]?([2-5][0-5]\d)['"]?,\s*\[?b?['"](?:${ENH})?`, 'g');
/** An enhanced code with a label that says it is one: Status: 5.1.1, dsn=4.2.1, (#5.1.1), smtp; 5.7.1. */
const LABELLED = new RegExp(String.raw`(?:\bstatus["']?\s*[:=]|\bdsn\s*[:=]|\b\w*code["']?\s*[:=]?|#|\bsmtp;)\s*["']?${ENH}(?![\w.]|\.\d)`, 'gi');
/** A reply code in a field that names it as one: "responseCode":535, "smtp_code":550, "SMTP Error (451):", and lettre's
 * "permanent error (535)" / "transient error (421)". */
const LABELLED_REPLY =
  /\b(?:smtp_?code|response_?code|reply_?code|smtp_?status)["']?\s*[:=]\s*["']?([2-5][0-5]\d)\b(?!\.\d)|\b(?:SMTP (?:Error|Fehler|Erreur|Errore)|(?:Error|Erreur|Errore|Fehler) SMTP)\s*\(([2-5][0-5]\d)\)\s*:|\b(?:permanent|transient) (?:error|failure) \(([2-5][0-5]\d)\)/gi;
/** qmail writes the enhanced code last, in parentheses with a hash: "(#5.7.1)" (qmail-smtpd, qmail-remote). */
const QMAIL_TRAILER = /^\(#\d\.\d{1,3}\.\d{1,3}$/;
/** A text that starts with an enhanced code: "5.7.708", "5.1.1 Bad destination mailbox address". */
const LEADING_ENH = new RegExp(String.raw`^\s*${ENH}(?=\s|$|[:;,])`);
/** An enhanced code in the middle of a text, followed by words: "failed: 4.7.1 Ratelimit exceeded". */
const INLINE_ENH = new RegExp(String.raw`(?:^|[\s:;,(\[])${ENH}(?=\s+[A-Za-z<"'])`, 'g');
/** Words before a dotted number that make it a version, not a status code. */
const VERSION_WORD = /\b(?:v|version|release|java|jdk|node|python|ruby|php|openssl|tls|ssl|spring|log4j|mysql|postgres(?:ql)?|build|ver)\s*$/i;

/** Each basic code followed by the first words of its registered text ("421 Service not available"), compiled once. */
const BASIC_WITH_TEXT = Object.entries(SMTP_BASIC.entries).flatMap(([code, entry]) => {
  const words = entry.text
    .replace(/<[^>]+>\s*/g, '')
    .split(/\s+/)
    .slice(0, 3)
    .join(' ');
  return words.length < 8 ? [] : [{ code, re: new RegExp(String.raw`(?<![\w.])${code}[ -]+${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i') }];
});

/** A basic reply code at the start of the text or after a word that introduces a server reply. */
const REPLY =
  /(?:^\s*|(?:said|smtp;|server response was|response was|response|reply|returned|(?:responded|answered|replied) with|error from remote mail server after [\w ]+?|Error|failed|failure|delivered to|reason)\s*[:=]?\s*['"]?|>\s*)([2-5][0-5]\d)(?=[ -]|:\s)(?=[ :-]*[A-Za-z<#([]|\s*$)/gi;

/** An API's snake_case error name right after a number ("Error 400: redirect_uri_mismatch"): the number is an HTTP status. */
const API_ERROR_NAME = /^[ :-]*[a-z]+(?:_[a-z]+)+\b/;

/** Words of a refused login, which a quoted reply code may carry instead of a reason. */
const LOGIN_WORDS = /\b(?:authenticat\w*|password|credentials?|log ?in|username)\b/i;

/** A registered reply code quoted or echoed in a transcript: "< 535 Incorrect ...", "<<< 552 ...", "(535 ...)", "'554-...". */
const QUOTED_REPLY = /(?:^|[(<>'"=[])\s*([2-5][0-5]\d)(?=[ -][A-Za-z<#(])(?![ -](?:INFO|DEBUG|WARN(?:ING)?|ERROR|TRACE|FINE|FATAL|SEVERE)\b)/g;

function found(text: string): FoundCode[] {
  const out: FoundCode[] = [];
  const push = (f: FoundCode) => {
    if (!out.some((o) => o.at === f.at || (o.enhanced !== undefined && o.enhanced === f.enhanced && o.reply === f.reply))) out.push(f);
  };
  for (const m of text.matchAll(PAIR)) push({ reply: m[1], enhanced: `${m[2]}.${m[3]}.${m[4]}`, at: m.index, rest: text.slice(m.index + m[0].length) });
  for (const m of text.matchAll(LABELLED_REPLY)) {
    const reply = m[1] ?? m[2] ?? m[3];
    if (!out.some((o) => o.reply === reply)) push({ reply, at: m.index, rest: text.slice(m.index + m[0].length) });
  }
  for (const m of text.matchAll(LISTED_PAIR)) push({ reply: m[1], enhanced: `${m[2]}.${m[3]}.${m[4]}`, at: m.index, rest: text.slice(m.index + m[0].length) });
  for (const m of text.matchAll(PY_TUPLE))
    push({ reply: m[1], ...(m[2] ? { enhanced: `${m[2]}.${m[3]}.${m[4]}` } : {}), at: m.index, rest: text.slice(m.index + m[0].length) });
  for (const m of text.matchAll(LABELLED))
    if (!out.some((o) => o.enhanced === `${m[1]}.${m[2]}.${m[3]}`))
      push({
        enhanced: `${m[1]}.${m[2]}.${m[3]}`,
        at: m.index,
        rest: text.slice(m.index + m[0].length),
        ...(QMAIL_TRAILER.test(text.slice(Math.max(0, m.index - 1), m.index + m[0].length)) ? { trailing: true } : {}),
      });
  if (out.length === 0) {
    for (const m of text.matchAll(INLINE_ENH)) {
      if (VERSION_WORD.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
      push({ enhanced: `${m[1]}.${m[2]}.${m[3]}`, at: m.index, rest: text.slice(m.index + m[0].length) });
    }
  }
  for (const { code, re } of BASIC_WITH_TEXT) {
    if (out.some((o) => o.reply === code)) continue;
    const m = re.exec(text);
    if (m) push({ reply: code, at: m.index, rest: text.slice(m.index + 4) });
  }
  const lead = LEADING_ENH.exec(text);
  if (lead && out.length === 0) push({ enhanced: `${lead[1]}.${lead[2]}.${lead[3]}`, at: lead.index, rest: text.slice(lead[0].length) });
  if (!/\bHTTP\/\d/i.test(text)) {
    if (out.length === 0) {
      for (const m of text.matchAll(REPLY)) {
        const rest = text.slice(m.index + m[0].length);
        if (!API_ERROR_NAME.test(rest)) push({ reply: m[1], at: m.index, rest, bare: true });
      }
    }
    for (const m of text.matchAll(QUOTED_REPLY)) {
      const at = m.index + m[0].length - 3;
      if (entryOf(SMTP_BASIC, m[1] ?? '') && !out.some((o) => Math.abs(o.at - at) <= 2))
        push({ reply: m[1], at, rest: text.slice(at + 3), bare: true, quoted: true });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function overlayHit(code: string | undefined, norm: string, text: string): { entry: OverlayEntry; overlay: ProviderOverlay; byText: boolean } | undefined {
  if (!code) return undefined;
  for (const overlay of OVERLAYS) {
    for (const entry of overlay.entries)
      if (overlayCodeMatches(entry, code) && findPhrase(norm, normalizeText(entry.text)) >= 0) return { entry, overlay, byText: true };
  }
  const registered = entryOf(ENHANCED_CODES, code.slice(2)) !== undefined;
  for (const overlay of OVERLAYS) {
    // A code the IANA registry also lists keeps the registry's meaning, unless the reply shows the provider wrote it
    // and the provider gives that code one meaning only.
    if (registered && !overlay.marks?.test(text)) continue;
    const entries = overlay.entries.filter((e) => overlayCodeMatches(e, code));
    const entry = entries[0];
    if (entry && (!registered || entries.every((e) => e.cause === entry.cause))) return { entry, overlay, byText: false };
  }
  return undefined;
}

/** The class and subject meaning of an enhanced code, and its registered detail text when it has one. */
export function decodeEnhanced(code: string): { classText?: string; subjectText?: string; detail?: { text: string; cause?: CauseId; ref?: string } } {
  const [cls, subject, detail] = code.split('.');
  const entry = ENHANCED_CODES.entries[`${subject}.${detail}` as keyof typeof ENHANCED_CODES.entries] as
    { text: string; cause?: CauseId; ref?: string } | undefined;
  return {
    ...(ENHANCED_CLASSES[cls ?? ''] ? { classText: ENHANCED_CLASSES[cls ?? ''] } : {}),
    ...(ENHANCED_SUBJECTS[subject ?? ''] ? { subjectText: ENHANCED_SUBJECTS[subject ?? ''] } : {}),
    ...(entry ? { detail: entry } : {}),
  };
}

function identifyCode(f: FoundCode, text: string, norm: string): Identified | undefined {
  const evidence: Evidence = { ...(f.reply ? { replyCode: Number(f.reply) } : {}), ...(f.enhanced ? { enhancedCode: f.enhanced } : {}) };
  const matched = [f.reply, f.enhanced].filter(Boolean).join(' ');
  const overlay = overlayHit(f.enhanced, norm, text);
  if (overlay) {
    return codeFinding(overlay.entry.cause, matched, overlay.byText ? 44 : 40, {
      ...evidence,
      provider: overlay.overlay.provider,
      providerText: overlay.entry.text,
      source: overlay.overlay.source,
    });
  }
  const basic = f.reply ? (SMTP_BASIC.entries[f.reply as keyof typeof SMTP_BASIC.entries] as { text: string; cause?: CauseId } | undefined) : undefined;
  const decoded = f.enhanced ? decodeEnhanced(f.enhanced) : {};
  const meaning = {
    ...(decoded.classText ? { classMeaning: decoded.classText } : {}),
    ...(decoded.subjectText ? { subjectMeaning: decoded.subjectText } : {}),
    ...(decoded.detail ? { codeMeaning: decoded.detail.text } : {}),
    ...(basic ? { replyMeaning: basic.text } : {}),
  };
  // An enhanced code that says only "other" (X.Y.0), or a generic security code on an AUTH reply, yields to the basic
  // reply code when that names a cause: "535 5.7.0 Error: authentication failed" is a refused login.
  const generic = f.enhanced !== undefined && (/\.0$/.test(f.enhanced) || (AUTH_REPLIES.has(f.reply ?? '') && /^\d\.7\.[01]$/.test(f.enhanced)));
  // A server that answers the client with 4.4.1 (no answer from host) reports its own onward connection failing: for the
  // client the server is temporarily unable to take the message, not unreachable itself.
  const serverNoAnswer = f.enhanced === '4.4.1' && !BOUNCE_CONTEXT.test(text);
  // The reply's own words: those after the code, or, when the code is written last (qmail's "(#5.7.1)", a log's trailing
  // "dsn=4.4.1"), those before it.
  const before = f.trailing || /^\W*$/.test(f.rest);
  const ownWords = before ? text.slice(Math.max(0, f.at - 300), f.at) : f.rest.slice(0, 300);
  // A network status that says only "other", "no answer" or "bad connection" (RFC 3463 X.4.0-X.4.2) and names its socket
  // error in words is that error.
  const socket = !serverNoAnswer && /^\d\.4\.[012]$/.test(f.enhanced ?? '') ? SOCKET_ERRORS.find(([re]) => re.test(ownWords))?.[1] : undefined;
  if (socket) return codeFinding(socket, matched, 36, { ...evidence, source: 'the socket error a network status code (RFC 3463 X.4.0-X.4.2) names' });
  const fromCode = serverNoAnswer
    ? 'smtp.server-busy'
    : generic && basic?.cause
      ? basic.cause
      : (decoded.detail?.cause ?? (f.enhanced ? 'smtp.status-code' : basic?.cause));
  const codeSpec = decoded.detail?.cause ? 26 : f.enhanced ? 14 : 12;
  const reason = reasonOf(f.rest.slice(0, 400)) ?? (before ? reasonOf(ownWords) : undefined);
  // A number found only by its position must read like SMTP; one no registry lists also needs words that say why.
  if (f.bare && (!SMTPISH.test(f.rest.slice(0, 200)) ? !(basic && reason) : !(basic || reason))) return undefined;
  if (f.quoted && !reason && !LOGIN_WORDS.test(f.rest.slice(0, 200))) return undefined;
  const successOnly = (f.reply?.startsWith('2') || f.enhanced?.startsWith('2')) ?? false;
  if (successOnly) return undefined;
  const undefinedDetail = f.enhanced?.endsWith('.0') ?? false;
  const weakReason = reason === undefined || reason === 'smtp.server-busy' || reason === 'smtp.recipient-rejected';
  const retryLater =
    /\b(?:(?:try|send|resend|retry|deliver) (?:it |the message |your message )?(?:again )?later|please (?:retry|resend)|(?:retry|resend) (?:delivery|the message|your message)|retry again|try again in \d+|temporarily (?:deferred|rejected))\b|später (?:erneut|noch einmal|wieder)|r[ée]essay(?:er|ez) plus tard|int[ée]ntelo (?:de nuevo )?más tarde|riprova(?:re)? più tardi|tente novamente mais tarde/i.test(
      f.rest.slice(0, 200),
    );
  const plain451 = !f.enhanced && f.reply === '451' && reason === undefined && /\btry again later\b/i.test(f.rest.slice(0, 200));
  if ((((f.enhanced && /^4\.(?:7\.[1-9]|2\.0$)/.test(f.enhanced)) || (!f.enhanced && f.reply === '450')) && retryLater && weakReason) || plain451) {
    return codeFinding('smtp.greylisted', matched, 36, { ...evidence, ...meaning, source: 'a temporary security code asking to retry later (greylisting)' });
  }
  const transientBusy = reason === 'smtp.server-busy' && (f.enhanced?.startsWith('4.') ?? false);
  // RFC 3463 section 3: subject X.2 is the recipient's mailbox, X.6 the message's media. Words that say the connecting
  // client was refused speak of neither, so the code's subject cannot be what happened: the words say it.
  const otherSubject = CLIENT_REASONS.has(reason ?? 'explain.no-match') && /^\d\.[26]\./.test(f.enhanced ?? '');
  // Subject X.3 is the receiving mail system as a whole: storage words under it are the server's disk, not a full mailbox.
  const systemStorage = reason === 'smtp.mailbox-full' && /^\d\.3\./.test(f.enhanced ?? '');
  // RFC 4954's AUTH replies (454 temporary failure, 535 refused credentials) already say what happened; the catch-all
  // words beside an undefined security detail ("454 4.7.0 ... Try again later") do not say more.
  const authReplyKept =
    AUTH_REPLIES.has(f.reply ?? '') && /^\d\.7\.[01]$/.test(f.enhanced ?? '') && basic?.cause !== undefined && CATCH_ALL.has(reason ?? 'explain.no-match');
  // RFC 3463 section 3: a registered detail under the addressing (X.1), mailbox (X.2) or protocol (X.5) subject names
  // what happened to this recipient or this transaction ("452 4.2.2" a full mailbox, "452 4.5.3" too many recipients);
  // the catch-all words beside it ("try again later", "policy") only say the refusal is temporary or deliberate.
  const detailKept =
    decoded.detail?.cause !== undefined &&
    !undefinedDetail &&
    /^\d\.[125]\./.test(f.enhanced ?? '') &&
    CATCH_ALL.has(reason ?? 'explain.no-match') &&
    !namesReason(f.rest.slice(0, 400));
  if (
    reason &&
    !systemStorage &&
    !authReplyKept &&
    !detailKept &&
    (!fromCode || !f.enhanced || REFINABLE.has(fromCode) || undefinedDetail || OVERRIDING.has(reason) || transientBusy || otherSubject) &&
    reason !== fromCode
  ) {
    return codeFinding(reason, matched, 36, { ...evidence, ...meaning, source: 'reply text after the code' });
  }
  if (!fromCode) return undefined;
  if (reason === fromCode) return codeFinding(fromCode, matched, 36, { ...evidence, ...meaning, source: 'reply code and the reason words after it' });
  const source = decoded.detail
    ? `IANA SMTP Enhanced Status Codes registry${decoded.detail.ref ? ` (${decoded.detail.ref})` : ' (RFC 3463)'}`
    : f.enhanced
      ? 'RFC 3463 class and subject sub-codes'
      : SMTP_BASIC.source;
  // An enhanced code the registry does not list still says what kind of status it is by its subject (RFC 3463 section 3).
  const bySubject = fromCode === 'smtp.status-code' && f.enhanced ? subjectCause(f.enhanced) : undefined;
  return codeFinding(bySubject ?? fromCode, matched, bySubject ? SUBJECT_SPECIFICITY : codeSpec, {
    ...evidence,
    ...meaning,
    ...(f.reply && !f.enhanced ? { replyClass: SMTP_REPLY_CLASSES[f.reply.charAt(0)] ?? '' } : {}),
    source,
  });
}

/** Above a bare "enhanced status code" finding, below a registered detail code. */
const SUBJECT_SPECIFICITY = 16;

/** The cause an unlisted enhanced code's subject implies (RFC 3463 section 3: X.1 addressing, X.3 mail system, X.5 protocol,
 * X.6 content, X.7 security or policy); mailbox and routing subjects name too many different reasons to imply one. */
function subjectCause(code: string): CauseId | undefined {
  const [cls, subject] = code.split('.');
  if (subject === '1' && cls === '5') return 'smtp.recipient-rejected';
  if (subject === '3' && cls === '4') return 'smtp.server-busy';
  if (subject === '5') return 'smtp.protocol-error';
  if (subject === '6') return 'smtp.content-rejected';
  if (subject === '7') return 'smtp.policy-rejected';
  return undefined;
}

/** How much an earlier reply in the same text ranks below the last one. */
const EARLIER_REPLY = 10;

/** Final replies that only say "refused" or "unavailable" (a relay's summary after the server's own reply): the
 * earlier reply that gave the reason keeps its rank. */
const SUMMARY_CAUSES: ReadonlySet<CauseId> = new Set<CauseId>(['smtp.server-busy', 'smtp.status-code', 'smtp.command-failed']);

/** Marks of a delivery report or a relayed server reply, where the reason words speak even without a code. */
const BOUNCE_CONTEXT =
  /\b(?:diagnostic-code|remote server returned|status=(?:bounced|deferred)|said:|delivery (?:to|has) failed|could not be delivered|couldn't be delivered|(?:wasn't|was not|weren't|were not) delivered|undeliverable|non-delivery|returned mail|mail delivery failed|permanent error|temporary error)\b/i;

/** A Gmail help link in a reply: its topic names the reason. */
function gmailHelpFindings(text: string): Identified[] {
  return [...text.matchAll(/\bsupport\.google\.com\/(?:mail|a)\/?\?(?:[^\s"'<>]*&)?p=([A-Za-z]+)/g)].flatMap((m) => {
    const cause = Object.hasOwn(GMAIL_HELP_TOPICS, m[1] ?? '') ? GMAIL_HELP_TOPICS[m[1] ?? ''] : undefined;
    return cause ? [codeFinding(cause, m[0], 34, { helpTopic: m[1] ?? '', provider: GMAIL.provider, source: GMAIL.source })] : [];
  });
}

/** A permanent reply's code just before a tag ("553 5.7.1 [TSS07]", "(553, b'5.7.1 [TSS07]"): RFC 5321 section 4.2.1, a 5yz reply is a
 * permanent failure, so a tag carried by it is no hold for now. */
const PERMANENT_BEFORE_TAG = /(?:\b5\d\d\b|\b5\.\d{1,3}\.\d{1,3}\b)[^\d[\]]*$/;

/** A provider's reply tag ("[TSS04]", "(S3150)", "BL000010"): it names the reason more surely than the words around it;
 * a tag family's deferral meaning gives way when the reply carrying the tag is permanent (the words then say why). */
function providerTagFindings(text: string): Identified[] {
  return PROVIDER_TAGS.flatMap((p) =>
    [...text.matchAll(p.find)].flatMap((m) => {
      const tag = m[1] ?? '';
      const hit = p.tags.find((t) => t.tag.test(tag));
      if (hit?.deferral && PERMANENT_BEFORE_TAG.test(text.slice(Math.max(0, m.index - 24), m.index))) return [];
      return hit ? [codeFinding(hit.cause, tag, 40, { providerTag: tag, provider: p.provider, providerText: hit.meaning, source: p.source })] : [];
    }),
  );
}

/** Causes read from the SMTP codes in a text, one per code found, in the order they appear; in a delivery report
 * without codes, the reason its words state. */
export function smtpCodeFindings(text: string): Identified[] {
  const norm = normalizeText(text);
  const help = [...gmailHelpFindings(text), ...providerTagFindings(text)];
  const codes = found(text);
  if (codes.length === 0 && BOUNCE_CONTEXT.test(text)) {
    const reason = reasonOf(text.slice(0, 2000));
    return [...help, ...(reason ? [codeFinding(reason, BOUNCE_CONTEXT.exec(text)?.[0] ?? '', 30, { source: 'reason words of a delivery report' })] : [])];
  }
  // Several replies in one text: the last is the server's final answer, the earlier ones led up to it, unless the
  // later ones are only a summary without a reason.
  const identified = codes.map((f) => identifyCode(f, text, norm));
  return [
    ...help,
    ...identified.flatMap((found, i) => {
      if (!found) return [];
      const later = identified.slice(i + 1).filter((l): l is Identified => l !== undefined && !SUMMARY_CAUSES.has(l.cause)).length;
      const summary = SUMMARY_CAUSES.has(found.cause) && identified.slice(0, i).some((e) => e !== undefined && !SUMMARY_CAUSES.has(e.cause));
      return [{ ...found, specificity: found.specificity - EARLIER_REPLY * (later + (summary ? 1 : 0)) }];
    }),
  ];
}
