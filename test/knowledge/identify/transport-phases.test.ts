// Client side, generalisation round 4: what happened to a connection read by the phase the text names (resolving,
// connecting, reading), a connection found gone, and what the resolver answered. Texts written for this test in the
// shapes client runtimes use, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('timeouts by phase, closed connections and resolver answers', () => {
  it.each([
    // A timeout beside reading words, in either order, and a socket named as what timed out.
    ['mailsync: timeout period expired while waiting to read data', 'tcp.read-timeout'],
    ['fetch aborted: timeout waiting 90s for data from server', 'tcp.read-timeout'],
    ['POP3: error reading from server: timeout', 'tcp.read-timeout'],
    ['[imap] Socket timed out!', 'tcp.read-timeout'],
    // curl names the phase of its error 28; Go and curl report ETIMEDOUT from a read.
    ['curl: (28) Operation timed out after 60000 milliseconds with 0 bytes received', 'tcp.read-timeout'],
    ['curl: (28) Resolving timed out after 3000 milliseconds', 'dns.server-unreachable'],
    ['smtp: read tcp 192.0.2.10:50000->192.0.2.20:587: read: connection timed out', 'tcp.read-timeout'],
    // Laminas Mail's two read failures.
    ['Laminas\\Mail\\Protocol\\Exception\\RuntimeException: mail.example.org has timed out', 'tcp.read-timeout'],
    ['Laminas\\Mail\\Protocol\\Exception\\RuntimeException: Could not read from mail.example.org', 'mail.connection-closed'],
    // The peer said it left, or a read met the end of the stream; a write into a connection the peer closed.
    ['Server imap.example.org has disconnected. The server may have gone down.', 'mail.connection-closed'],
    ['the remote host hung up unexpectedly', 'mail.connection-closed'],
    ['io error: unexpected end of stream', 'mail.connection-closed'],
    ['smtplib.SMTPServerDisconnected: Server not connected', 'mail.connection-closed'],
    ['fwrite(): send of 12 bytes failed with errno=32 Broken pipe', 'mail.connection-closed'],
    // A reply that never came, and exception classes named for a read or write timeout.
    ['IMAP: server response timeout', 'tcp.read-timeout'],
    ['sync failed: no response from server', 'tcp.read-timeout'],
    ['Net::WriteTimeout (Net::WriteTimeout)', 'tcp.read-timeout'],
    ['requests.exceptions.ReadTimeout', 'tcp.read-timeout'],
    // A connection that closed after the client waited in vain: the wait is the reason.
    ['IMAP connection lost: Socket timed out', 'tcp.read-timeout'],
    // getaddrinfo's EAI_AGAIN by number and by musl's words, Windows' WSATRY_AGAIN text, a SERVFAIL, Exim's deferral.
    ['socket.gaierror: [Errno -3] Try again', 'dns.server-unreachable'],
    ['Connection error: failed to lookup address information: Try again', 'dns.server-unreachable'],
    ['Error: getaddrinfo: Name does not resolve', 'tcp.name-not-resolved'],
    [
      'SocketException: This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server',
      'dns.server-unreachable',
    ],
    [';; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 4242', 'dns.servfail'],
    ['R=dnslookup defer (-1): host lookup did not complete', 'dns.server-unreachable'],
    // The resolver's TRY_AGAIN text, a name server that timed out or gave no answer, musl's words inside Java's class.
    ['Deferred: Name server: mx.example.net.: host name lookup failure', 'dns.server-unreachable'],
    ['dns.exception.Timeout: The DNS operation timed out after 5.0 seconds', 'dns.server-unreachable'],
    ['lookup error: no response from DNS server', 'dns.server-unreachable'],
    ['java.net.UnknownHostException: imap.example.net: Try again', 'dns.server-unreachable'],
    // The secure channel named with a verdict.
    ['STARTTLS negotiation failed', 'tls.handshake-failed'],
    ['Error: Failed to establish TLS connection with mail.example.net', 'tls.handshake-failed'],
    // A POP3 daemon named by its program name decides the protocol of Courier's "LOGIN FAILED".
    ['courier-pop3d: LOGIN FAILED, user=alice, ip=[::ffff:192.0.2.5]', 'pop3.auth.failed'],
    // A connection that ended inside a TLS handshake is the handshake's failure.
    ['http: TLS handshake error from 192.0.2.7:51234: EOF', 'tls.handshake-failed'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });
  it.each([
    // A configured value is no timeout; a connect that timed out stays the connect's; a server's BYE for an idle
    // session stays the server's; "try again" without a resolver is a server's; a client leaving is no closed connection.
    ['mail.imap.timeout=10000 read timeout 10000', 'explain.no-match'],
    ['INFO response timeout for request 7 set to 2 hours', 'explain.no-match'],
    ['Timed out while connecting to server', 'tcp.timeout'],
    ['* BYE Connection closed due to timeout', 'imap.connection-dropped'],
    ['451 4.7.1 Please try again later', 'smtp.greylisted'],
    ['imap-login: Disconnected (no auth attempts in 0 secs): user=<>, rip=192.0.2.1', 'explain.no-match'],
  ])('%s keeps its reading (%s)', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });
});
