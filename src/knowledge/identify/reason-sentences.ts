// The last, tolerant layer for error texts: when no documented wording or code explains a text that states a failure,
// the shape of the sentence still may (a connection "timed out while reading", "login failed", "quota exceeded").
// Each pattern needs both the thing and what happened to it, and the text must state a failure at all.
import type { CauseId } from '../index.js';
import { AUTH_BACKEND_DOWN, FOREIGN_REASONS, MAILBOX_FULL_WORDS, RECIPIENT_UNKNOWN, TEMPORARY_AUTH, plainQuotes, reasonOf } from './smtp-reasons.js';
import type { Identified } from './types.js';

/** The text reports a failure: without one of these words no sentence below is read. */
const FAILURE =
  /\b(?:error|exception|fail(?:ed|ure|s)?|refused|rejected|denied|unable|cannot|can't|could ?n[o']t|invalid|timed out|too frequent(?:ly)?|already locked|does ?n[o']t exist|does not exist|banned|delayed|suspended|\bonly \d+\b[^.\n]{0,40}\ballowed|n'a pu être|n'accepte plus|inconnu|introuvable|unbekannt|desconocido|no existe|not (?:found|allowed|accepted|supported|available|known|delivered)|unsuccessful|unreachable|too many|exceeded|expired|blocked|deferred|bounced|undeliverable|required|user unknown|no such user|incorrect|wrong)\b|\binvalid_[a-z]+\b|\bdid ?n[o']t (?:respond|answer|reply)\b|fehlgeschlagen|[ée]chec|[ée]chou[ée]|fallid[ao]|falha|fallit[ao]|non riuscit[ao]/i;

/** A log line's severity field ("|ERROR|", " ERROR ", "[php:error]", "level=error") rates the line, it states no
 * failure: without this a wrapper's level would make any ordinary message behind it read as a refusal. */
const SEVERITY_FIELD = /\bERROR\b(?!:)|\[(?:[a-z]+:)?(?:error|warn(?:ing)?)\]|\blevel["']?\s*[=:]\s*["']?error\b/g;

/** Google's consent flow stops an app that has not been through its OAuth verification ("unverified app" screen,
 * support.google.com/cloud/answer/7454865): in one clause, the app, Google and its verification with a negation. Saying
 * so states a failure, whatever other words the text has. */
const UNVERIFIED_APP =
  /\b(?:not|never|failed to|unable to)\b[^.\n]{0,30}\bgoogle(?:'s)? (?:oauth )?verification process\b|\bgoogle\b[^.\n]{0,20}(?:\bnot|n't|\bnever)\b[^.\n]{0,15}\bverified (?:this |the |your )?(?:app|application)\b|\b(?:app|application)\b[^.\n]{0,25}(?:\bnot|n't|\bnever)\b[^.\n]{0,15}\bverified\b[^.\n]{0,10}\bby google\b/i;

interface Sentence {
  pattern: RegExp;
  cause: CauseId;
  example: string;
}

/** Ordered from the most to the least precise. */
export const SENTENCES: readonly Sentence[] = [
  {
    pattern:
      /\b(?:read|receive|response|reply|command)\b[^.\n]{0,30}\btimed out\b|\b(?:read|receive|response|reply)[ _-]?timeout\b[^.\n]{0,20}\b(?:exceeded|expired|occurred|reached|error|exception)\b|\btimed out\b[^.\n]{0,30}\b(?:reading|waiting for|receiving)\b|\b(?:server|host|peer)\b[^.\n]{0,20}\b(?:did ?n[o']t|failed to) (?:respond|answer|reply)\b[^.\n]{0,20}\b(?:within|in time|before)\b/i,
    cause: 'tcp.read-timeout',
    example: 'IMAP response timed out after 60 s',
  },
  {
    pattern: /\bconversation with\b[^\n]{0,80}\btimed out\b/i,
    cause: 'tcp.read-timeout',
    example: 'conversation with mx.example.com[192.0.2.7] timed out while sending end of data',
  },
  {
    pattern:
      /\bconnect(?:ion|ing)?\b[^.\n]{0,30}\btimed out\b|\bconnect(?:ion)?[ _-]?timeout\b[^.\n]{0,20}\b(?:exceeded|expired|occurred|reached|error|exception)\b|\b(?:fail(?:ed|ure)? to connect|unable to connect|could ?n[o']t connect|connect(?:ion)? failed)\b(?:(?!\.\s)[^\n]){0,60}?(?<!\b(?:read|response|receive|reply|socket)[ _-]?)\b(?:connect(?:ion)?[ _-]?)?time ?out\b(?!\s*[:=]?\s*-?\d)/i,
    cause: 'tcp.timeout',
    // A connection timeout is the failure when the verdict comes after it ("connect timeout exceeded") or before it in
    // the same clause, after a failed connect ("failed to connect ...: connection timeout", "could not connect: timeout");
    // a dot inside an address does not end the clause, a read or response timeout is not the connect's, and a timeout
    // followed by a number is the configured value (JavaMail's "Couldn't connect to host, port: ...; timeout -1").
    example: 'connecting to smtp.example.com:587 timed out',
  },
  {
    // A connection refused "from" a client is a server's block of that client, not a refused connect.
    pattern: /\bconnection\b[^.\n]{0,20}\brefused\b(?! from\b)|\brefused\b[^.\n]{0,20}\bconnection\b(?! from\b)/i,
    cause: 'tcp.refused',
    example: 'the server refused the connection',
  },
  { pattern: /\bconnection\b[^.\n]{0,20}\b(?:reset|aborted)\b/i, cause: 'tcp.reset', example: 'connection was reset while sending' },
  {
    pattern:
      /\bconnection\b[^.\n]{0,25}\b(?:closed|dropped|lost|terminated|ended)\b[^.\n]{0,20}(?:unexpected|prematurely|by (?:the )?(?:server|remote|peer|host))/i,
    cause: 'mail.connection-closed',
    example: 'connection dropped unexpectedly by the server',
  },
  { pattern: /\b(?:network|host)\b[^.\n]{0,15}\bunreachable\b/i, cause: 'tcp.unreachable', example: 'host is unreachable' },
  {
    pattern:
      /\b(?:unknown|unresolvable)\s+(?:host|hostname|server|domain)\b|\b(?:cannot resolve|could not resolve|can't resolve|failed to resolve|unable to resolve)\s+(?:host|hostname|server|domain|address)\b|\bhost ?name\b[^.\n]{0,20}\bnot (?:found|known|resolved)\b/i,
    cause: 'tcp.name-not-resolved',
    example: 'failed to resolve host smtp.exmaple.com',
  },
  {
    pattern: /\bstarttls\b[^.\n]{0,30}\b(?:not (?:supported|available|offered|advertised)|unavailable|unsupported)\b/i,
    cause: 'tls.starttls-not-offered',
    example: 'STARTTLS not advertised by the server',
  },
  {
    pattern: /\b(?:auth(?:entication)? )?mechanism\b[^.\n]{0,30}\b(?:not (?:supported|available|allowed)|unsupported|unknown|unrecognized)\b/i,
    cause: 'mail.auth.mechanism-unavailable',
    example: 'SASL mechanism XOAUTH2 not supported',
  },
  {
    pattern: /\binsufficient\b[^.\n]{0,20}\b(?:scopes?|permissions?)\b/i,
    cause: 'oauth.claims.scope-missing',
    example: 'insufficient permissions for this request',
  },
  {
    pattern: /\b(?:interaction|user confirmation|re-?authentication|reauth) (?:is )?required\b/i,
    cause: 'oauth.interaction-required',
    example: 'user confirmation required',
  },
  {
    pattern: /\bconsent\b[^.\n]{0,30}\b(?:required|missing|not granted|needed)\b|\bnot consented\b/i,
    cause: 'oauth.consent.missing',
    example: 'admin consent required for this app',
  },
  {
    pattern: UNVERIFIED_APP,
    cause: 'oauth.google.app-unverified',
    example: 'This app has not been verified by Google',
  },
  { pattern: /\blines?\b[^.\n]{0,20}\btoo long\b/i, cause: 'smtp.content-rejected', example: 'message line is too long' },
  {
    pattern: /\b(?:virus|malware|infected|trojan|worm|phishing)\b/i,
    cause: 'smtp.content-rejected',
    example: 'message rejected: infected attachment',
  },
  {
    pattern:
      /\b(?:could not|couldn't|cannot|can't|unable to) (?:be )?(?:send|sent|deliver|delivered)\b[^.\n]{0,40}\b(?:for|in) (?:the )?(?:past|last) (?:\d+|\w+) (?:hours?|days?)\b|\b(?:delivery|message)\b[^.\n]{0,30}\b(?:delayed|deferred|momentarily suspended|temporarily suspended)\b|\bn'a pu être (?:envoyé|remis|distribué)e? (?:ces|depuis) \d+\b/i,
    cause: 'smtp.delivery-delayed',
    example: 'Warning: your message could not be delivered for the past 4 hours',
  },
  {
    pattern: /\b\d+ (?:recipients|messages|e-?mails|mails|connections) per (?:\d+ )?(?:seconds?|minutes?|hours?|days?)\b/i,
    cause: 'smtp.rate-limited',
    example: 'only 100 messages per hour allowed',
  },
  {
    pattern: /\b(?:smtp )?auth(?:entication)? (?:is )?required\b|\bclient was not authenticated\b|\bmust (?:first )?authenticate\b/i,
    cause: 'smtp.auth.client-not-authenticated',
    example: 'SMTP AUTH is required for this sender',
  },
  {
    pattern:
      /\bnot allowed to connect\b|\b(?:ip|sender|host|client|server)\b[^\n;]{0,40}?\b(?:is|has been|was) (?:banned|blacklisted|blocklisted|block ?listed)\b|\b(?:in|on) (?:a |the )?(?:black|block) ?list\b|\bblocked using\b|\b(?:poor|low|bad) reputation\b/i,
    cause: 'smtp.blocked',
    example: 'the sending host 192.0.2.7 is blacklisted',
  },
  {
    pattern:
      /\b(?:mail ?box|maildrop)\b[^.\n]{0,20}\b(?:already locked|(?:locked|in use) by (?:another|an other|other)\b)|\bunable to lock (?:the )?(?:mail ?box|maildrop)\b/i,
    cause: 'pop3.in-use',
    example: 'the maildrop is locked by another session',
  },
  {
    pattern:
      /\b(?:spam|unsolicited)\b[^.\n]{0,40}\b(?:denied|rejected|refused|blocked)\b|\bsuspicious\b[^.\n]{0,40}\b(?:content|links?)\b|\b(?:rejected|refused|blocked|classified|identified|marked|flagged) as (?:spam|junk)\b|垃圾邮件/i,
    cause: 'smtp.spam-rejected',
    example: 'message rejected as spam',
  },
  {
    pattern:
      /\b(?:message|mail|email|attachments?)\b[^.\n]{0,20}\b(?:too (?:big|large)|exceeds?|exceeded)\b[^.\n]{0,20}\b(?:size|limit|maximum)\b|\bexceed(?:s|ed)?\b[^.\n]{0,20}\b(?:mail|message|e-?mail) ?size\b/i,
    cause: 'smtp.message-too-large',
    example: 'email exceeds the size limit',
  },
  {
    pattern:
      /\b(?:mailbox|inbox|mail ?box)\b[^.\n]{0,20}\b(?:full|over quota|quota exceeded|out of (?:space|storage))\b|\bquota exceeded\b[^.\n]{0,20}\bmailbox\b/i,
    cause: 'smtp.mailbox-full',
    example: 'recipient inbox full',
  },
  {
    pattern:
      /\b(?:too many (?:connections|messages|emails|mails|requests|sessions|login attempts|logins|failed logins|authentication attempts)|rate[- ]?limit(?:ed)?|throttl\w+|sending (?:limit|quota)|send(?:ing)? rate|too frequent(?:ly)?)\b/i,
    cause: 'smtp.rate-limited',
    example: 'too many emails sent, please slow down',
  },
  {
    pattern: /\b(?:domain|host)\b[^.\n]{0,20}\b(?:not found|does not exist|doesn't exist|unknown)\b/i,
    cause: 'smtp.host-unknown',
    example: 'recipient domain not found',
  },
  {
    pattern:
      /\brecipients?\b[^.\n]{0,25}\b(?:rejected|refused|unknown|not found|does not exist|invalid|failed)\b|\b(?:e-?mail )?address(?:ee)?\b[^.\n]{0,15}\b(?:does ?n[o']t exist|does not exist|not found|unknown)\b|\b(?:mail ?box|account|user(?: ?name)?)\b[^.\n]{0,10}\b(?:does ?n[o']t exist|does not exist|is unknown)\b|\bno longer accepts? (?:messages|mail|e-?mails)\b|\bn'accepte plus de (?:messages|courrier)|\b(?:destinataire|utilisateur) inconnu\b|\badresse (?:électronique )?(?:introuvable|inexistante)\b|\b(?:Empfänger|Benutzer|Empfaenger) unbekannt\b|\b(?:usuario|destinatario) desconocido\b|\buser unknown\b|\bno such (?:user|mailbox|recipient)\b/i,
    cause: 'smtp.recipient-rejected',
    example: 'SMTP Error: The following recipients failed: bob@example.com',
  },
  { pattern: TEMPORARY_AUTH, cause: 'smtp.auth.temporary', example: 'temporary authentication failure, try again' },
  { pattern: AUTH_BACKEND_DOWN, cause: 'smtp.auth.temporary', example: 'authentication failed: the password database did not respond' },
  {
    pattern:
      /\b(?:authentication|login|logon|log-in|sign-?in|auth)\s+(?:has\s+|was\s+)?(?:failed|failure|unsuccessful|denied|rejected|error)\b|\b(?:invalid|incorrect|bad|wrong)\s+(?:(?:user )?credentials|password|username|user ?name|login)\b|\b(?:username|user name|password|credentials)\s+(?:(?:is|are|was|were)\s+)?(?:invalid|incorrect|wrong|not accepted|rejected)\b|\b(?:unable to|cannot|can't|could not|couldn't|failed to) (?:log ?in|sign ?in|authenticate)\b|\blog ?in (?:request|attempt)s? (?:to|for|on|as) \S+ (?:has )?failed\b|\b(?:Authentifizierung|Anmeldung) (?:ist )?fehlgeschlagen\b|[ÉE]chec de l'authentification|\bauthentification a échoué\b|\bError de autenticación\b|\bautenticación fallida\b|\bFalha na autenticação\b|\bAutenticazione (?:fallita|non riuscita)\b/i,
    cause: 'smtp.auth.rejected',
    example: 'SMTP login failed for helpdesk@example.com',
  },
];

/** A text that only asks to be retried later is a temporary refusal too; inside other prose those words are not one. */
const ONLY_RETRY = /^\W*(?:\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?)?(?:please )?try (?:again |it )?later\b[\s.!]*$/i;

/** Words of a refusal that the failure words above do not list: a full mailbox, a demanded login, a limit reached. */
const REFUSAL =
  /\b(?:full|required?s?|needed|must|quota|limits?|(?:grey|gray)listed|spam (?:detected|suspected|score|filter\w*|content|policy|message)|spammer|(?:looks?|looked|looking) like (?:spam|junk)|(?:marked|flagged|classified|detected|identified|rejected|blocked|considered|treated|scored|recogni[sz]ed|reported|suspicion of|suspected of being) (?:as )?(?:spam|junk)|unsolicited|black ?list\w*|block ?list\w*|spamhaus|dnsbl|too (?:big|large)|retried|giving up|over capacity|unavailable|busy|(?:no|not have|n't have) permission to send|temporar(?:y|ily) (?:local |system |server )?(?:problem|failure|error)|not authenticated|not logged in|please authenticate|not offered|do not relay|(?:does not|doesn't) (?:belong|match)|has no (?:mail|mx)|(?:address|recipient|user) unknown|reached (?:its|the) (?:maximum|max)|keep trying|bloccat[oa]|gesperrt|blockiert|bloqu[ée]e?|bloquead[oa]|trouble in home directory|not permitted|restricted|not valid|too (?:fast|quickly)|slow down|(?:poor|low|bad) reputation|loop detected|too many hops|authenticate first|use smtp auth\w*|not enough (?:disk |storage )?space|prohibited|forbidden|virus|malware|infected|content rejected|(?:mailbox|account) (?:is |has been )?(?:disabled|inactive|deactivated|closed))\b/i;

/** Longer than this, a text without a code is a document, not a server's refusal: its reason words are not read alone. */
const MAX_REFUSAL = 300;

/** The cause a failure sentence states, when nothing more precise explained the text (curly apostrophes read as straight);
 * then, for a short refusal without a code, the reason words a server reply would carry after one. */
export function reasonSentence(input: string): Identified[] {
  const text = plainQuotes(input);
  const failure = FAILURE.test(text.replace(SEVERITY_FIELD, ' ')) || UNVERIFIED_APP.test(text);
  if (failure) {
    for (const s of SENTENCES) {
      const m = s.pattern.exec(text);
      if (m)
        return [
          {
            cause: s.cause,
            how: 'tolerant',
            kind: 'error',
            matched: m[0],
            specificity: 8,
            evidence: { sentence: m[0], source: 'the words of the failure, no documented wording or code' },
          },
        ];
    }
  }
  const reason =
    (failure || [REFUSAL, ONLY_RETRY, RECIPIENT_UNKNOWN, MAILBOX_FULL_WORDS, ...FOREIGN_REASONS.map(([re]) => re)].some((re) => re.test(text))) &&
    text.length <= MAX_REFUSAL
      ? reasonOf(text)
      : undefined;
  return reason
    ? [
        {
          cause: reason,
          how: 'tolerant',
          kind: 'error',
          matched: text.trim(),
          specificity: 7,
          evidence: { source: 'the reason words of a refusal written without a code' },
        },
      ]
    : [];
}
