// Readings added in the fifth generalisation round (server side): an authentication backend out of reach after a refused
// login code, whose space is full, a size said of the mailbox, spoofing and envelope/header misalignment, the
// server's own load, a refused client address, greylisting and block lists in other languages, AOL's block tags, a
// registered mailbox or addressing detail kept against catch-all words, a delivery report's reasonless opening in more
// shapes, with no reason read from its own words. Texts written for this test in the shapes servers
// use, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('readings of the fifth generalisation round', () => {
  it.each([
    ['535 5.7.8 Error: authentication failed: Connection lost to authentication server', 'smtp.auth.temporary'],
    ['535 Authentication failed: cannot connect to the password database', 'smtp.auth.temporary'],
    ['SMTP AUTH failed: 454 4.7.0 Try again later, authentication server not responding', 'smtp.auth.temporary'],
    ['435 Unable to authenticate at present', 'smtp.auth.temporary'],
    [
      'postfix/submission/smtpd[812]: warning: unknown[192.0.2.9]: SASL LOGIN authentication failed: Connection lost to authentication server',
      'smtp.auth.temporary',
    ],
    ['The email account that you tried to reach has exceeded its storage limit', 'smtp.mailbox-full'],
    ['550 Mailbox space insufficient', 'smtp.mailbox-full'],
    ["Sorry, the user's quota has been exceeded", 'smtp.mailbox-full'],
    ["452 Requested action not taken: the recipient's mailbox space is not enough", 'smtp.mailbox-full'],
    ['450 4.2.2 The destination mailbox <bob@example.net> is full', 'smtp.mailbox-full'],
    ['Remote host said: 552 sorry, mailbox is over its allowed size', 'smtp.mailbox-full'],
    ['452 4.2.2 Try again later', 'smtp.mailbox-full'],
    ['452 4.5.3 Try again later', 'smtp.too-many-recipients'],
    ['550 Message rejected: impersonation of a protected sender', 'smtp.policy-rejected'],
    ['554 5.7.1 Message refused: spoofing attempt detected', 'smtp.policy-rejected'],
    ['550 Error: the MAIL FROM address does not match the From header', 'smtp.policy-rejected'],
    ['550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant', 'smtp.policy-rejected'],
    ['421 Service temporarily unavailable due to high load', 'smtp.server-busy'],
    ['554 5.7.1 Client address rejected: dynamic IP range', 'smtp.blocked'],
    ['554 5.7.1 Access denied: 198.51.100.7', 'smtp.blocked'],
    ['SMTP error from remote mail server after initial connection: 554 Rejecting connections from 198.51.100.7', 'smtp.blocked'],
    ['554 5.7.1 IP-Adresse steht auf einer Sperrliste', 'smtp.blocked'],
    ['554- (RTR:BB) http://postmaster.example.com/errors/554rtrbb.html', 'smtp.blocked'],
    ['451 Lista gris: inténtelo de nuevo más tarde', 'smtp.greylisted'],
    ['450 4.7.1 Deferred: first time sender, please resend later', 'smtp.greylisted'],
    ['Message undeliverable', 'mail.bounce'],
    ['The domain example.invalid does not have any mail servers', 'smtp.host-unknown'],
    ['The recipient domain could not be resolved', 'smtp.host-unknown'],
    ['Remote host said: 553 Domain of recipient does not exist', 'smtp.host-unknown'],
    ['javax.mail.MessagingException: 554 5.7.1 Your mail server has been marked as a source of spam', 'smtp.blocked'],
    ['MailKit.Security.AuthenticationException: 454: 4.7.0 Temporary server error. Please try again later', 'smtp.auth.temporary'],
    ['Sorry, we were unable to deliver your message to the following address.', 'mail.bounce'],
    ['There was a problem delivering your message to bob@example.net', 'mail.bounce'],
    ['Your message to bob@example.net could not be delivered.', 'mail.bounce'],
    ['Permanent Delivery Failure', 'mail.bounce'],
    ['----- The following addresses had permanent fatal errors -----', 'mail.bounce'],
    ['Mail System Error - Returned Mail', 'mail.bounce'],
    ['Delivery to the following recipient failed permanently: bob@example.net', 'mail.bounce'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });

  it('keeps the readings these must not take over', () => {
    expect(cause('550 5.1.0 192.0.2.9 is not allowed to send from <example.com> per its SPF record')).toBe('smtp.policy-rejected');
    expect(cause('550 5.7.1 You have exceeded your sending quota for today')).toBe('smtp.rate-limited');
    expect(cause('552 5.3.4 Message size exceeds fixed maximum message size')).toBe('smtp.message-too-large');
    expect(cause('553 5.7.1 <a@example.org>: Sender address rejected: not owned by user b@example.org')).toBe('smtp.sendas-denied');
    expect(cause('535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6')).toBe('smtp.auth.rejected');
    expect(cause('mx rspamd[12]: symbols: FORGED_SENDER(0.30), R_DKIM_ALLOW(-1.10)')).toBe('explain.no-match');
    expect(cause('Greylisting is a method of defending e-mail users against spam.')).toBe('explain.no-match');
    expect(cause('Returned mail is forwarded to the postmaster mailbox')).toBe('explain.no-match');
    // An IMAP or POP3 server's temporary authentication failure keeps its protocol's own cause.
    expect(cause('A1 NO [UNAVAILABLE] Login server unavailable')).toBe('imap.auth.unavailable');
    expect(cause('* NO [UNAVAILABLE] Authentication server not available')).toBe('imap.auth.unavailable');
    expect(cause('-ERR [SYS/TEMP] Authentication server unavailable, try again later')).toBe('pop3.server-error');
    expect(cause('Message could not be sent. Mailer Error: SMTP connect() failed.')).not.toBe('mail.bounce');
  });
});
