// Client and identity side, generalisation round 3: reasons read from the clause a client library writes them in and
// from the exception that carries them. Texts written for this test in the shapes client runtimes use, none taken from
// the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('client-side reasons by clause and by exception', () => {
  it.each([
    // An OpenSSL verify number after any verify or verification clause, however the program passes it on.
    ['mailfetch: certificate verification failed; 20', 'tls.unknown-issuer'],
    ['TLS: verify error: 10', 'tls.cert-expired'],
    ['starttls: verification failure (18)', 'tls.self-signed'],
    ['verify error:num=21:unable to verify the first certificate', 'tls.unverified-first-cert'],
    // The validator's reason inside a failed Java certification path validation, over the Java trust failure around it.
    [
      'sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: timestamp check failed',
      'tls.cert-expired',
    ],
    ['java.security.cert.CertPathValidatorException: validity check failed, reason: NOT_YET_VALID', 'tls.cert-not-yet-valid'],
    // A timeout named after a failed connect in the same clause.
    ['Could not connect to imap.example.com: connection timeout after 30 s', 'tcp.timeout'],
    ['ERROR unable to connect (smtp.example.org:587): timeout', 'tcp.timeout'],
    // A rate or connection limit that Microsoft Graph states is its throttling of the application.
    ['GraphServiceException: Too Many Requests, rate limit exceeded', 'graph.throttled'],
    ['Microsoft Graph answered: too many concurrent connections for this mailbox', 'graph.throttled'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });
  it.each([
    // A one-time code is no verify result; a Java chain with no reason stays Java's trust failure; a timeout followed
    // by a number is JavaMail's configured value; a connection limit without Microsoft Graph stays the server's.
    ['Your verification code: 12', 'explain.no-match'],
    ['PKIX path building failed: unable to find valid certification path to requested target', 'tls.java-pkix'],
    ["com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mail.example.com, 465; timeout 10000", 'mail.java.connect-failed'],
    ['421 4.7.0 Too many connections from your IP', 'smtp.rate-limited'],
  ])('%s keeps its reading (%s)', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });
});
