// Network, DNS, TLS and proxy failure wordings as Node, curl, nc, nslookup, openssl and Java print them.
import type { DNS_CAUSES } from './dns-causes.js';
import type { HTTP_CAUSES } from './http-causes.js';
import type { NETWORK_CAUSES } from './network-causes.js';
import type { TLS_CAUSES } from './tls-causes.js';
import type { TextMatcher } from './types.js';

/** A cause id the network matchers may point at. */
export type NetworkCauseId = keyof typeof NETWORK_CAUSES | keyof typeof DNS_CAUSES | keyof typeof TLS_CAUSES | keyof typeof HTTP_CAUSES;

function m(
  id: string,
  cause: NetworkCauseId,
  pattern: RegExp,
  specificity: number,
  example: string,
  extra: Partial<TextMatcher<NetworkCauseId>> = {},
): TextMatcher<NetworkCauseId> {
  return { id, cause, kind: 'error', pattern, specificity, example, ...extra };
}

const ADDR = String.raw`(?<address>\[?[0-9a-fA-F:.]+\]?):(?<port>\d{1,5})`;

/** openssl verify codes with a cause of their own (`Verify return code: N (name)`). */
const VERIFY_CODES: Array<[number, NetworkCauseId, string]> = [
  [9, 'tls.cert-not-yet-valid', 'certificate is not yet valid'],
  [10, 'tls.cert-expired', 'certificate has expired'],
  [18, 'tls.self-signed', 'self-signed certificate'],
  [19, 'tls.self-signed-in-chain', 'self-signed certificate in certificate chain'],
  [20, 'tls.unknown-issuer', 'unable to get local issuer certificate'],
  [21, 'tls.unverified-first-cert', 'unable to verify the first certificate'],
  [62, 'tls.hostname-mismatch', 'hostname mismatch'],
];

/** Every network wording maildoctor recognises, for `explain`, the log scanner and the checks. */
export const NETWORK_MATCHERS: readonly TextMatcher<NetworkCauseId>[] = [
  // Node.js error codes and messages.
  m('node.ENOTFOUND', 'tcp.name-not-resolved', /\bgetaddrinfo ENOTFOUND (?<host>[\w.-]+)/, 30, 'Error: getaddrinfo ENOTFOUND smtp.office365.com'),
  m('node.EAI_AGAIN', 'dns.server-unreachable', /\bgetaddrinfo EAI_AGAIN (?<host>[\w.-]+)/, 30, 'Error: getaddrinfo EAI_AGAIN imap.gmail.com'),
  m('node.ECONNREFUSED', 'tcp.refused', new RegExp(String.raw`\bconnect ECONNREFUSED ${ADDR}`), 30, 'Error: connect ECONNREFUSED 40.99.10.2:587'),
  m('node.ETIMEDOUT', 'tcp.timeout', new RegExp(String.raw`\bconnect ETIMEDOUT ${ADDR}`), 30, 'Error: connect ETIMEDOUT 142.250.102.108:993'),
  m(
    'node.EHOSTUNREACH',
    'tcp.unreachable',
    /\bconnect (?<code>EHOSTUNREACH|ENETUNREACH)\b.*/,
    30,
    'Error: connect ENETUNREACH 2603:1036:3000::2:587 - Local (:::0)',
  ),
  m('node.ECONNRESET', 'tcp.reset', /\b(?:read ECONNRESET|socket hang up)\b/, 20, 'Error: read ECONNRESET'),
  m(
    'node.tls-disconnected',
    'tls.handshake-failed',
    /Client network socket disconnected before secure TLS connection was established/,
    45,
    'Error: Client network socket disconnected before secure TLS connection was established',
  ),
  m(
    'node.CERT_HAS_EXPIRED',
    'tls.cert-expired',
    /\b(?:CERT_HAS_EXPIRED|certificate has expired)\b/,
    30,
    'Error: certificate has expired (code: CERT_HAS_EXPIRED)',
  ),
  m(
    'node.DEPTH_ZERO_SELF_SIGNED_CERT',
    'tls.self-signed',
    /\b(?:DEPTH_ZERO_SELF_SIGNED_CERT|self[- ]signed certificate)\b(?! in certificate chain)/,
    28,
    'Error: self-signed certificate (code: DEPTH_ZERO_SELF_SIGNED_CERT)',
  ),
  m(
    'node.SELF_SIGNED_CERT_IN_CHAIN',
    'tls.self-signed-in-chain',
    /\b(?:SELF_SIGNED_CERT_IN_CHAIN|self[- ]signed certificate in certificate chain)\b/,
    40,
    'Error: self-signed certificate in certificate chain',
  ),
  m(
    'node.UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'tls.unknown-issuer',
    /\b(?:UNABLE_TO_GET_ISSUER_CERT_LOCALLY|unable to get local issuer certificate)\b/,
    38,
    'curl: (60) SSL certificate problem: unable to get local issuer certificate',
  ),
  m(
    'node.UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'tls.unverified-first-cert',
    /\b(?:UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate)\b/,
    38,
    'Error: unable to verify the first certificate (code: UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
  ),
  m(
    'node.ERR_TLS_CERT_ALTNAME_INVALID',
    'tls.hostname-mismatch',
    /\b(?:ERR_TLS_CERT_ALTNAME_INVALID|Hostname\/IP does not match certificate's altnames)\b.*/,
    40,
    "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:*.office365.com",
  ),
  // OpenSSL (s_client, curl, Node's TLS layer).
  m(
    'openssl.wrong-version-number',
    'tls.wrong-version-number',
    /\bwrong version number\b|WRONG_VERSION_NUMBER/i,
    35,
    '40E7B5A1E37F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../ssl/record/ssl3_record.c:354:',
  ),
  m(
    'openssl.handshake-failure',
    'tls.handshake-failed',
    /\b(?:sslv3 alert handshake failure|tlsv1 alert protocol version|no protocols available|unsupported protocol|no shared cipher)\b/i,
    30,
    'error:0A000410:SSL routines::sslv3 alert handshake failure',
  ),
  m('openssl.verify-ok', 'tls.ok', /Verify return code: 0 \(ok\)/, 40, 'Verify return code: 0 (ok)'),
  ...VERIFY_CODES.map(([code, cause, name]) =>
    m(
      `openssl.verify-${code}`,
      cause,
      new RegExp(String.raw`(?:Verify return code|verify error:num)[:=] ?${code}\b(?: \((?<name>[^)]*)\)|:(?<detail>[^\n]*))?`),
      45,
      `Verify return code: ${code} (${name})`,
      { evidence: { verifyCode: code } },
    ),
  ),
  m(
    'openssl.verify-other',
    'tls.verify-failed',
    /Verify return code: (?<code>[1-9]\d*) \((?<name>[^)]*)\)/,
    30,
    'Verify return code: 23 (certificate revoked)',
    { accept: (g) => !VERIFY_CODES.some(([c]) => String(c) === g.code) },
  ),
  // curl.
  m(
    'curl.hostname',
    'tls.hostname-mismatch',
    /SSL: no alternative certificate subject name matches target host name|SSL: certificate subject name .{1,120}? does not match target host name/,
    38,
    "curl: (60) SSL: no alternative certificate subject name matches target host name 'mail.example.com'",
  ),
  m('curl.resolve', 'tcp.name-not-resolved', /Could not resolve host:? (?<host>[\w.-]+)/, 40, 'curl: (6) Could not resolve host: email-app.serviceops.ai'),
  m(
    'curl.resolve-proxy',
    'http.proxy-unreachable',
    /Could not resolve proxy:? (?<host>[\w.-]+)|Failed to connect to proxy/i,
    45,
    'curl: (5) Could not resolve proxy: proxy.corp.local',
  ),
  m(
    'curl.timeout',
    'tcp.timeout',
    /(?:Connection timed out after \d+ milli(?:seconds)?|Failed to connect to (?<host>[\w.-]+) port (?<port>\d+)[^:]*: (?:Connection timed out|Timeout was reached))/,
    38,
    'curl: (28) Failed to connect to outlook.office365.com port 443 after 15001 ms: Timeout was reached',
  ),
  m(
    'curl.refused',
    'tcp.refused',
    /Failed to connect to (?<host>[\w.-]+) port (?<port>\d+)[^:]*: (?:Connection refused|Couldn't connect to server)/,
    38,
    "curl: (7) Failed to connect to localhost port 8443 after 0 ms: Couldn't connect to server",
  ),
  m(
    'curl.proxy-407',
    'http.proxy-auth-required',
    /(?:Received HTTP code 407 from proxy after CONNECT|\b407 Proxy Authentication Required)/i,
    45,
    'curl: (56) Received HTTP code 407 from proxy after CONNECT',
  ),
  m(
    'curl.proxy-status',
    'http.proxy-refused',
    /Received HTTP code (?<status>\d{3}) from proxy after CONNECT/,
    40,
    'curl: (56) Received HTTP code 403 from proxy after CONNECT',
    { accept: (g) => g.status !== '407' },
  ),
  m('generic.connection-timed-out', 'tcp.timeout', /\bConnection timed out\b/i, 10, 'Connection timed out'),
  // nc / telnet.
  m(
    'nc.succeeded',
    'tcp.connected',
    /Connection to (?<host>\S+) (?:\((?<address>[^)]+)\) )?(?<port>\d+) port \[[^\]]*\] succeeded!/,
    45,
    'Connection to smtp.office365.com 587 port [tcp/submission] succeeded!',
  ),
  m(
    'nc.refused',
    'tcp.refused',
    /connect to (?<host>\S+) port (?<port>\d+) \(tcp\) failed: Connection refused/,
    50,
    'nc: connect to smtp.gmail.com port 465 (tcp) failed: Connection refused',
  ),
  m(
    'nc.timeout',
    'tcp.timeout',
    /connect to (?<host>\S+) port (?<port>\d+) \(tcp\) (?:failed: Connection timed out|timed out: Operation now in progress)/,
    50,
    'nc: connect to imap.gmail.com port 993 (tcp) timed out: Operation now in progress',
  ),
  m(
    'nc.unreachable',
    'tcp.unreachable',
    /(?:connect to \S+ port \d+ \(tcp\) failed: |connect: )(?:No route to host|Network is unreachable)/,
    45,
    'nc: connect to outlook.office365.com port 993 (tcp) failed: No route to host',
  ),
  m(
    'resolver.not-known',
    'tcp.name-not-resolved',
    /(?:getaddrinfo(?: for host "(?<host>[^"]+)" port \d+)?: )?Name or service not known/,
    25,
    'nc: getaddrinfo for host "smtp.office356.com" port 587: Name or service not known',
  ),
  m('resolver.temporary', 'dns.server-unreachable', /Temporary failure in name resolution/, 35, 'ping: www.google.com: Temporary failure in name resolution'),
  // nslookup / dig.
  m(
    'nslookup.nxdomain',
    'dns.nxdomain',
    /server can't find (?<host>[\w.-]+): NXDOMAIN|status: NXDOMAIN/,
    45,
    "** server can't find email-app.serviceops.ai: NXDOMAIN",
  ),
  m('nslookup.servfail', 'dns.servfail', /server can't find (?<host>[\w.-]+): SERVFAIL|status: SERVFAIL/, 45, "** server can't find imap.gmail.com: SERVFAIL"),
  m('nslookup.refused', 'dns.refused', /server can't find (?<host>[\w.-]+): REFUSED|status: REFUSED/, 45, "** server can't find smtp.office365.com: REFUSED"),
  m('nslookup.answer', 'dns.resolves', /Non-authoritative answer:|status: NOERROR\b/, 30, 'Non-authoritative answer:'),
  m('nslookup.no-servers', 'dns.server-unreachable', /no servers could be reached/, 50, ';; connection timed out; no servers could be reached'),
  // Java (java.net, javax.net.ssl, JavaMail / Jakarta Mail nested exceptions).
  m(
    'java.UnknownHostException',
    'tcp.name-not-resolved',
    /java\.net\.UnknownHostException(?::\s*(?<host>[\w.-]+))?/,
    32,
    'java.net.UnknownHostException: smtp.office365.com',
  ),
  m(
    'java.ConnectException.refused',
    'tcp.refused',
    /java\.net\.ConnectException: Connection refused/,
    38,
    'java.net.ConnectException: Connection refused (Connection refused)',
  ),
  m(
    'java.connect-timeout',
    'tcp.timeout',
    /java\.net\.(?:SocketTimeoutException: [Cc]onnect timed out|ConnectException: Connection timed out)/,
    38,
    'java.net.SocketTimeoutException: connect timed out',
  ),
  m('java.read-timeout', 'tcp.read-timeout', /java\.net\.SocketTimeoutException: Read timed out/, 38, 'java.net.SocketTimeoutException: Read timed out'),
  m(
    'java.NoRouteToHostException',
    'tcp.unreachable',
    /java\.net\.NoRouteToHostException/,
    38,
    'java.net.NoRouteToHostException: No route to host (Host unreachable)',
  ),
  m(
    'java.pkix',
    'tls.java-pkix',
    /PKIX path (?:building|validation) failed|unable to find valid certification path to requested target|sun\.security\.validator\.ValidatorException/,
    36,
    'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
  ),
  m(
    'java.CertificateExpiredException',
    'tls.cert-expired',
    /java\.security\.cert\.CertificateExpiredException(?::\s*NotAfter:\s*(?<notAfter>[^\n;]+))?/,
    40,
    'java.security.cert.CertificateExpiredException: NotAfter: Sat Nov 01 23:59:59 UTC 2025',
  ),
  m(
    'java.CertificateNotYetValidException',
    'tls.cert-not-yet-valid',
    /java\.security\.cert\.CertificateNotYetValidException/,
    40,
    'java.security.cert.CertificateNotYetValidException: NotBefore: Mon Jan 05 00:00:00 UTC 2027',
  ),
  m(
    'java.no-subject-alt-name',
    'tls.hostname-mismatch',
    /No subject alternative (?:DNS )?names? matching (?:IP address )?(?<host>\S+) found|No name matching (?<name>\S+) found/,
    45,
    'java.security.cert.CertificateException: No subject alternative DNS name matching mail.example.com found.',
  ),
  m(
    'java.unrecognized-ssl',
    'tls.wrong-version-number',
    /Unrecognized SSL message, plaintext connection\?/,
    45,
    'javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?',
  ),
  m(
    'java.handshake-alert',
    'tls.handshake-failed',
    /javax\.net\.ssl\.SSLHandshakeException: (?:Received fatal alert: (?<alert>\w+)|No appropriate protocol.*|Remote host terminated the handshake)/,
    34,
    'javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure',
  ),
];
