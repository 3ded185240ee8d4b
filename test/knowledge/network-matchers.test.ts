// Network, DNS, TLS and proxy wordings from Node, curl, nc, nslookup, openssl and Java, recognised by `maildoctor explain`.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/checks/explain.js';
import { NETWORK_MATCHERS } from '../../src/knowledge/network-matchers.js';
import { matchText } from '../../src/knowledge/match.js';
import { runJson } from '../helpers/cli.js';
import type { CauseId } from '../../src/knowledge/index.js';

/** Real wordings as the tools print them, each with the cause it must map to. */
const WORDINGS: Array<[string, CauseId]> = [
  ['Error: getaddrinfo ENOTFOUND smtp.office365.com', 'tcp.name-not-resolved'],
  ['Error: getaddrinfo EAI_AGAIN imap.gmail.com', 'dns.server-unreachable'],
  ['Error: connect ECONNREFUSED 127.0.0.1:587', 'tcp.refused'],
  ['connect ETIMEDOUT 142.250.102.108:993', 'tcp.timeout'],
  ['Error: connect EHOSTUNREACH 10.1.2.3:25 - Local (10.1.2.4:51234)', 'tcp.unreachable'],
  ['Error: read ECONNRESET', 'tcp.reset'],
  ['Error: certificate has expired', 'tls.cert-expired'],
  ['Error: self-signed certificate', 'tls.self-signed'],
  ['Error: self signed certificate in certificate chain', 'tls.self-signed-in-chain'],
  ['curl: (60) SSL certificate problem: unable to get local issuer certificate', 'tls.unknown-issuer'],
  ['Error: unable to verify the first certificate', 'tls.unverified-first-cert'],
  [
    "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:*.office365.com",
    'tls.hostname-mismatch',
  ],
  ['Error: Client network socket disconnected before secure TLS connection was established', 'tls.handshake-failed'],
  ['C0B7C4D8E07F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../ssl/record/ssl3_record.c:355:', 'tls.wrong-version-number'],
  ['Verify return code: 0 (ok)', 'tls.ok'],
  ['Verify return code: 20 (unable to get local issuer certificate)', 'tls.unknown-issuer'],
  ['Verify return code: 10 (certificate has expired)', 'tls.cert-expired'],
  ['Verify return code: 18 (self-signed certificate)', 'tls.self-signed'],
  ['Verify return code: 21 (unable to verify the first certificate)', 'tls.unverified-first-cert'],
  ['Verify return code: 62 (hostname mismatch)', 'tls.hostname-mismatch'],
  ['Verify return code: 23 (certificate revoked)', 'tls.verify-failed'],
  ['verify error:num=20:unable to get local issuer certificate', 'tls.unknown-issuer'],
  ['curl: (6) Could not resolve host: email-app.serviceops.ai', 'tcp.name-not-resolved'],
  ['curl: (28) Connection timed out after 15001 milliseconds', 'tcp.timeout'],
  ['curl: (28) Failed to connect to outlook.office365.com port 443 after 15000 ms: Timeout was reached', 'tcp.timeout'],
  ['curl: (7) Failed to connect to imap.gmail.com port 443 after 3 ms: Connection refused', 'tcp.refused'],
  ['curl: (56) Received HTTP code 407 from proxy after CONNECT', 'http.proxy-auth-required'],
  ['curl: (56) Received HTTP code 403 from proxy after CONNECT', 'http.proxy-refused'],
  ['curl: (5) Could not resolve proxy: proxy.corp.local', 'http.proxy-unreachable'],
  ['Connection to smtp.office365.com 587 port [tcp/submission] succeeded!', 'tcp.connected'],
  ['nc: connect to smtp.gmail.com port 465 (tcp) failed: Connection refused', 'tcp.refused'],
  ['nc: connect to imap.gmail.com port 993 (tcp) failed: Connection timed out', 'tcp.timeout'],
  ['nc: connect to outlook.office365.com port 993 (tcp) failed: No route to host', 'tcp.unreachable'],
  ['nc: getaddrinfo for host "smtp.office356.com" port 587: Name or service not known', 'tcp.name-not-resolved'],
  ['ping: www.google.com: Temporary failure in name resolution', 'dns.server-unreachable'],
  ["** server can't find email-app.serviceops.ai: NXDOMAIN", 'dns.nxdomain'],
  ["** server can't find imap.gmail.com: SERVFAIL", 'dns.servfail'],
  [';; connection timed out; no servers could be reached', 'dns.server-unreachable'],
  ['Non-authoritative answer:', 'dns.resolves'],
  [';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 41838', 'dns.nxdomain'],
  ['java.net.UnknownHostException: smtp.office365.com', 'tcp.name-not-resolved'],
  ['java.net.ConnectException: Connection refused (Connection refused)', 'tcp.refused'],
  ['java.net.SocketTimeoutException: connect timed out', 'tcp.timeout'],
  ['java.net.SocketTimeoutException: Read timed out', 'tcp.read-timeout'],
  ['java.net.NoRouteToHostException: No route to host (Host unreachable)', 'tcp.unreachable'],
  [
    'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
    'tls.java-pkix',
  ],
  [
    'sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
    'tls.java-pkix',
  ],
  ['Caused by: java.security.cert.CertificateExpiredException: NotAfter: Sat Nov 01 23:59:59 UTC 2025', 'tls.cert-expired'],
  ['java.security.cert.CertificateException: No subject alternative DNS name matching mail.example.com found.', 'tls.hostname-mismatch'],
  ['javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?', 'tls.wrong-version-number'],
  ['javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure', 'tls.handshake-failed'],
];

describe('network matchers', () => {
  it.each(WORDINGS)('%s -> %s', (text, cause) => {
    expect(matchText(text).map((m) => m.cause)).toContain(cause);
  });
  it('every matcher recognises its own example', () => {
    for (const m of NETWORK_MATCHERS)
      expect(
        matchText(m.example).map((x) => x.cause),
        m.id,
      ).toContain(m.cause);
  });
  it('captures host and port as evidence', () => {
    const [m] = matchText('Error: connect ECONNREFUSED 40.99.10.2:587').filter((x) => x.cause === 'tcp.refused');
    expect(m?.captures).toMatchObject({ address: '40.99.10.2', port: '587' });
  });
  it('a JavaMail connect failure with its nested cause on the next line gives both', () => {
    const text =
      "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.office365.com, 587; timeout -1;\n  nested exception is:\n\tjava.net.UnknownHostException: smtp.office365.com";
    const found = text.split('\n').flatMap((line) => matchText(line).map((m) => m.cause));
    expect(found).toContain('tcp.name-not-resolved');
    expect(found.length).toBeGreaterThanOrEqual(2);
  });
  it('unrelated text does not match a network cause', () => {
    expect(explainText('The quick brown fox jumps over the lazy dog').findings[0]?.cause).toBe('explain.no-match');
  });
  it('maildoctor explain reports the cause with its fix for a pasted Java exception', async () => {
    const { report } = await runJson(['explain', 'javax.net.ssl.SSLHandshakeException: PKIX path building failed']);
    const f = report.results[0].findings[0];
    expect(f.cause).toBe('tls.java-pkix');
    expect(f.fixes[0].commands.join(' ')).toContain('maildoctor ca-store');
  });
});
