// Wordings of mail servers, filters and people that reach a helpdesk without a status code: out-of-office replies in the
// languages a European helpdesk meets, a server that switched its own TLS off, a filter that denies the connection, a
// provider's bandwidth cap. Each is a family of phrasings with one meaning, not one server's sentence.
import { AUTH_BACKEND_DOWN, TEMPORARY_DNS } from './smtp-reasons.js';
import type { Wording } from './wordings.js';

/** An out-of-office reply says, in the first person, that the writer is away, until when, and what happens on return.
 * Phrasings of Outlook, Gmail and Exchange automatic replies as people write them in French, Spanish, Italian,
 * Portuguese, German and Dutch (RFC 3834 names such replies; the wording is the writer's own, so it is matched by its
 * shape: "I am absent / on holiday / out of the office", "on my return", "during my absence"). */
const ABSENCE: readonly Wording[] = [
  {
    pattern:
      /\bje (?:suis|serai) (?:actuellement |présentement |absolument )?(?:absent(?:e|\(e\))?|en (?:congés?|vacances|déplacement|formation|arrêt maladie|télétravail)|indisponible|hors du bureau)(?![\w-])|\bje ne (?:suis|serai) pas (?:au bureau|joignable|disponible)(?![\w-])|\b(?:dès|à) mon retour(?![\w-])|\bpendant (?:mon|la durée de mon) absence(?![\w-])/i,
    cause: 'mail.auto-reply',
    example: 'Je suis actuellement indisponible. Je prendrai connaissance de votre message à mon retour.',
  },
  {
    pattern:
      /\b(?:me encuentro|estoy|estaré|estare) (?:actualmente |ahora )?(?:ausente|fuera de (?:la )?oficina|de vacaciones|de baja|de viaje|sin acceso al correo)(?![\w-])|\b(?:a|tras|después de) mi (?:regreso|vuelta|reincorporación|incorporación)(?![\w-])|\bdurante mi ausencia(?![\w-])/i,
    cause: 'mail.auto-reply',
    example: 'Me encuentro ausente de la oficina hasta el 20 de abril; responderé a su mensaje a mi regreso.',
  },
  {
    pattern:
      /\b(?:sono|sarò|saro) (?:attualmente |al momento )?(?:assente|in ferie|fuori (?:ufficio|sede)|in malattia|in congedo|in trasferta)(?![\w-])|\b(?:in ferie|fuori ufficio|assente) (?:fino|sino) (?:al|a|alla)(?![\w-])|\bal mio rientro(?![\w-])|\bfuori ufficio\s*[:–—-]\s*rientr|\bdurante la mia assenza(?![\w-])/i,
    cause: 'mail.auto-reply',
    example: 'Sarò assente fino al 28 agosto. Risponderò al mio rientro.',
  },
  {
    pattern:
      /\b(?:estou|estarei) (?:atualmente |neste momento )?(?:ausente|de férias|fora do escritório|de licença)(?![\w-])|\b(?:no|após o|ao) meu (?:regresso|retorno)(?![\w-])|\bdurante a minha ausência(?![\w-])/i,
    cause: 'mail.auto-reply',
    example: 'Estou de férias até 15 de julho e responderei no meu regresso.',
  },
  {
    pattern:
      /\b(?:ich )?bin (?:bis|vom|ab|von|zurzeit|derzeit|momentan|aktuell|heute)\b[^.\n]{0,60}\b(?:abwesend|im Urlaub|nicht im Büro|nicht erreichbar|außer Haus|auf Dienstreise|in Elternzeit|krankgeschrieben)(?![\w-])|\bwährend meiner Abwesenheit(?![\w-])|\bnach meiner Rückkehr(?![\w-])/i,
    cause: 'mail.auto-reply',
    example: 'Ich bin vom 1. bis 15. August abwesend; Ihre Nachricht lese ich nach meiner Rückkehr.',
  },
  {
    pattern:
      /\bik ben (?:momenteel |tot en met |t\/m |vanaf |van )?[^.\n]{0,30}\b(?:afwezig|met vakantie|niet op kantoor|niet aanwezig|met verlof)(?![\w-])|\bna mijn terugkeer(?![\w-])|\btijdens mijn afwezigheid(?![\w-])/i,
    cause: 'mail.auto-reply',
    example: 'Ik ben tot en met 12 augustus met vakantie; na mijn terugkeer beantwoord ik uw bericht.',
  },
  {
    pattern: /\b(?:during|in) my absence\b|\buntil my return\b/i,
    cause: 'mail.auto-reply',
    example: 'During my absence your message will not be forwarded.',
  },
];

/** Every family of server and auto-reply wordings without a code, most precise first. */
export const SERVER_WORDINGS: readonly Wording[] = [
  ...ABSENCE,
  // Postfix logs "cannot get RSA private key from file ...: disabling TLS support" and "No server certs available. TLS
  // won't be enabled" when its certificate or key cannot be used (Postfix TLS_README, Server-side TLS): from then on it
  // offers no STARTTLS, or answers 454 to it.
  {
    pattern:
      /\b(?:disabling|disabled) (?:STARTTLS|TLS) support\b|\b(?:STARTTLS|TLS) (?:won't|will not|cannot|can't) be (?:enabled|offered)\b|\bno server certs? (?:available|configured)\b/i,
    cause: 'tls.starttls-not-offered',
    example: 'postfix/smtpd[1499]: warning: cannot get RSA certificate from file /etc/ssl/certs/mail-cert.pem: disabling TLS support',
  },
  // A server that answers a failed command by closing the channel gives up the session (RFC 5321 section 3.8: a server
  // that must stop answers 421 "Service not available, closing transmission channel"), whatever code the client reports
  // with it: the 221 of a normal QUIT is no verdict, a closing channel named as the failure is.
  {
    pattern: /\b(?:command|request)s? (?:failed|rejected|refused|error)\b[^\n]{0,80}?\bclosing (?:the )?transmission channel\b/i,
    cause: 'smtp.server-busy',
    example: 'RCPT TO command failed: mx.example.org Service closing transmission channel',
  },
  // Exim's sender verification (The Exim specification, "Address verification": "Verification failed for <address>",
  // the reason, then "Sender verify failed"): the reason between (an unrouteable address, an unknown user) is the
  // sender's, so the refusal is of the envelope sender, not of the recipient or its domain.
  {
    pattern: /\bsender verif(?:y|ication) failed\b|\bverification failed for <[^<>\s]*>[^\n]{0,80}?\bsender\b/i,
    cause: 'smtp.sender-rejected',
    // Above the documented reason phrases it encloses ("Unrouteable address" is Exim's phrase for any address).
    specificity: 45,
    example: 'Verification failed for <alice@sender.example> Unrouteable address Sender verify failed',
  },
  // Reputation filters answer a listed client with a denied connection (Trend Micro Email Reputation Services: "denial
  // of connection for RBL+ matches"), or name the address itself as a black or blocked IP (Coremail, NetEase).
  {
    pattern:
      /\b(?:permanent |temporary )?denial of connection\b|\b(?:black|blocked|banned|blacklisted|blocklisted|rejected) (?:client |sender |sending )?ip(?: address)?\b(?! (?:list|range)s?\b)/i,
    cause: 'smtp.blocked',
    example: 'Permanent denial of connection (550) for RBL+ matches (ERS)',
  },
  // A resolver that could not answer is not a name that does not exist: Postfix writes "Host not found, try again" for a
  // temporary DNS failure (TRY_AGAIN) and "Malformed or unexpected name server reply"; Windows and zone-mta report a
  // SERVFAIL as "DNS server returned general failure" (RFC 1035 section 4.1.1, RCODE 2).
  {
    pattern: TEMPORARY_DNS,
    cause: 'dns.server-unreachable',
    specificity: 40,
    example: 'status=deferred (Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again)',
  },
  // Postfix's SMTP server reaches its SASL backend (Dovecot auth, Cyrus saslauthd) over a socket; "SASL: Connect to
  // private/auth failed" means that service is out of reach, whatever socket error follows: no login can be checked
  // until it is back (RFC 4954's temporary authentication failure), which is the finding, not the socket error; so is a
  // login whose backend is said to be out of reach ("authentication failed: Connection lost to authentication server").
  {
    pattern: new RegExp(
      `\\bSASL: Connect to \\S+ failed\\b|\\b(?:cannot|can't|could not|unable to|failed to) connect to (?:the )?(?:saslauthd|authdaemond?)\\b|${AUTH_BACKEND_DOWN.source}`,
      'i',
    ),
    cause: 'smtp.auth.temporary',
    specificity: 40,
    example: 'postfix/smtpd[812]: warning: SASL: Connect to private/auth failed: No such file or directory',
  },
  // A domain without mail exchangers, as OpenSMTPD ("No MX found for domain", "Failed to resolve MX") and Java mail
  // servers (NoMxHostFoundException) say it, and as the same fact is worded with the mail servers it lacks.
  {
    pattern:
      /\bno MX (?:records? |hosts? )?found\b|\bNoMxHostFound\w*|\b(?:failed|unable) to (?:resolve|find|look ?up) (?:the )?MX\b|\bno (?:mail|MX) (?:servers?|hosts?|exchangers?) (?:found|for (?:the )?domain)\b/i,
    cause: 'smtp.host-unknown',
    example: 'smtp-out: Failed to resolve MX for [relay:mx.example.org,mx]: No MX found for domain',
  },
  // dma and other small MTAs: "DNS lookup failure: host mail.example.org not found".
  {
    pattern: /\bDNS lookup fail(?:ure|ed)\b[^\n]{0,40}\bhost \S+ not found\b/i,
    cause: 'tcp.name-not-resolved',
    example: 'remote delivery deferred: DNS lookup failure: host mail.example.org not found',
  },
  // The opening of a delivery report that says a message failed without saying why, in the words of Exchange Server ("Your
  // message did not reach some or all of the intended recipients", "Delivery has failed to these recipients or
  // distribution lists"), Domino ("Delivery Failure Report") and others: the message and a word of failed delivery. It
  // names no reason, so any reason found beside it is the finding.
  {
    pattern:
      /\b(?:e-?mail|mail|message) delivery (?:has )?(?:failed|failure)\b|\bdelivery fail(?:ed|ure) (?:report|notification|notice)\b|\bundeliverable (?:e-?mail|mail|message)\b|\b(?:e-?mail|mail|message) (?:is |was )?undeliverable\b|\b(?:e-?mail|mail|message) (?:was not|wasn't|could not be|couldn't be|cannot be|can't be) delivered\b|\bdid not reach (?:some or all of )?(?:the |its )?(?:intended )?recipients?\b|\bdelivery has failed to these recipients\b/i,
    cause: 'mail.bounce',
    example: 'Your message did not reach some or all of the intended recipients.',
  },
  // The same opening in other shapes: a word of failure or inability beside delivering ("unable to deliver your message",
  // "there was a problem delivering", "Permanent Delivery Failure"), mail that is non-deliverable, a "Returned mail" title, or
  // sendmail's "permanent fatal errors" (RFC 3464 names such reports; each MTA words its opening its own way). "Could not
  // be sent" stays out: a client says that of its own failed submission.
  {
    pattern:
      /\b(?:unable|not able|could not|couldn't|cannot|can't|failed|failure|problem|error|impossible)\b(?: \w+){0,2} deliver(?:ing|y)?\b(?! (?:is |was )?(?:successful|complete|ok))|\bdeliver(?:y|ing)\b[^.;\n]{0,25}?\b(?:fail(?:ed|ure|s)?|unsuccessful)\b|\b(?:permanent|notification of|report of) (?:delivery )?failure\b|\bnon-?deliverable\b|\bundelivered (?:e-?mail|mail|message)\b|\breturned (?:e-?mail|mail|message)\b(?=\s*(?::|$))|\bpermanent fatal errors?\b|\b(?:message|e-?mail|mail)\b(?:[^.;\n]|\.(?=\S)){0,40}\b(?:couldn't|could not|cannot|can't|wasn't|was not) be delivered\b/i,
    cause: 'mail.bounce',
    example: 'Sorry, we were unable to deliver your message to the following address.',
  },
  // Delivery retried until the sender gave up, in the words of Exchange Online's and other servers' final notices.
  {
    pattern:
      /\b(?:despite|after) (?:repeated|several|multiple|many|numerous) (?:delivery |connection )?attempts\b[^.\n]{0,80}\b(?:did ?n[o']t|did not|could ?n[o']t|could not|failed|unable|gave up|giving up|no response)\b/i,
    cause: 'smtp.delivery-expired',
    example: "Your message couldn't be delivered. Despite repeated attempts to contact the recipient's email system it didn't respond.",
  },
  // Gmail ends "The recipient server did not accept our requests to connect" with the attempt's result in brackets
  // ("[mx.example.org 192.0.2.7: timed out]", "[...: unable to read banner]"): the result names the failure.
  {
    pattern: /\[[^\]\n]*:\s*timed out\s*\]/i,
    cause: 'tcp.timeout',
    example: 'The recipient server did not accept our requests to connect. [mx.example.org 192.0.2.7: timed out]',
  },
  {
    pattern: /\[[^\]\n]*:\s*unable to read banner\s*\]/i,
    cause: 'tls.no-greeting',
    example: 'The recipient server did not accept our requests to connect. [mx.example.org 192.0.2.7: unable to read banner]',
  },
  // Gmail caps what IMAP and POP may download per day ("Account exceeded command or bandwidth limits", Google Workspace
  // Admin Help: Gmail bandwidth limits); the admin console says the account "has exceeded the Gmail bandwidth limit".
  {
    pattern: /\bexceeded (?:the |its |their |your )?(?:\w+ )?(?:command or )?bandwidth limits?\b|\bbandwidth limits? (?:exceeded|reached)\b/i,
    cause: 'imap.over-quota',
    example: 'Account has exceeded the Gmail bandwidth limit for downloads via IMAP',
  },
];
