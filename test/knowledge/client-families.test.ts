// Client-side families of wordings added in the second client-side round of issue 21: Go's certificate and TLS errors,
// the rest of Entra's AADSTS list, Java trust failures inside a Java chain, the PHP imap (c-client) and Laminas
// connection and login messages, a bare "auth failure" after a reply code, and a configured read timeout that is no error.
import { describe, expect, it } from 'vitest';
import { aadsts } from '../../src/knowledge/aadsts.js';
import { AADSTS_ENTRA_LIST } from '../../src/knowledge/registries/aadsts-entra-list.js';
import { GO_TLS_ERRORS } from '../../src/knowledge/registries/go-tls-errors.js';
import { firstCause as first } from './first-cause.js';

describe('Go crypto/x509 and crypto/tls errors', () => {
  it('each registered text, with the arguments Go appends, names its cause', () => {
    for (const [key, e] of Object.entries(GO_TLS_ERRORS.entries)) expect(first(`send mail failed: ${e.text}: example`), key).toBe(e.cause);
  });

  it('a host name mismatch cut short before "not <host>" is still one; a chain whose issuer name differs is not', () => {
    expect(first('gomail: could not send email 1: StartTLS: x509: certificate is valid for mx1.example.net')).toBe('tls.hostname-mismatch');
    expect(first('x509: issuer name does not match subject from issuing certificate')).toBe('tls.verify-failed');
  });
});

describe('the rest of the published AADSTS list', () => {
  it('every added code is known, with its cause, and found in an Entra reply', () => {
    for (const [n, e] of Object.entries(AADSTS_ENTRA_LIST)) {
      expect(aadsts(n)?.cause, n).toBe(e.cause);
      expect(first(`{"error":"invalid_request","error_description":"AADSTS${n}: see the documentation."}`), n).toBe(e.cause);
    }
  });

  it('a client assertion whose subject and issuer differ is an invalid client assertion', () => {
    expect(first('AADSTS50048: Subject must match the issuer claim in the client assertion.')).toBe('oauth.client.assertion-invalid');
  });
});

describe('client wordings', () => {
  it('a chain Java does not trust is a Java trust store problem, also in Android wording', () => {
    expect(first('javax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.')).toBe(
      'tls.java-pkix',
    );
    expect(first('Trust anchor for certification path not found.')).toBe('tls.unknown-issuer');
  });

  it('"connect to" followed by the server or host is a failed connection (PHP fsockopen, Laminas, generic wording)', () => {
    expect(first('cannot connect to host ; error = fsockopen(): unable to connect to ssl://192.0.2.7:995 (Unknown error) (errno = 0 )')).toBe(
      'log.connection.failed',
    );
    expect(first('Error: could not connect to the mail server')).toBe('log.connection.failed');
    expect(first('cannot connect to host; error = stream_socket_client(): unable to connect to ssl://imap.example.com:993 (Connection refused)')).toBe(
      'tcp.refused',
    );
  });

  it('the c-client login refusal names the protocol; a broken connection after it stays the reason', () => {
    expect(first('Error: Can not authenticate to IMAP server')).toBe('imap.auth.failed');
    expect(first('Can not authenticate to POP3 server: -ERR [AUTH] Authentication failed.')).toBe('pop3.auth.failed');
    expect(
      first("Couldn't open stream {imap.example.com:993/imap/ssl}. Can not authenticate to IMAP server: [CLOSED] IMAP connection broken (authenticate)"),
    ).toBe('mail.connection-closed');
  });

  it('"Auth failure" after a reply code whose detail is undefined is a refused login', () => {
    expect(first('Invalid login - 553 5.3.0 Auth failure')).toBe('smtp.auth.rejected');
  });

  it('a read timeout being configured is no error', () => {
    expect(first('FINEST [com.sun.mail.util.socket] set socket read timeout 10000')).toBe('explain.no-match');
    expect(first('javax.mail.MessagingException: Exception reading response; nested exception is: java.net.SocketTimeoutException: socket read timeout')).toBe(
      'tcp.read-timeout',
    );
  });

  it('a Winsock error written as a Windows HRESULT, and Outlook transport numbers, say what failed', () => {
    expect(first('Windows Mail app error 0x80072746 cannot send email')).toBe('tcp.reset');
    expect(first('Sending reported error (0x8007274C): the operation did not complete')).toBe('tcp.timeout');
    expect(first('Error ID 0x800CCC0B on Windows Live Mail')).toBe('smtp.server-busy');
    expect(first("Server Response: '550 5.7.1 Relaying denied', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79")).toBe(
      'smtp.relay-denied',
    );
  });

  it("lettre's permanent and transient errors carry the reply code in parentheses", () => {
    expect(first('Error: permanent error (535)')).toBe('smtp.auth.rejected');
    expect(first('transient error (421): service not available, closing transmission channel')).toBe('smtp.server-busy');
  });

  it('a 500/502/504 answering the STARTTLS command means the server offers no TLS upgrade', () => {
    expect(first('C: STARTTLS\nS: 502 5.5.1 Command not implemented')).toBe('tls.starttls-not-offered');
    expect(first('Sent: STARTTLS Got: 500 5.3.3 Unrecognized command')).toBe('tls.starttls-not-offered');
    expect(first('S: 250-STARTTLS\nS: 500 5.5.1 Command unrecognized')).not.toBe('tls.starttls-not-offered');
  });

  it("Ruby's SSL_connect SYSCALL failure is a broken handshake; its verify reason, when given, decides", () => {
    expect(first('SSL_connect SYSCALL returned=5 errno=0 peeraddr=192.0.2.7:465 state=SSLv3/TLS write finished')).toBe('tls.handshake-failed');
    expect(first('SSL_connect returned=1 errno=0 state=error: certificate verify failed (certificate has expired)')).toBe('tls.cert-expired');
  });

  it('"the connection to the server failed" is a failed connection', () => {
    expect(first('Cannot Get Mail. The connection to the server failed.')).toBe('log.connection.failed');
  });

  it('.NET SocketError names and Java validity dates are codes of their own', () => {
    expect(first('System.Net.Sockets.SocketException: SocketError.TimedOut')).toBe('tcp.timeout');
    expect(first('SocketErrorCode: HostNotFound')).toBe('tcp.name-not-resolved');
    expect(first('SocketError = TryAgain')).toBe('dns.server-unreachable');
    expect(first('javax.net.ssl.SSLHandshakeException: NotAfter: Sun Jan 01 00:00:00 UTC 2023')).toBe('tls.cert-expired');
    expect(first('java.security.cert.CertificateNotYetValidException: NotBefore: Mon Mar 04 10:00:00 CET 2030')).toBe('tls.cert-not-yet-valid');
  });

  it("MailKit's refused login commands, PHPMailer's failed STARTTLS and curl's missing STARTTLS", () => {
    expect(first('MailKit.Net.Pop3.Pop3CommandException: POP3 server did not respond with a +OK response to the PASS command.')).toBe('pop3.auth.failed');
    expect(first("The IMAP server replied to the 'LOGIN' command with a 'NO' response: Invalid.")).toBe('imap.auth.failed');
    expect(first('SMTP server error: STARTTLS command failed')).toBe('tls.starttls-refused');
    expect(first('curl: (64) Requested SSL level failed')).toBe('tls.starttls-not-offered');
  });

  it('a refused SASL mechanism before a broken connection, Exchange POP3 logon failures and SES identity denials', () => {
    expect(
      first(
        "imap_open(): Couldn't open stream {imap.example.com:993/imap/ssl}. Retrying PLAIN authentication after AUTHENTICATE failed.; Can not authenticate to IMAP server: [CLOSED] IMAP connection broken (authenticate)",
      ),
    ).toBe('imap.auth.failed');
    expect(first('AuthenticationFailedException: Logon failure: unknown user name or bad password.')).toBe('pop3.auth.failed');
    expect(
      first(
        "554 Access denied: User `arn:aws:iam::1:user/x' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:eu-west-1:1:identity/example.com'",
      ),
    ).toBe('smtp.sendas-denied');
  });
});
