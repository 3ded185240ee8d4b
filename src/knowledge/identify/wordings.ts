// The exact layer's patterns: wordings that many clients and servers write in slightly different ways ("server
// doesn't support AUTH", "message is too large"), each a fact about what the wording means.
import type { CauseId } from '../index.js';
import { SERVER_WORDINGS } from './server-wordings.js';
import type { Identified } from './types.js';

/** A wording with its meaning: what the exact layer matches anywhere in a text. */
export interface Wording {
  pattern: RegExp;
  cause: CauseId;
  /** Above the usual rank, for a wording more precise than a provider phrase it contains ("domain ... couldn't be found" in "Address not found"). */
  specificity?: number;
  /** An example of the wording, for the tests. */
  example: string;
}

/** Ordered from the most to the least precise. */
export const WORDINGS: readonly Wording[] = [
  {
    pattern:
      /\b(?:server )?(?:does ?n[o']t|doesn't|does not) (?:support|offer|advertise) (?:the )?starttls\b|\bstarttls(?: extension)? (?:is )?not (?:supported|available|offered|found|advertised)\b|(?:\b|_)STARTTLS_NOT_SUPPORTED\b|\busing starttls since it (?:does ?n[o']t|doesn't|does not) advertise\b/i,
    cause: 'tls.starttls-not-offered',
    example: "smtp: server doesn't support STARTTLS",
  },
  {
    pattern:
      /\b(?:server )?(?:does ?n[o']t|doesn't|does not) (?:support|offer|advertise) (?:the )?(?:selected )?(?:smtp )?auth(?:entication)?\b|\bno compatible authentication mechanisms?\b|\bauth(?:entication)?(?: command)? (?:used )?when not advertised\b|\bno auth(?:entication)? mechanisms? (?:available|supported|advertised)\b|\bauth(?:entication)?(?: command| extension)? (?:is )?not (?:supported|enabled|available|advertised|offered|implemented)\b|\bno worthy mechs? found\b|\bBAD\b[^\n]{0,40}\b(?:given to |unsupported |unknown |invalid )AUTHENTICATE\b|\bno mechanism available\b|\bnone of the (?:authentication |auth |sasl )?mechanisms\b/i,
    cause: 'mail.auth.mechanism-unavailable',
    example: "smtp: server doesn't support AUTH",
  },
  {
    pattern:
      /\b(?:no|none of the|not any of the|any of the|could not find an?|failed to find an?|unable to find an?)\b[^.\n]{0,40}?\b(?:supported|compatible|suitable|matching|common|usable|requested)\b[^.\n]{0,30}?\b(?:authentication|auth|sasl|login) (?:methods?|mechanisms?|types?)\b|\bfailed to find an authenticator supported by the (?:smtp )?server\b|\bnone of the server'?s? (?:sasl |auth(?:entication)? )?mechanisms\b|\b(?:authentication|auth|sasl) (?:method|mechanism|type) "?[\w-]+"? (?:is )?not supported\b/i,
    cause: 'mail.auth.mechanism-unavailable',
    example: 'SMTP Error: No supported authentication methods found',
  },
  {
    pattern:
      /\bunsupported (?:authentication|auth|sasl) (?:mechanism|method|type)\b|\b(?:invalid|unknown|unrecognized) (?:authentication|auth|sasl) mechanism\b|\bmechanism \w+ (?:is )?not (?:supported|available)\b|\bSASL (?:could ?n[o']t|could not|cannot|can't) find mech\b/i,
    cause: 'mail.auth.mechanism-unavailable',
    example: 'authentication failed: Invalid authentication mechanism',
  },
  {
    pattern:
      /\b(?:grey|gray)[- ]?listed\b|\b(?:grey|gray)[- ]?listing (?:is )?(?:in action|in effect|active|enabled)\b|\bdue to (?:grey|gray)[- ]?listing\b|\b(?:grey|gray)[- ]?listing\b[^.\n]{0,20}\b(?:try again|retry|come back)\b|\b(?:address rejected|temporarily (?:rejected|deferred))\W{1,3}(?:please )?try again later\b|\bdefer\w*\b[^\n]{0,40}\W(?:grey|gray)\W|\binternal resource (?:is )?temporarily unavailable\b|\bemploys (?:grey|gray)[- ]?listing\b/i,
    cause: 'smtp.greylisted',
    example: 'deferred: greylisted for 300 seconds',
  },
  {
    pattern: /\bdomain\b[^\n]{0,60}?\b(?:could ?n[o']t be|wasn't|was not) found\b/i,
    cause: 'smtp.host-unknown',
    specificity: 33,
    example: "Address not found. The domain example.con couldn't be found.",
  },
  {
    pattern:
      /(?<!\bsender\b[^\n]{0,30})\bdomain (?:name )?(?:does ?n[o']t|does not) exist\b|\bno such domain\b|\bhost unknown\b|\bunrouteable (?:mail )?domain\b|\bdomain \S+ does not accept mail\b|\bno mx (?:records?|hosts?) (?:found|exists?|for)\b|\bdomain lookup failed\b|\bnon-?existent domain\b|\brecipient'?s domain has a dns error\b|\bdomain name in the e-?mail address is incorrect\b|\b(?:recipient )?domain must exist\b|\bmail domain mentioned in (?:the )?e-?mail address is unknown\b|\bunroutable address\b|\bmx (?:record )?lookup (?:failed|failure)\b|\bno (?:valid )?mx (?:or a )?records?\b|\bhas no (?:valid )?mx records?\b|\b(?:does not|doesn't) have an? mx record\b|\bcould not (?:resolve|find) (?:any )?mx\b|\bno mail (?:exchanger|hosts?) for (?:the )?domain\b|\bdomain you attempted to contact does not exist\b|\bunknown domain\b|\bbad destination (?:system address|host)\b|\bis not a valid domain\b/i,
    cause: 'smtp.host-unknown',
    example: 'user@example.invalid: Domain does not exist',
  },
  {
    pattern: /\bredirect[ _-]?ur[il]\b[^\n]{0,160}?\b(?:does ?n[o']t|did ?n[o']t|does not|did not) match\b/i,
    cause: 'oauth.redirect-uri.mismatch',
    example: 'The redirect URI in the request: https://app.example.com/callback did not match a registered redirect URI.',
  },
  // Account connection limits (Dovecot mail_max_userip_connections, Gmail's IMAP limit); on SMTP, context makes them a throttle.
  {
    pattern:
      /\btoo many (?:simultaneous|concurrent) connections\b|\bmaximum number of (?:simultaneous |concurrent )?connections from\b[^.\n]{0,30}\bexceeded\b/i,
    cause: 'imap.limit',
    specificity: 45,
    example: 'NO [UNAVAILABLE] Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10)',
  },
  {
    pattern: /\bunauthori[sz]ed[ -]client\b/i,
    cause: 'oauth.client.unauthorized',
    example: 'there was an error unauthorized client invalid grant types for client',
  },
  {
    pattern:
      /\b(?:required|requested) scopes? (?:(?:were|was) )?(?:not granted|missing)\b|\bmissing (?:required )?scopes?\b|\b(?:does not|doesn't) (?:have|contain|include) (?:the )?(?:required|necessary|needed) scopes?\b|\blacks? (?:the )?(?:required |necessary )?scopes?\b/i,
    cause: 'oauth.claims.scope-missing',
    example: 'the access token is missing required scopes',
  },
  {
    pattern:
      /\bmessage (?:size )?(?:is |was )?(?:too (?:big|large)|exceeds? (?:the )?(?:maximum|max|size|allowed|fixed))|\bmessage(?: \w+){1,3} (?:is|was) too (?:big|large)\b|\b(?:max(?:imum)?|allowed|permitted) (?:message |mail |e-?mail )?size (?:exceeded|reached)\b|\bmessage size (?:limit )?exceeded\b|\bmessage (?:file |body |data )?too (?:big|large)\b|\bexceeded (?:the )?maximum (?:inbound |incoming )?message size\b|\bmessage length exceeds (?:the )?administrative limit\b|\btaille limite du message atteinte\b|\b(?:it'?s|it is|message is|was) (?:larger|bigger) than (?:what )?(?:the )?(?:recipient'?s? )?(?:mail |e-?mail )?(?:server|system|provider)?\s?(?:allows|permits|accepts)\b/i,
    cause: 'smtp.message-too-large',
    example: 'Message exceeds maximum size',
  },
  {
    pattern:
      /\b(?:mailbox (?:is )?full|mailbox quota exceeded|over (?:the |its |their |his |her )?(?:allowed )?(?:mailbox |storage |disk )?quota|mailbox (?:size )?exceeds (?:the |its )?(?:allowed|maximum)|full mailbox|mailbox would exceed (?:the )?maximum allowed storage|mailbox has exceeded (?:the |its )?(?:\w+ )?limit|storage (?:quota|limit) (?:exceeded|reached)|out of storage space|OverQuota(?:Temp|Perm)?|mail ?folder is full|quota violation for|user has exceeded (?:their |his |her |the )?quota|user'?s space has been used up|bo[iî]te du destinataire pleine|mailbox (?:size|storage) (?:limit|quota) (?:exceeded|reached))\b/i,
    cause: 'smtp.mailbox-full',
    example: 'user is over quota',
  },
  {
    pattern:
      /\bread tcp\b[^\n]*\bi\/o timeout\b|\bthe (?:read|write) operation timed out\b|\b(?:read|response|receive) timed out\b|\btimed? ?out (?:while |when )?(?:reading|waiting for (?:the )?(?:server(?:'s)? )?(?:response|reply))\b|\bsocket error: timed out\b|\bsocket read timeout\b(?!\s*[:=]?\s*\d)|\bConnection to (?:"[^"\n]+"|[\w.-]+:\d+) timed out\b|\b(?:SMTP|IMAP|POP3) timeout\.|\btimeout\b[^.\n]{0,12}\bwhile trying to read\b/i,
    cause: 'tcp.read-timeout',
    example: 'socket.timeout: The read operation timed out',
  },
  {
    pattern: /\bconnected (?:party|host) (?:did not|has failed to|could not|failed to) (?:properly )?(?:respond|answer)\b/i,
    cause: 'tcp.timeout',
    example: 'the connected party did not respond properly after a period of time',
  },
  // Exim's main log flags a deferred delivery with "==" and the router's "defer (<errno>)" (Exim specification, Log files).
  {
    pattern: /(?:^|\s)==\s+\S+@\S+\s[^\n]*\bdefer \(-?\d+\):/,
    cause: 'smtp.delivery-delayed',
    example: '== user@example.com R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host',
  },
  { pattern: /\bNXDOMAIN\b/, cause: 'dns.nxdomain', example: "DNS type 'mx' lookup of example.con responded with code NXDOMAIN" },
  { pattern: /\bdial tcp\b[^\n]*\bi\/o timeout\b/i, cause: 'tcp.timeout', example: 'dial tcp 40.101.2.18:587: i/o timeout' },
  {
    pattern:
      /\b(?:remote (?:host|server|party|side)|server|peer) (?:has )?(?:unexpectedly )?(?:closed|dropped|terminated) (?:the )?connection\b|\b(?:socket|connection) (?:closed|ended|terminated) un\w*ly\b|\bconnection closed prematurely\b/i,
    cause: 'mail.connection-closed',
    example: 'Error: Connection ended unexpectedly',
  },
  { pattern: /\bget_lines\(\): timed-out\b|\btimed-out \(\d+ sec\)/i, cause: 'tcp.read-timeout', example: 'SMTP -> get_lines(): timed-out (300 sec)' },
  { pattern: /(?:^|:\s*)(?:unexpected )?EOF(?=\s*(?:$|[{([]))/im, cause: 'mail.connection-closed', example: 'error sending message: EOF' },
  // RFC 3501 section 7.1.5: a server also says BYE when it ends a session the client asked to end (LOGOUT); servers word
  // that normal close as logging out or signing off without errors.
  {
    pattern: /(?:^|\s)\* BYE\b(?![^\n]*\b(?:log ?(?:ging )?out|sign(?:ing)? off|no errors)\b)/i,
    cause: 'imap.connection-dropped',
    example: '* BYE Autologout; idle for too long',
  },
  {
    pattern:
      /\b(?:the )?connection (?:was |has been )?closed (?:unexpectedly|prematurely)\b|(?:^|:\s*|\b(?:imap|smtp|pop3?|read|write|recv|send)\w*:\s*)connection (?:was )?closed\s*\.?\s*$|\bconnection (?:to (?:the )?(?:server|host|remote host) )?(?:was |has been )?lost\b|\bdisconnected (?:from|by) (?:the )?(?:server|remote host|peer)\b/im,
    cause: 'mail.connection-closed',
    example: 'imap: connection closed',
  },
  {
    pattern: /\b(?:got|received|returned) an empty (?:response|reply)\b|\bempty (?:response|reply) from (?:the )?server\b/i,
    cause: 'mail.connection-closed',
    example: 'Expected response code 354 but got an empty response',
  },
  {
    pattern:
      /\blost connection (?:to|with)\b|\b(?:IMAP|POP3|SMTP) connection broken\b|\b(?:cannot|can't|could not|unable to|failed to) (?:read|write|receive)\b[^.\n]{0,20}\bconnection (?:closed|lost|broken)\b/i,
    cause: 'mail.connection-closed',
    example: 'Can not authenticate to IMAP server: [CLOSED] IMAP connection broken (authenticate)',
  },
  {
    pattern:
      /\breached (?:a|the|your) (?:\w+ )?limit for sending\b|\bsending limit (?:exceeded|reached)\b|\b(?:messages|e-?mails|mails) sent\b[^.\n]{0,40}\b(?:exceeds?|exceeded|over) (?:the |your |its )?(?:daily |hourly )?limit\b|\b(?:daily|hourly) (?:sending |message |e-?mail |recipient )?(?:quota|limit) (?:exceeded|reached)\b|\b(?:reached|exceeded) (?:your |the |its )?(?:daily|hourly) (?:sending |message |e-?mail |recipient )?(?:quota|limit)\b|\bexceeded (?:the )?max(?:imum)? (?:number of )?(?:messages|recipients|e-?mails) per (?:day|hour|minute)\b|\btrop de connexions\b|\b(?:excessive|unexpected|unusual) (?:sending )?(?:volume|rate)\b|\b(?:messages|e-?mails) sent per (?:hour|day|minute)\b|\bnumber of (?:allowed )?(?:outgoing |sent )?(?:messages|e-?mails|recipients)\b[^.\n]{0,40}\bexceeded\b/i,
    cause: 'smtp.rate-limited',
    example: 'You have reached a limit for sending email, your message was not sent',
  },
  {
    pattern: /\bclient host \[[^\]\n]*\] blocked\b|\bblocked using (?:[\w-]+\.)+[a-z]{2,}\b/i,
    cause: 'smtp.blocked',
    example: 'Client host [97.90.35.107] blocked using zen.spamhaus.org',
  },
  {
    pattern:
      /\b(?:rejected|refused|blocked|not accepted|denied|bounced) (?:due to|by|because of|per|for) (?:the |our |local |site |domain'?s? )?(?:security |content |sender |mail |organi[sz]ation(?:al)? )?(?:polic(?:y|ies)|settings)\b|\blocal policy violation\b|\bfor policy reasons\b|\bmembers-only list\b|\bclosed mailing list\b|\bnot subscribed to this group\b|\bspf\b[^.\n]{0,40}\b(?:fail\w*|violation|(?:does )?not pass)\b|\bsender policy framework\b|\bbad spf records?\b|\binspect your spf\b|\b(?:dmarc|dkim)\b[^.\n]{0,40}\b(?:fail\w*|(?:does )?not pass|policy)\b|\b5322\.From address\b|\bnot rfc ?5322 compliant\b|\bduplicate header\b|\bmultiple (?:from|subject|date|to|message-id|sender) headers?\b|\binvalid (?:dkim|spf|dmarc)\b|\b(?:dkim|spf|dmarc) (?:signature |record )?(?:is )?invalid\b/i,
    cause: 'smtp.policy-rejected',
    example: 'Message rejected due to local policy',
  },
  {
    pattern: /\b(?:mail |smtp |e-?mail )?server (?:is )?(?:too |currently |temporarily )?busy\b/i,
    cause: 'smtp.server-busy',
    example: 'SMTP Error: Server busy, please try again later',
  },
  {
    pattern: /\bno ptr record\b|\breverse dns (?:is )?required\b|\b(?:does not|doesn't) have a (?:ptr|reverse dns) record\b/i,
    cause: 'smtp.blocked',
    example: '571 No PTR Record found. Reverse DNS required',
  },
  {
    pattern:
      /\b(?:very )?(?:low|poor|bad) reputation of the sending (?:ip(?: address)?|domain)\b|\bsending (?:ip(?: address)?|domain) has (?:a )?(?:low|poor|bad) reputation\b/i,
    cause: 'smtp.blocked',
    example: 'this message is likely suspicious due to the very low reputation of the sending IP address',
  },
  {
    pattern:
      /^\s*(?:<<\s*)?[A-Za-z0-9.]+ NO\b[^\n]{0,40}\b(?:server|service) (?:is )?(?:temporarily )?unavailable\b|\b[A-Za-z0-9.]+ NO\b(?: \[\w+\])?[^\n]{0,40}\btemporary failure\b/im,
    cause: 'imap.auth.unavailable',
    example: 'TAG1 NO Server Unavailable. 15',
  },
  {
    pattern:
      /\b(?:could ?n[o']t|could not|can ?not|can't|unable to|failed to) (?:connect to |open (?:a )?(?:stream|connection) (?:to )?)(?:the )?(?:(?:mail|e-?mail|smtp|imap|pop3?|outgoing|incoming) )*(?:server|host)\b|\bimap_open\(\): Couldn't open stream\b|\b(?:the )?connection to (?:the )?(?:(?:mail|e-?mail|smtp|imap|pop3?|outgoing|incoming) )*server (?:has )?failed\b|\bconnection could not be established with host\b|\binvalid (?:outgoing |incoming )?(?:mail |e-?mail |smtp |imap |pop3? )?server (?:name )?or port\b/i,
    cause: 'log.connection.failed',
    example: 'Connection could not be established with host 172.16.16.5 [ #0]',
  },
  {
    pattern:
      /\bSSL_ERROR_SYSCALL\b|\bSSL connection could not be established\b|\bA call to SSPI failed\b|\b(?:gnutls_handshake|SSL_connect|SSL_do_handshake|tls_handshake)\(\) failed\b|\bTLS handshake timeout\b|\bSEC_E_ILLEGAL_MESSAGE\b|\bThe message received was unexpected or badly formatted\b|\bfailed to receive handshake\b|\bSSL connect error\b|\bUnknown SSL protocol error\b|\bSSL peer reports incorrect Message Authentication Code\b|\bSSL_ERROR_HANDSHAKE_FAILURE_ALERT\b|\bSSL_connect SYSCALL returned=\d+\b/i,
    cause: 'tls.handshake-failed',
    example: 'curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to smtp.example.com:465',
  },
  // .NET's SslStream reports a peer that hung up during the TLS handshake as an authentication failure "because the remote
  // party has closed the transport stream" (System.Security.Authentication.AuthenticationException); wrappers reword the
  // first half, the closed transport stream is the TLS layer's.
  {
    pattern: /\bremote (?:party|site|side|host|end)\b[^.\n]{0,20}\bclosed the transport stream\b/i,
    cause: 'tls.handshake-failed',
    example: 'Failed to authenticate because the remote site has closed the transport stream.',
  },
  {
    pattern:
      /\bdo not possess a common algorithm\b|\bno protocols? available\b|\bSSL_ERROR_(?:PROTOCOL_VERSION_ALERT|NO_CYPHER_OVERLAP|UNSUPPORTED_VERSION)\b/i,
    cause: 'tls.protocol-version',
    example: 'The client and server cannot communicate, because they do not possess a common algorithm',
  },
  {
    pattern:
      /\bEOF occurred in violation of protocol\b|\bremote end closed connection\b|\bconnection (?:was )?closed by (?:the )?(?:peer|remote host|server|foreign host)\b|(?:^|\s)\[EOF\]/i,
    cause: 'mail.connection-closed',
    example: 'ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:1129)',
  },
  {
    pattern:
      /\b(?:USER|PASS|CAPA|STAT|RETR|EHLO|HELO|MAIL FROM:?)\s+BAD\b|\bBAD (?:Unknown|Unrecognized|Invalid) command\b[^\n]{0,30}\b(?:EHLO|HELO|USER|PASS|CAPA)\b/,
    cause: 'mail.protocol-garbage',
    example: "Response: 'PASS BAD Unknown command g67mb393707070wme'",
  },
  // UW c-client (PHP imap_open) retries with the next mechanism after the server refused one: the refusal is the reason,
  // a connection that breaks during the retry only follows from it.
  {
    pattern: /\bRetrying \w+ authentication after AUTHENTICATE failed\b/,
    cause: 'imap.auth.failed',
    specificity: 31,
    example: "imap_open(): Couldn't open stream {imap.example.com:993/imap/ssl}. Retrying PLAIN authentication after AUTHENTICATE failed.",
  },
  {
    pattern: /\bAUTHENTICATE command error: (?:BAD|NO)\b/,
    cause: 'imap.auth.failed',
    example: "imaplib.error: AUTHENTICATE command error: BAD [b'Invalid SASL argument.']",
  },
  {
    pattern: /\bfailed to authenticate on smtp server\b/i,
    cause: 'smtp.auth.rejected',
    example: 'Failed to authenticate on SMTP server with username "helpdesk@example.com" using 2 possible authenticators',
  },
  {
    pattern:
      /-ERR\b[^\n]*\b(?:auth\w*|log ?in|logon|password|credentials)\b[^\n]*\b(?:fail\w*|invalid|bad|wrong|incorrect|denied|not accepted)\b|-ERR\b[^\n]*\b(?:invalid|bad|wrong|incorrect) (?:login|password|credentials|user(?:name)?)\b|\b(?:USER|LOGIN)\/PASS(?: command)? failed\b|-ERR\b[^\n]*\b(?:unable to|cannot|can't|could not) (?:authenticate|log ?in)\b|\b(?:PASS|APOP) command failed\b/i,
    cause: 'pop3.auth.failed',
    example: '-ERR Login failed: bad password',
  },
  // Zoho (ZeptoMail, SMTP Error Codes: "553 Relaying disallowed as <address>") and Proton Mail Bridge refuse a From
  // address the authenticated account does not own.
  {
    pattern: /\brelaying disallowed as\b|\breturn path\b[^.\n]{0,20}\bnot owned by (?:the )?user\b/i,
    cause: 'smtp.sendas-denied',
    example: '553 Relaying disallowed as webmaster@localhost',
  },
  // PHP's c-client (imap_open) reports a failed TLS negotiation this way.
  {
    pattern: /\bSSL negotiation failed\b|\bTLS\/SSL failure for\b/i,
    cause: 'tls.handshake-failed',
    example: "imap_open(): Couldn't open stream {mail:993/imap/ssl}. TLS/SSL failure for mail: SSL negotiation failed",
  },
  // NSS (Thunderbird, Firefox) names a chain whose issuer is not in the trust store "issuer ... unknown" (SEC_ERROR_UNKNOWN_ISSUER).
  {
    pattern: /\b(?:certificate )?issuer (?:certificate )?is unknown\b|\bunknown (?:certificate )?issuer\b/i,
    cause: 'tls.unknown-issuer',
    example: 'This certificate could not be verified because certificate issuer is unknown.',
  },
  // Go's crypto/x509 refuses a certificate that names the host only in its Common Name.
  {
    pattern: /\bcertificate relies on legacy Common Name field\b/i,
    cause: 'tls.hostname-mismatch',
    example: 'x509: certificate relies on legacy Common Name field, use SANs instead',
  },
  // Lotus Domino's router answers a recipient it cannot find in its directory this way.
  {
    pattern: /\bnot listed in (?:the )?(?:Domino Directory|public (?:name (?:and|&) )?address book|names\.nsf)\b/i,
    cause: 'smtp.recipient-rejected',
    example: 'User jdoe@example.com not listed in Domino Directory',
  },
  // Entra's AADSTS7000218 description, also printed without its number.
  {
    pattern: /\bmust contain the following parameter:? ['‘"`]?client_assertion['’"`]? or ['‘"`]?client_secret\b/i,
    cause: 'oauth.client.secret-missing',
    example: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  },
  // A client that names the host it could not reach (a name with dots, or a socket it could not open) and says no more.
  {
    pattern:
      /\b(?:could ?n[o']t|could not|unable to|failed to|can ?not|can't) (?:connect|establish (?:an? )?(?:(?:smtp|imap|pop3?|tcp|tls|secure) )?connection) (?:to|with) (?:(?:the )?(?:mail )?(?:host|server) )?[a-z0-9-]+(?:\.[a-z0-9-]+)+\b|\b(?:could ?n[o']t|could not|unable to|failed to|can ?not|can't) open (?:a |the )?socket\b/i,
    cause: 'log.connection.failed',
    example: 'Could not connect to smtp.example.org - neither TLS nor STARTTLS worked',
  },
  // An application that says sending failed and gives no reason (the reason, when one follows, outranks it).
  {
    pattern:
      /\b(?:error|failure|problem) (?:while |when |in )?sending (?:the |an? |test )?(?:e-?mail|mail|message)s?\b|\b(?:failed|unable) to send (?:the |an? |test )?(?:e-?mail|mail|message)s?\b/i,
    cause: 'smtp.send-failed',
    example: 'ERROR pretix.base.mail Error sending e-mail',
  },
];

/** The same reasons as mail systems word them in Chinese, German, French and Spanish non-delivery reports. */
const LOCALIZED: readonly Wording[] = [
  {
    pattern: /发信频率|发送频率|频率过快|Sendelimit (?:erreicht|überschritten)|limite d'envoi (?:atteinte|dépassée)|límite de envío (?:alcanzado|superado)/i,
    cause: 'smtp.rate-limited',
    example: '451 MI:DMC 发信频率过快',
  },
  {
    pattern:
      /邮箱已满|邮箱容量已满|邮箱空间不足|Postfach (?:ist )?voll|Postfach des Empfängers ist voll|Speicherkontingent überschritten|bo[iî]te (?:aux lettres|de réception)(?: du destinataire)? (?:est )?pleine|bo[iî]te pleine|buz[oó]n (?:del destinatario )?(?:est[aá] )?lleno/i,
    cause: 'smtp.mailbox-full',
    example: 'Das Postfach des Empfängers ist voll',
  },
  {
    pattern:
      /(?:用户|收件人|邮箱)不存在|(?:Empfänger|Benutzer) (?:ist )?unbekannt|Unbekannter (?:Empfänger|Benutzer)|(?:utilisateur|destinataire) inconnu|(?:usuario|destinatario) desconocido/i,
    cause: 'smtp.recipient-rejected',
    example: 'Unbekannter Empfänger',
  },
  {
    pattern:
      /Domäne (?:des Empfängers )?(?:ist )?nicht vorhanden|Domäne wurde nicht gefunden|domaine (?:du destinataire )?n'existe pas|domaine introuvable|dominio (?:del destinatario )?no existe|域名不存在/i,
    cause: 'smtp.host-unknown',
    example: 'Das DNS hat gemeldet, dass die Domäne des Empfängers nicht vorhanden ist',
  },
  {
    pattern: /Nachricht ist zu groß|message (?:est )?trop volumineux|mensaje (?:es )?demasiado grande|邮件(?:大小)?超过(?:限制|大小)/i,
    cause: 'smtp.message-too-large',
    example: 'Die Nachricht ist zu groß',
  },
];

/** The wordings found in a text, one per cause. */
export function wordingMatches(text: string): Identified[] {
  const out: Identified[] = [];
  for (const w of [...WORDINGS, ...LOCALIZED, ...SERVER_WORDINGS]) {
    const m = w.pattern.exec(text);
    if (m && !out.some((o) => o.cause === w.cause))
      out.push({ cause: w.cause, how: 'exact', kind: 'error', matched: m[0].trim(), specificity: w.specificity ?? 29, evidence: { wording: m[0].trim() } });
  }
  return out;
}
