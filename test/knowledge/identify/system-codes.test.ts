// Client and platform codes read out of a text: Windows security statuses by name, HRESULT or message, .NET chain
// status flags, the C library's socket texts as an exception's message, and Outlook's error numbers.
import { describe, expect, it } from 'vitest';
import { identify } from '../../../src/knowledge/identify/identify.js';
import { systemCodeFindings } from '../../../src/knowledge/identify/system-codes.js';

const first = (text: string) => identify(text)[0]?.cause;

describe('Windows security statuses', () => {
  it('reads SEC_E_INVALID_TOKEN by its signed decimal HRESULT, as Rust and .NET print it', () => {
    const f = systemCodeFindings('Failure(Os { code: -2146893048, kind: Uncategorized, message: "x" })').find((i) => i.evidence.status);
    expect(f?.cause).toBe('tls.wrong-version-number');
    expect(f?.evidence.hresult).toBe('0x80090308');
  });

  it('reads a status by its hexadecimal HRESULT and by its Windows message', () => {
    expect(first('System.ComponentModel.Win32Exception (0x80090322)')).toBe('tls.hostname-mismatch');
    expect(first('The revocation function was unable to check revocation because the revocation server was offline.')).toBe('tls.verify-failed');
    expect(first('Win32Exception: The token supplied to the function is invalid')).toBe('tls.wrong-version-number');
  });

  it('reads .NET chain status flags but not the ordinary word "Revoked"', () => {
    expect(first('X509Chain status: PartialChain')).toBe('tls.unknown-issuer');
    expect(first('ChainStatus: NotTimeValid')).toBe('tls.cert-expired');
    expect(systemCodeFindings('Token has been Revoked by the user').some((i) => i.evidence.chainStatus)).toBe(false);
  });
});

describe('socket texts of the C library', () => {
  it('lets the message of a ConnectException decide between a refusal and a timeout', () => {
    const wrapped = "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mail.example.org, 25; timeout -1; nested exception is: ";
    expect(first(`${wrapped}java.net.ConnectException: Connection timed out: connect`)).toBe('tcp.timeout');
    expect(first(`${wrapped}java.net.ConnectException: Connection refused: connect`)).toBe('tcp.refused');
  });

  it('ranks the text below a server reply that quotes it', () => {
    expect(first('MailKit.Net.Smtp.SmtpCommandException: 4.4.1 Connection timed out')).not.toBe('tcp.timeout');
  });
});

describe("Outlook's error numbers", () => {
  it('reads the number Outlook shows after its message', () => {
    expect(first('The operation timed out waiting for a response from the sending (SMTP) server. Error Number: 0x8004210B')).toBe('tcp.read-timeout');
    expect(first("Task 'imap.example.org - Receiving' reported error (0x800CCC0E)")).toBe('log.connection.failed');
  });

  it('lets a quoted server reply outrank the number', () => {
    expect(first('Server Response: 550 5.7.1 Unable to relay, Port: 25, Secure(SSL): No, Error Number: 0x800CCC0E')).toBe('smtp.relay-denied');
  });
});

describe('Entra errors without the AADSTS prefix', () => {
  it('reads the numbers of an error_codes array and an error name standing alone', () => {
    expect(first('{"error":"invalid_client","error_codes":[7000215],"timestamp":"2024-01-01 00:00:00Z"}')).toBe('oauth.client.secret-invalid');
    expect(first('Sign-in error code 53003 BlockedByConditionalAccess')).toBe('oauth.conditional-access.blocked');
  });

  it("lets a description's words decide over the code's usual meaning", () => {
    expect(first("AADSTS16000: User account 'a@b.example' from identity provider 'live.com' does not exist in tenant 'Default Directory'")).toBe(
      'oauth.user.wrong-tenant',
    );
  });
});

describe('Windows Sockets numbers', () => {
  it('lets the number in ".NET SocketException (10061)" decide over the class, whatever the language of the message', () => {
    expect(first('System.Net.Sockets.SocketException (10061): Nenhuma conexão pôde ser feita')).toBe('tcp.refused');
    expect(first('System.Net.Sockets.SocketException (10060): message in any language')).toBe('tcp.timeout');
    expect(first('System.Net.Sockets.SocketException (11001): message in any language')).toBe('tcp.name-not-resolved');
  });
});

describe("Go's resolver errors", () => {
  it('tells a name that does not exist from a resolver that did not answer', () => {
    expect(first('dial tcp: lookup smtp.example.con on 127.0.0.53:53: no such host')).toBe('tcp.name-not-resolved');
    expect(first('dial tcp: lookup smtp.example.com on 127.0.0.53:53: server misbehaving')).toBe('dns.server-unreachable');
    expect(first('dial tcp: lookup smtp.example.com on 10.0.0.1:53: read udp 10.0.0.5:5353->10.0.0.1:53: i/o timeout')).toBe('dns.server-unreachable');
  });
});
