// Readings added in the sixth generalisation round (server side): a provider tag's deferral meaning gives way under a
// permanent reply, a connection refused "from" a named client is a block of that client, and a failed command answered
// by the closing of the transmission channel is the server giving up the session; Exim's failed sender verification
// is a refusal of the envelope sender whatever reason it encloses. Texts written for this test in the
// shapes servers and clients use, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('readings of the sixth generalisation round', () => {
  it.each([
    ["553 5.7.1 [TSS07] Connections will not be accepted from 203.0.113.9, because the ip is in Spamhaus's list", 'smtp.blocked'],
    ['smtplib.SMTPDataError: (553, b"5.7.1 [TSS07] Connections will not be accepted from 192.0.2.4, the ip is block listed")', 'smtp.blocked'],
    ['421 4.7.0 [TSS04] Messages from 192.0.2.4 temporarily deferred due to user complaints', 'smtp.rate-limited'],
    ["smtplib.SMTPRecipientsRefused: {'a@b.example': (421, b'4.7.0 [TSS04] Messages from 192.0.2.4 temporarily deferred')}", 'smtp.rate-limited'],
    ['554 mail.example.org ESMTP Connection refused from 203.0.113.8 - listed at a reputation service', 'smtp.blocked'],
    ['550 Connections rejected from [198.51.100.2] due to abuse', 'smtp.blocked'],
    ['421 Connections not accepted from 198.51.100.9 until further notice', 'smtp.blocked'],
    ['connect to mx.example.com[192.0.2.1]:25: Connection refused', 'tcp.refused'],
    ['MAIL FROM command failed, mail.example.org Service closing transmission channel ,221', 'smtp.server-busy'],
    ['RCPT TO command failed: mx.example.org Service closing transmission channel', 'smtp.server-busy'],
    ['DATA command failed (221 mx.example.net closing transmission channel)', 'smtp.server-busy'],
    [
      'Mailer Error: The following recipients failed: bob@example.net: Verification failed for <a@sender.example> Unrouteable address Sender verify failed',
      'smtp.sender-rejected',
    ],
    ['550-Verification failed for <a@sender.example> 550-Unknown user 550 Sender verify failed', 'smtp.sender-rejected'],
    ['SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 Unrouteable address', 'smtp.host-unknown'],
  ])('%s -> %s', (text, want) => {
    expect(cause(text)).toBe(want);
  });

  it.each([
    '221 2.0.0 Service closing transmission channel',
    '221 mail.example.com Service closing transmission channel',
    'postfix/smtp[4100]: < mx.example.net[192.0.2.3]:25: 221 2.0.0 Bye, closing transmission channel',
  ])('a normal close stays unmatched: %s', (text) => {
    expect(cause(text)).toBe('explain.no-match');
  });
});
