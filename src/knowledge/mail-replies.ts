// What SMTP, IMAP and POP3 servers mean by a greeting or reply that is not the expected one (RFC 5321, 3501, 1939),
// and the cause a refused login, command or mailbox falls back to when no documented wording matches.
import type { CauseId } from './index.js';

/** A greeting that is not the protocol's "ready": a refusal (the server will not serve now) or not this protocol. */
type GreetingCause = Extract<CauseId, 'tls.server-busy' | 'tls.bad-greeting'>;

/** An SMTP greeting other than 220: a 4xx or 5xx reply refuses the session (RFC 5321 § 3.1, 421 and 554); anything else is not SMTP. */
export function smtpGreetingCause(reply: string): GreetingCause {
  return /^[45]\d\d/.test(reply) ? 'tls.server-busy' : 'tls.bad-greeting';
}

/** An IMAP greeting: `* OK` or `* PREAUTH` is ready (undefined), `* BYE` refuses the session (RFC 3501 § 7.1.5), anything else is not IMAP. */
export function imapGreetingCause(line: string): GreetingCause | undefined {
  if (/^\* (OK|PREAUTH)\b/i.test(line)) return undefined;
  return /^\* BYE\b/i.test(line) ? 'tls.server-busy' : 'tls.bad-greeting';
}

/** A POP3 greeting: `+OK` is ready (undefined), `-ERR` refuses the session (RFC 1939 § 4), anything else is not POP3. */
export function pop3GreetingCause(line: string): GreetingCause | undefined {
  if (/^\+OK\b/i.test(line)) return undefined;
  return /^-ERR\b/i.test(line) ? 'tls.server-busy' : 'tls.bad-greeting';
}

/** The text of an IMAP STARTTLS reply that is not the tagged OK (a NO or BAD refuses it, RFC 3501 § 6.2.1), without its tag; undefined when it was accepted. */
export function imapStarttlsRefusal(taggedReply: string): string | undefined {
  return /^\S+ OK\b/i.test(taggedReply) ? undefined : taggedReply.replace(/^\S+ /, '');
}

/**
 * The cause of a refused SMTP AUTH when no documented wording matched: 535 is bad credentials (RFC 4954 § 6);
 * 503/504 mean AUTH is not possible here, because STARTTLS must come first or the mechanism is not offered.
 */
export function smtpAuthRefusal(reply: string, session: { secure: boolean; starttlsOffered: boolean }): CauseId {
  if (/^50[34]/.test(reply)) return !session.secure && session.starttlsOffered ? 'smtp.starttls-required' : 'mail.auth.mechanism-unavailable';
  return /^535/.test(reply) ? 'smtp.auth.rejected' : 'smtp.command-failed';
}

/** The cause of a refused envelope or message, from the command the server refused (RCPT, MAIL, DATA). */
export function smtpSendRefusal(command: string | undefined, message: string): CauseId {
  if (/recipient/i.test(message) || /RCPT/i.test(command ?? '')) return 'smtp.recipient-rejected';
  return /MAIL/i.test(command ?? '') ? 'smtp.sender-rejected' : 'smtp.command-failed';
}

/** SMTP causes that, on an XOAUTH2 login, mean the token was refused rather than a password. */
export const SMTP_PASSWORD_REFUSALS: ReadonlySet<CauseId> = new Set<CauseId>(['smtp.auth.rejected', 'smtp.auth.unsuccessful', 'smtp.command-failed']);

/** The cause of a refused SELECT/EXAMINE: the folder does not exist (RFC 5530 NONEXISTENT, or the server's words), or another refusal. */
export function imapMailboxRefusal(reply: string): CauseId {
  return /NONEXISTENT|doesn't exist|not found|unknown mailbox/i.test(reply) ? 'imap.mailbox-not-found' : 'imap.command-failed';
}
