// The exact layer's wordings each match their own example, and the context rules added with them decide by the
// rest of the text: a connection limit on SMTP is a throttle, a full mailbox in an API's JSON error is the API's
// quota, a refused login that says why is explained by the why, an HTTP status before an OAuth error is no SMTP reply.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../../src/checks/explain.js';
import { WORDINGS } from '../../../src/knowledge/identify/wordings.js';

const causes = (text: string) => explainText(text).findings.map((f) => f.cause);

describe('wordings', () => {
  it.each(WORDINGS.map((w) => [w.example, w.pattern] as const))('%s', (example, pattern) => {
    expect(pattern.test(example)).toBe(true);
  });
});

describe('context decides what a wording means here', () => {
  it('an account connection limit is an IMAP limit, and on an SMTP connection a throttle', () => {
    expect(causes('* NO [ALERT] Too many simultaneous connections. (Failure)')[0]).toBe('imap.limit');
    expect(causes('SMTP error: 421 Too many concurrent SMTP connections from this IP')[0]).toBe('smtp.rate-limited');
  });

  it('a full mailbox inside a JSON error envelope is the mail API quota, in a bounce the recipient mailbox', () => {
    expect(causes('{"error": {"code": "ErrorQuotaExceeded", "message": "Mailbox quota exceeded."}}')[0]).toBe('graph.quota-exceeded');
    expect(causes('550 5.2.2 <user@example.com>: mailbox quota exceeded')[0]).toBe('smtp.mailbox-full');
  });

  it('a refused login that states why is explained by the reason, not the refusal', () => {
    expect(causes('A1 NO [AUTHENTICATIONFAILED] Web login required: https://support.google.com/mail/answer/78754')[0]).toBe('mail.web-login-required');
    expect(causes('A1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)')[0]).toBe('imap.auth.failed');
  });

  it('an HTTP status before an API error name is not read as an SMTP reply', () => {
    expect(causes('Error 400: redirect_uri_mismatch (policy)')[0]).toBe('oauth.redirect-uri.mismatch');
  });

  it('an Exim retry that is only waiting is a delay, one that ran out of time is an expiry', () => {
    expect(causes('retry time not reached for any host')[0]).toBe('smtp.delivery-delayed');
    expect(causes('The following address(es) failed: user@example.com retry timeout exceeded')[0]).toBe('smtp.delivery-expired');
  });

  it("a provider's own table decides a code the IANA registry also lists only when the reply shows the provider wrote it", () => {
    expect(causes('534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1> Please go to')[0]).toBe('mail.web-login-required');
    expect(causes('534 5.7.14 Trust relationship required')[0]).not.toBe('mail.web-login-required');
  });

  it('a tagged NO names IMAP, and a read error that timed out is a read timeout', () => {
    expect(causes('A00000001 NO Invalid login or password')[0]).toBe('imap.auth.failed');
    expect(causes('javax.net.ssl.SSLException: Read error: ssl=0x1: I/O error during system call, Connection timed out')[0]).toBe('tcp.read-timeout');
  });

  it('the server reply a .NET "Mailbox unavailable" wraps says the reason', () => {
    expect(causes('Mailbox unavailable. The server response was: If MAIL FROM is local then you must authenticate')[0]).toBe(
      'smtp.auth.client-not-authenticated',
    );
    expect(causes('Mailbox unavailable. The server response was: 5.1.1 User unknown')[0]).toBe('smtp.recipient-rejected');
  });
});
