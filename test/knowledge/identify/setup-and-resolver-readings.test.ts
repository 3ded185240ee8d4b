// Client side, generalisation round 5: a timeout whose phase is the setting up of TLS, the resolver named by the
// runtime's own entry points (so a bare EAGAIN text in its report is the lookup that failed for now), the resolver's
// temporary failure in the languages the C library and Windows translate it to, a closing whose agent is the far side or
// that interrupted a reply, and a Winsock timeout read by the receive call it was raised in. Texts written for this test in the
// shapes client runtimes use, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('TLS set-up timeouts and resolver readings', () => {
  it.each([
    // The secure channel's set-up named beside a timeout, in either order.
    ['Warning: stream_socket_client(): SSL: crypto enabling timeout in /srv/app/Smtp.php on line 12', 'tls.handshake-failed'],
    ['imap: TLS negotiation timed out after 30 s', 'tls.handshake-failed'],
    ['mailer: SSL_connect timed out (smtp.example.net:465)', 'tls.handshake-failed'],
    ['gave up: timed out waiting for the TLS handshake to finish', 'tls.handshake-failed'],
    // .NET names its resolver in the stack: the system's EAGAIN text there is getaddrinfo's EAI_AGAIN.
    [
      'System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable at System.Net.Dns.GetHostAddressesAsync(String hostNameOrAddress)',
      'dns.server-unreachable',
    ],
    ['Dns.GetHostEntry failed: Resource temporarily unavailable', 'dns.server-unreachable'],
    // glibc's EAI_AGAIN text in its German, French, Spanish and Chinese translations; Windows' WSATRY_AGAIN in Chinese.
    ['ping: imap.example.de: Temporärer Fehler bei der Namensauflösung', 'dns.server-unreachable'],
    ['smtp.example.fr : Échec temporaire dans la résolution du nom', 'dns.server-unreachable'],
    ['sendmail: unable to resolve host correo.example.es: Fallo temporal en la resolución del nombre', 'dns.server-unreachable'],
    ['socket.gaierror: [Errno -3] 域名解析暂时失败', 'dns.server-unreachable'],
    ['SocketException: 这是在主机名解析时通常出现的暂时错误，它意味着本地服务器没有从权威服务器上收到响应。', 'dns.server-unreachable'],
    // A closing told in the passive with the far side as its agent.
    ['IMAP sync failed: the connection was closed by the remote server', 'mail.connection-closed'],
    ['smtp session terminated by peer', 'mail.connection-closed'],
    ['pop3: socket unexpectedly dropped by remote host', 'mail.connection-closed'],
    // A closing told with the reply the client still waited for.
    ['imap: connection closed before a response was received', 'mail.connection-closed'],
    ['SmtpError: the socket was closed although a reply was pending', 'mail.connection-closed'],
    // WSAETIMEDOUT raised inside a receive call: the reading timed out, whatever the words say.
    [
      'System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time at System.Net.Sockets.Socket.Receive(Byte[] buffer)',
      'tcp.read-timeout',
    ],
    [
      'IOException: the remote side has not answered after a certain amount of time at System.Net.Sockets.NetworkStream.Read(Byte[] buffer)',
      'tcp.read-timeout',
    ],
    // NSS's text of SEC_ERROR_UNKNOWN_ISSUER.
    ["NSS error -8179: Peer's Certificate issuer is not recognized.", 'tls.unknown-issuer'],
  ])('%s -> %s', (text, want) => {
    expect(cause(text)).toBe(want);
  });

  it.each([
    // EAGAIN with no resolver in the text is not a lookup; a TLS read that timed out with no set-up words stays a read.
    ['send(): Resource temporarily unavailable', 'dns.server-unreachable'],
    ['javax.net.ssl.SSLException: Read timed out at com.android.org.conscrypt.NativeCrypto.SSL_read(Native Method)', 'tls.handshake-failed'],
    // The same WSAETIMEDOUT inside a connect is the connect's.
    [
      'System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time at System.Net.Sockets.Socket.Connect(EndPoint remoteEP)',
      'tcp.read-timeout',
    ],
    // The client closing its own connection is no fault of the server.
    ['INFO connection closed by the client after QUIT', 'mail.connection-closed'],
  ])('%s is not read as %s', (text, not) => {
    expect(cause(text)).not.toBe(not);
  });
});
