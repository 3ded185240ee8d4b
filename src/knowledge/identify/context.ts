// What the rest of a text says about a cause found in it: which protocol an "auth failed" belongs to, whether a
// refused login used an OAuth token, and which part of a nested exception is the root cause.
import type { CauseId } from '../index.js';
import type { Identified } from './types.js';

/** A login refusal, by protocol. */
const AUTH_BY_PROTOCOL: Readonly<Record<string, CauseId>> = { smtp: 'smtp.auth.rejected', imap: 'imap.auth.failed', pop3: 'pop3.auth.failed' };
const AUTH_CAUSES = new Set<CauseId>([...Object.values(AUTH_BY_PROTOCOL), 'log.auth.failed']);
const TEMPORARY_AUTH_BY_PROTOCOL: Readonly<Record<string, CauseId>> = { imap: 'imap.auth.unavailable', pop3: 'pop3.server-error' };

/** Words of reading a mailbox (a mail collector, a mail storage API, fetching): a login refused there is the incoming server's. */
const INCOMING = /\b(?:mail ?collector|collector|fetch(?:ing)? (?:e-?)?mails?|incoming (?:mail|e-?mail|server)|mail[\\/.]storage)\b/i;

/** A protocol's name standing as a word or as one part of a program's name: class, package and module names join their
 * parts with capitals, underscores, dots or slashes (Horde_Imap_Client, PHPIMAP, MailKit.Net.Imap, SmtpClient), so the
 * name counts when a non-letter stands on at least one side of it. */
function protocolName(protocol: string): RegExp {
  return new RegExp(`(?:^|[^a-z])${protocol}|${protocol}(?![a-z])`, 'i');
}
const IMAP_NAME = protocolName('imap');
const SMTP_NAME = protocolName('smtp');

/** The one mail protocol a text names, if it names exactly one. */
function protocolOf(text: string): string | undefined {
  const named = [
    SMTP_NAME.test(text) ||
    /\bsubmission-login\b|(?<![\d.])[45]\d\d[ -][45]\.\d|\bAUTH (?:LOGIN|PLAIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|NTLM|GSSAPI)\b|^\s*[245]\d\d[ -](?=[A-Za-z])/im.test(
      text,
    )
      ? 'smtp'
      : '',
    // RFC 5530's AUTHENTICATIONFAILED and a tagged NO/BAD ("A00000001 NO ...") are IMAP's own.
    IMAP_NAME.test(text) || /\bAUTHENTICATIONFAILED\b|^\s*(?:S:\s*)?[A-Za-z]{0,3}\d{1,8} (?:NO|BAD)\b/im.test(text) ? 'imap' : '',
    // A POP3 daemon's name counts like a word (Courier's pop3d, Dovecot's pop3-login log "LOGIN FAILED" too).
    // Exchange's POP3 service refuses a login with the Windows text "Logon failure: unknown user name or bad password".
    /\bpop3?\b|(?:^|[^a-z])pop3d?(?![a-z])|(?:^|\s)-ERR\b|\[(?:AUTH|SYS\/(?:TEMP|PERM)|LOGIN-DELAY)\]|\bLogon failure: unknown user name or bad password\b/i.test(
      text,
    )
      ? 'pop3'
      : '',
  ].filter(Boolean);
  return named.length === 1 ? named[0] : undefined;
}

/** A token endpoint's answer (Entra, Google, an OAuth grant): a refused user name or password there is the identity
 * provider's, and says more than the generic invalid_grant beside it. */
const TOKEN_ENDPOINT =
  /\blogin\.microsoftonline\.|\boauth2?\/(?:v2\.0\/)?token\b|\bgrant_type=password\b|\bpassword grant\b|\bresource owner password\b|\binvalid_grant\b|\bAADSTS\d|\bMSAL\w*|\bROPC\b|\baccounts\.google\.com\b/i;

/** How precise a token endpoint's own description of a refused login is: above the generic invalid_grant matcher,
 * below an AADSTS code. */
const TOKEN_DESCRIPTION = 40;

/** A refused login that no protocol was named for: the generic sentence's guess, which a text about reading a mailbox corrects. */
const GENERIC_AUTH: ReadonlySet<CauseId> = new Set<CauseId>(['smtp.auth.rejected', 'log.auth.failed']);

/** A TLS handshake that failed: a connection closed or reset in the middle of it is that failure, not a dropped session. */
const HANDSHAKE =
  /\bSSLHandshakeException\b|\bduring (?:the )?(?:TLS |SSL )?handshake\b|\bterminated the handshake\b|\bhandshake (?:failed|failure|error)\b|\bSSL connection could not be established\b|\bestablish an SSL or TLS connection\b|\bCould not convert socket to TLS\b|\bSSL_connect\b/i;

/** A Java runtime's TLS or certificate classes: a chain it does not trust is its own trust store's problem (cacerts). */
const JAVA_TLS =
  /\b(?:javax\.net\.ssl|java\.security\.cert|sun\.security\.(?:validator|provider\.certpath))\.|\b(?:SSLHandshakeException|CertPathValidatorException|CertPathBuilderException)\b/;

/** Stack frames and words of opening a connection, and of waiting for a reply on an open one. Nodemailer's error names
 * the phase in its `command` field: 'CONN' while connecting, the SMTP command (EHLO, AUTH PLAIN, DATA...) it awaited a
 * reply to otherwise. */
const CONNECTING =
  /\b(?:Connect(?:Async|Socket)?|socketConnect|connect0|TcpClient\.Connect|Socket\.Connect)\s*\(|\bSocketUtils\.Connect|\bconnect timed out\b|\bcommand:\s*['"]CONN['"]/;
const WAITING =
  /\bSOCKET_TIMEOUT\b|\bETIMEDOUT\W+read\b|\bread ETIMEDOUT\b|\bError: Timeout\s*(?:$|\n|at\s|[,{])|\bread(?:ing)? (?:data|response)\b|\bwhile reading\b|\bexception reading\b|\b(?:send|sending|sent|waiting for|reading)\s+(?:the\s+)?(?:EHLO|HELO|LOGIN|AUTH\w*|greeting|banner|response|reply)\b|\bFailed to send \w+ command\b|\b(?:socketRead|SocketInputStream\.read|ReadAsync|readServerResponse|recv_response|rbuf_fill)\b|\b(?:fgets|fgetc|fread|stream_get_line|stream_get_contents|stream_socket_recvfrom)\(\)|\b(?:NetworkStream|SslStream|ImapStream|SmtpStream|Pop3Stream)\.Read|\bUnable to read data from the transport connection\b|\bRead error\b|\bImpossible de lire les données de la connexion de transport\b|\bcommand:\s*['"](?!CONN['"])[A-Z][A-Z ]*['"]/i;

/** A timeout's kind from where it happened: opening the connection, or waiting for the server on an open one. */
function timeoutCause(cause: CauseId, text: string): CauseId {
  if (cause === 'tcp.timeout' && WAITING.test(text)) return 'tcp.read-timeout';
  if (cause === 'tcp.read-timeout' && CONNECTING.test(text) && !WAITING.test(text)) return 'tcp.timeout';
  return cause;
}

/** An IMAP AUTHENTICATE (SASL, as OAuth clients use) rather than LOGIN, or OAuth words near the refusal. */
function usedOAuth(text: string): boolean {
  return (
    /oauth|xoauth|bearer|access.?token/i.test(text) ||
    (/\bAUTHENTICATE (?:failed|command error)\b/.test(text) && !/\b(?:PLAIN|LOGIN failed|password)\b/i.test(text))
  );
}

/** Where the innermost cause of a nested exception starts ("nested exception is", "Caused by:", .NET's "--->"). */
function rootCauseStart(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/nested exception is|Caused by:|--->|InnerException/gi)) last = m.index;
  return last;
}

/** Precision gained by lying inside the innermost exception of a chain. */
const ROOT_CAUSE_BONUS = 12;

/** A text about delivering mail (a bounce), in which a name that does not resolve is the recipient's domain. */
const DELIVERY_CONTEXT = /\b(?:deliver(?:y|ed)?|recipient|bounce[sd]?|mx|undeliverable|diagnostic-code|remote server|message)\b/i;

/** A REST API's JSON error envelope (Microsoft Graph and Exchange answer `"code": "..."`): a full mailbox there is the API's quota error. */
const API_ENVELOPE = /\bgraph\.microsoft\.com\b|\bODataError\b|"code"\s*:\s*"[A-Z]\w+"|\bErrorCode\s*:\s*"Error\w+"/;

/** Microsoft Graph (or the Exchange web services behind it) named as what answered: its SDK exceptions, its host, an
 * OData error or an Exchange `Error...` code. A rate or connection limit it states is its throttling of the application
 * (Microsoft Graph throttling guidance: 429, ApplicationThrottled, MailboxConcurrency), not a mail server's limit. */
const GRAPH_CONTEXT =
  /\bgraph\.microsoft\.com\b|\bODataError\b|\b(?:Graph(?:Error|ServiceException|ApiError)|Microsoft\.Graph|MS ?Graph|Microsoft Graph|Graph API)\b|\b(?:code[=:]\s*|"code"\s*:\s*")Error[A-Z]\w+/i;

/** The findings with their causes and ranks adjusted to what the whole text says. */
export function inContext(found: Identified[], text: string): Identified[] {
  const root = rootCauseStart(text);
  const lower = text.toLowerCase();
  return found.flatMap((i) => {
    let cause = i.cause;
    if ((cause === 'dns.nxdomain' || cause === 'tcp.name-not-resolved') && DELIVERY_CONTEXT.test(text) && /\b(?:mx|nxdomain|domain)\b/i.test(text))
      cause = 'smtp.host-unknown';
    cause = timeoutCause(cause, text);
    if (cause === 'smtp.mailbox-full' && API_ENVELOPE.test(text)) cause = 'graph.quota-exceeded';
    if ((cause === 'smtp.rate-limited' || cause === 'imap.limit') && GRAPH_CONTEXT.test(text)) cause = 'graph.throttled';
    if (cause === 'tls.unknown-issuer' && JAVA_TLS.test(text)) cause = 'tls.java-pkix';
    if (cause === 'imap.limit' && protocolOf(text) === 'smtp') cause = 'smtp.rate-limited';
    // A connection limit an IMAP server states is its own limit on sessions (RFC 5530 [LIMIT], too many connections).
    if (cause === 'smtp.rate-limited' && protocolOf(text) === 'imap' && /\bconnections?\b/i.test(text)) cause = 'imap.limit';
    if ((cause === 'mail.connection-closed' || cause === 'tcp.reset') && HANDSHAKE.test(text)) cause = 'tls.handshake-failed';
    // A login that could not be checked for now is the protocol's own temporary failure: IMAP's [UNAVAILABLE] (RFC 5530),
    // POP3's temporary system problem (RFC 3206 [SYS/TEMP]).
    if (cause === 'smtp.auth.temporary') cause = TEMPORARY_AUTH_BY_PROTOCOL[protocolOf(text) ?? (/\[UNAVAILABLE\]/.test(text) ? 'imap' : 'smtp')] ?? cause;
    if (GENERIC_AUTH.has(cause) && (i.how === 'tolerant' || !protocolOf(text)) && TOKEN_ENDPOINT.test(text))
      return [{ ...i, cause: 'oauth.user.credentials-invalid' as CauseId, specificity: TOKEN_DESCRIPTION }];
    if (AUTH_CAUSES.has(cause)) {
      const protocol = protocolOf(text) ?? (GENERIC_AUTH.has(cause) && INCOMING.test(text) ? 'imap' : undefined);
      if (protocol) cause = AUTH_BY_PROTOCOL[protocol] as CauseId;
    }
    const at = i.matched ? lower.lastIndexOf(i.matched.toLowerCase()) : -1;
    const bonus = root >= 0 && at > root ? ROOT_CAUSE_BONUS : 0;
    const adjusted = cause === i.cause && bonus === 0 ? i : { ...i, cause, specificity: i.specificity + bonus };
    // A refused IMAP AUTHENTICATE is, more precisely, a refused OAuth token; the login refusal stays as the wider view.
    const oauth =
      (cause === 'imap.auth.failed' ||
        (GENERIC_AUTH.has(cause) && !protocolOf(text) && !TOKEN_ENDPOINT.test(text)) ||
        (cause === 'log.auth.failed' && /\bimap|AUTHENTICATE\b/i.test(text))) &&
      usedOAuth(text);
    return oauth ? [{ ...adjusted, cause: 'mail.auth.oauth-rejected' as CauseId, specificity: adjusted.specificity + 1 }, adjusted] : [adjusted];
  });
}
