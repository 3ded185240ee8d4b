// Refusals written without a code, read by family of meaning (who refuses and why) in the words servers use, in several
// languages; and ordinary sentences that share some of those words but refuse nothing.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('refusals without a code', () => {
  it.each([
    ['invalid mail user', 'smtp.recipient-rejected'],
    ['addressee not known', 'smtp.recipient-rejected'],
    ['not a member of this domain', 'smtp.recipient-rejected'],
    ['sorry, no account here by that name', 'smtp.recipient-rejected'],
    ['the address is no longer valid', 'smtp.recipient-rejected'],
    ['Destinatario sconosciuto', 'smtp.recipient-rejected'],
    ['Пользователь не найден', 'smtp.recipient-rejected'],
    ['宛先不明', 'smtp.recipient-rejected'],
    ['The inbox is full', 'smtp.mailbox-full'],
    ['Postfach ist voll', 'smtp.mailbox-full'],
    ['Caixa postal cheia', 'smtp.mailbox-full'],
    ['mailbox reached its storage limit', 'smtp.mailbox-full'],
    ['Nachricht zu groß', 'smtp.message-too-large'],
    ['Relay non consentito', 'smtp.relay-denied'],
    ['Als Spam erkannt', 'smtp.spam-rejected'],
    ['Trop de messages envoyés', 'smtp.rate-limited'],
    ['Authentifizierung erforderlich', 'smtp.auth.client-not-authenticated'],
    ['please use SMTP authentication', 'smtp.auth.client-not-authenticated'],
    ['temporary authentication failure', 'smtp.auth.temporary'],
    ['Domaine inexistant', 'smtp.host-unknown'],
    ['451 Please try again later', 'smtp.server-busy'],
    ['Indirizzo IP bloccato', 'smtp.blocked'],
    ['Attachment type not allowed', 'smtp.content-rejected'],
    ['Sender address is not valid', 'smtp.sender-rejected'],
    // A bare reply code that starts the message behind a log header still makes the text an SMTP reply.
    ['09:14:22.518 [poller-1] ERROR c.a.MailPoller - 421 Too many concurrent connections from this client', 'smtp.rate-limited'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });

  it.each([
    'The account is full-time staff',
    'Your password has been changed. Please try again later to sign in.',
    'rspamd_stat_classifiers_process: skip statistics as SPAM class is missing',
    'Invalid user admin from 203.0.113.5 port 52144',
    // A log line's severity field states no failure: the ordinary message behind it stays unmatched.
    '2024-03-07 09:14:22.5180|ERROR|Helpdesk.Mail.Poller|Greylisting would also be my guess.',
    '[Thu Mar 07 09:14:22 2024] [php:error] [pid 4312] SENT: +OK Mailbox locked and ready',
  ])('refuses nothing: %s', (text) => {
    expect(cause(text)).toBe('explain.no-match');
  });
});
