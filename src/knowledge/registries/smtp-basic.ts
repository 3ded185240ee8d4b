// SMTP basic reply codes with the texts their RFCs register (RFC 5321 section 4.2, with RFC 3207, 4954 and 7504).
import { defineRegistry } from './types.js';

/** Every basic reply code of RFC 5321 and the codes later RFCs added, each with its registered text. */
export const SMTP_BASIC = defineRegistry('RFC 5321 section 4.2 (SMTP replies); RFC 3207 (STARTTLS); RFC 4954 (AUTH); RFC 7504 (521 and 556)', {
  '211': { text: 'System status, or system help reply' },
  '214': { text: 'Help message' },
  '220': { text: '<domain> Service ready' },
  '221': { text: '<domain> Service closing transmission channel' },
  '235': { text: 'Authentication Succeeded', ref: 'RFC 4954' },
  '250': { text: 'Requested mail action okay, completed' },
  '251': { text: 'User not local; will forward to <forward-path>' },
  '252': { text: 'Cannot VRFY user, but will accept message and attempt delivery' },
  '334': { text: 'Server challenge (a base64 continuation of AUTH)', ref: 'RFC 4954' },
  '354': { text: 'Start mail input; end with <CRLF>.<CRLF>' },
  '421': { text: '<domain> Service not available, closing transmission channel', cause: 'smtp.server-busy' },
  '432': { text: 'A password transition is needed', cause: 'smtp.auth.rejected', ref: 'RFC 4954' },
  '450': {
    text: 'Requested mail action not taken: mailbox unavailable',
    meaning: 'a temporary refusal for this mailbox: busy, greylisted or temporarily blocked by policy',
    cause: 'smtp.status-code',
  },
  '451': { text: 'Requested action aborted: local error in processing', cause: 'smtp.server-busy' },
  '452': { text: 'Requested action not taken: insufficient system storage', cause: 'smtp.server-busy' },
  '454': { text: 'TLS not available due to temporary reason; Temporary authentication failure', cause: 'smtp.auth.temporary', ref: 'RFC 3207; RFC 4954' },
  '455': { text: 'Server unable to accommodate parameters', cause: 'smtp.protocol-error' },
  '500': { text: 'Syntax error, command unrecognized', cause: 'smtp.protocol-error' },
  '501': { text: 'Syntax error in parameters or arguments', cause: 'smtp.protocol-error' },
  '502': { text: 'Command not implemented', cause: 'smtp.protocol-error' },
  '503': { text: 'Bad sequence of commands', cause: 'smtp.protocol-error' },
  '504': { text: 'Command parameter not implemented', cause: 'smtp.protocol-error' },
  '521': { text: 'Host does not accept mail', cause: 'smtp.host-unknown', ref: 'RFC 7504' },
  '530': { text: 'Authentication required; Must issue a STARTTLS command first', cause: 'smtp.auth.client-not-authenticated', ref: 'RFC 4954; RFC 3207' },
  '534': { text: 'Authentication mechanism is too weak', cause: 'mail.auth.mechanism-unavailable', ref: 'RFC 4954' },
  '535': { text: 'Authentication credentials invalid', cause: 'smtp.auth.rejected', ref: 'RFC 4954' },
  '538': { text: 'Encryption required for requested authentication mechanism', cause: 'smtp.starttls-required', ref: 'RFC 4954' },
  '550': { text: 'Requested action not taken: mailbox unavailable', cause: 'smtp.recipient-rejected' },
  '551': { text: 'User not local; please try <forward-path>', cause: 'smtp.recipient-rejected' },
  '552': { text: 'Requested mail action aborted: exceeded storage allocation', cause: 'smtp.mailbox-full' },
  '553': { text: 'Requested action not taken: mailbox name not allowed', cause: 'smtp.recipient-rejected' },
  '554': { text: 'Transaction failed (or, as a greeting, No SMTP service here)', cause: 'smtp.policy-rejected' },
  '555': { text: 'MAIL FROM/RCPT TO parameters not recognized or not implemented', cause: 'smtp.protocol-error' },
  '556': { text: 'Domain does not accept mail', cause: 'smtp.host-unknown', ref: 'RFC 7504' },
});

/** What the first digit of a basic reply code says (RFC 5321 section 4.2.1). */
export const SMTP_REPLY_CLASSES: Readonly<Record<string, string>> = {
  '2': 'Positive Completion reply',
  '3': 'Positive Intermediate reply',
  '4': 'Transient Negative Completion reply',
  '5': 'Permanent Negative Completion reply',
};
