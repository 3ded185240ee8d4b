// Readings added in the fourth generalisation round (server side): a temporary authentication failure by its words and by
// RFC 4954's AUTH reply, a delivery report's reasonless opening, a restricted recipient, spam said of the client, a
// server that takes no mail for a domain. Texts written for this test in the shapes servers use, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('readings of the fourth generalisation round', () => {
  it.each([
    ['454 4.7.0 Unable to authenticate right now because of a temporary backend problem', 'smtp.auth.temporary'],
    ['SASL authentication failed: temporary failure, please retry', 'smtp.auth.temporary'],
    ['454 4.7.0 Temporary error, please try again later', 'smtp.auth.temporary'],
    ['postfix/submission/smtpd[42]: warning: SASL: Connect to private/auth-client failed: Connection refused', 'smtp.auth.temporary'],
    ['454 4.3.0 Try again later', 'smtp.server-busy'],
    ['Delivery Failure Report', 'mail.bounce'],
    ['Your message did not reach some or all of the intended recipients.', 'mail.bounce'],
    ['The e-mail was not delivered: the recipient group only accepts messages from members', 'smtp.policy-rejected'],
    ['550 5.7.1 You are not permitted to send to this distribution list', 'smtp.policy-rejected'],
    ['554 5.7.1 Client rejected: too much spam from your network', 'smtp.blocked'],
    ['554 5.7.1 This host has been blocked for sending spam', 'smtp.blocked'],
    ['550 5.7.1 We do not accept mail for that domain', 'smtp.relay-denied'],
    ['550 5.7.1 Your sending server is on our denylist', 'smtp.blocked'],
    ['553 5.7.1 Connections will not be accepted from 198.51.100.7', 'smtp.blocked'],
    ['450 4.7.1 Error: too much mail from 198.51.100.7', 'smtp.rate-limited'],
    ['H=mx.example.org [192.0.2.1] F=<a@example.org> temporarily rejected RCPT <b@example.net>', 'smtp.greylisted'],
    ['552 5.2.2 Il destinatario ha superato la quota', 'smtp.mailbox-full'],
    ['No mail servers found for domain example.invalid', 'smtp.host-unknown'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });

  it('reads no verdict where none is given', () => {
    expect(cause('Your account is temporarily locked after too many login attempts')).not.toBe('smtp.auth.temporary');
    expect(cause('H=mx.example.org [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no F=<a@example.org> P=esmtps S=1234')).not.toBe('smtp.blocked');
    expect(cause('H=mx.example.org [192.0.2.1] F=<a@example.org> temporarily rejected RCPT <b@example.net>: rate limit exceeded')).toBe('smtp.rate-limited');
  });
});
