// Causes for TLS and STARTTLS failures: the guide's `openssl s_client ... | grep Verify` as findings.
import { defineCauses } from './types.js';

const TLS = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check SSL/TLS certificate';

/** Every way a TLS connection or certificate check can go wrong, each its own cause. */
export const TLS_CAUSES = defineCauses({
  'tls.cert-expired': {
    title: 'Certificate has expired (verify code 10)',
    severity: 'fail',
    explanation:
      "The server presented a certificate whose validity period has ended. Clients that verify certificates, the helpdesk's Java runtime included, refuse the connection.",
    fixes: [
      {
        text: "If it is your server, renew and install the certificate. If it is a provider's, check this server's clock first, then report it to the provider.",
        commands: ['date -u', 'maildoctor tls <host>:<port>'],
      },
    ],
    reference: TLS,
  },
  'tls.cert-not-yet-valid': {
    title: 'Certificate is not yet valid (verify code 9)',
    severity: 'fail',
    explanation: "The certificate's start date lies in the future as seen by this server, almost always a wrong system clock here.",
    fixes: [{ text: "Correct this server's clock (enable NTP).", commands: ['timedatectl status'] }],
    reference: TLS,
  },
  'tls.expiring-soon': {
    title: 'Certificate expires soon',
    severity: 'warn',
    explanation: 'The certificate is valid today but runs out within the warning window; mail will stop when it does.',
    fixes: [{ text: 'Renew the certificate before it expires (or make sure the provider does).' }],
    reference: TLS,
  },
  'tls.self-signed': {
    title: 'Self-signed certificate (verify code 18)',
    severity: 'fail',
    explanation:
      "The server's certificate is signed by itself, so no trusted authority vouches for it. Typical of a default appliance certificate or an intercepting proxy.",
    fixes: [
      {
        text: 'Install a certificate from a trusted CA on the server, or, if this self-signed certificate is intended, trust it explicitly.',
        commands: ['maildoctor tls <host>:<port> --ca /path/to/that-cert.pem'],
      },
    ],
    reference: TLS,
  },
  'tls.self-signed-in-chain': {
    title: 'Self-signed certificate in the chain (verify code 19)',
    severity: 'fail',
    explanation: "The chain ends in a root that is not in this machine's trust store, often a company's TLS-inspecting proxy or a private CA.",
    fixes: [
      {
        text: 'Add the private or proxy root CA to the system store (and to the Java cacerts of the helpdesk).',
        commands: ['cp root.crt /usr/local/share/ca-certificates/ && update-ca-certificates'],
      },
    ],
    reference: TLS,
  },
  'tls.unknown-issuer': {
    title: 'Unable to get local issuer certificate (verify code 20)',
    severity: 'fail',
    explanation:
      "The issuer of the certificate is not in this machine's trust store: an untrusted CA, a missing intermediate, or a stale CA bundle. The guide reads code 20 as an untrusted CA or expired certificate.",
    fixes: [
      { text: 'Refresh the CA bundle of this server.', commands: ['update-ca-certificates', 'ls /etc/ssl/certs/ | head -5'] },
      {
        text: 'If the server uses a private CA, pass it for this test and add it to the trust stores.',
        commands: ['maildoctor tls <host>:<port> --ca ca.pem'],
      },
    ],
    reference: TLS,
  },
  'tls.unverified-first-cert': {
    title: 'Unable to verify the first certificate (verify code 21)',
    severity: 'fail',
    explanation:
      'The server sent its own certificate without the intermediate certificates that link it to a trusted root. Browsers sometimes fill the gap; mail clients and Java do not.',
    fixes: [{ text: 'Configure the server to send the full chain (leaf plus intermediates).' }],
    reference: TLS,
  },
  'tls.hostname-mismatch': {
    title: 'Certificate does not match the host name (verify code 62)',
    severity: 'fail',
    explanation:
      "The certificate is valid but issued for other names than the one connected to. Either the host name in the settings is not the provider's official one, or something else answers on that address.",
    fixes: [
      { text: 'Use the host name the certificate lists (see subjectAltName in the evidence), e.g. smtp.office365.com rather than an alias or an IP address.' },
    ],
    reference: TLS,
  },
  'tls.wrong-version-number': {
    title: 'TLS spoken to a plain-text port, or the reverse',
    severity: 'fail',
    explanation:
      'The client started a TLS handshake but the server answered in plain text (or the other way round). Classic mix-up: implicit TLS on 587/143/110, which expect STARTTLS, or STARTTLS on 465/993/995, which expect TLS at once.',
    fixes: [{ text: 'Match the security mode to the port: 465, 993 and 995 use SSL/TLS; 587, 143 and 110 use STARTTLS.' }],
    reference: 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Outgoing Email Server',
  },
  'tls.handshake-failed': {
    title: 'TLS handshake failed',
    severity: 'fail',
    explanation:
      'Client and server could not agree on a TLS version or cipher, or the server aborted the handshake (for example an old server that offers only TLS 1.0, or a client certificate demanded).',
    fixes: [
      {
        text: "Compare with openssl to see the server's protocol and ciphers; old servers need upgrading to TLS 1.2 or later.",
        commands: ['openssl s_client -connect <host>:<port> -tls1_2'],
      },
    ],
    reference: TLS,
  },
  'tls.handshake-timeout': {
    title: 'TLS handshake did not complete in time',
    severity: 'fail',
    explanation:
      'The TCP connection opened but the server never finished the TLS handshake: a middlebox that swallows TLS, an overloaded server, or a port that expects plain text first.',
    fixes: [{ text: 'Check whether a proxy or firewall inspects this traffic, and whether the port expects STARTTLS rather than implicit TLS.' }],
    reference: TLS,
  },
  'tls.java-pkix': {
    title: "Java does not trust the server's certificate chain (PKIX path building failed)",
    severity: 'fail',
    explanation:
      "The Java runtime of the helpdesk found no trusted root for the server's chain in its own trust store (cacerts), which is separate from the operating system's. Typical after a provider changes CA, with an intercepting proxy, or with an old JRE.",
    fixes: [
      { text: 'Compare the OS store and the Java store for this server.', commands: ['maildoctor ca-store <host>:<port>'] },
      {
        text: 'Import the missing root into the cacerts of the JRE the helpdesk runs with, then restart the service.',
        commands: ['keytool -importcert -cacerts -storepass changeit -alias <alias> -file root.pem'],
      },
    ],
    reference: TLS,
  },
  'tls.verify-failed': {
    title: 'Certificate verification failed',
    severity: 'fail',
    explanation:
      'The certificate chain did not verify for a reason other than the common ones (revoked, bad signature, a CA used outside its purpose, a chain too long). Clients that verify certificates refuse it.',
    fixes: [
      {
        text: "Inspect the chain in the evidence and compare with openssl; the server's certificate setup needs correcting.",
        commands: ['openssl s_client -connect <host>:<port> -showcerts'],
      },
    ],
    reference: TLS,
  },
  'tls.ok': {
    title: 'TLS handshake and certificate are fine',
    severity: 'info',
    explanation:
      'The handshake completed and the certificate chain verified against the trust store for the host name, the same as openssl printing "Verify return code: 0 (ok)".',
    fixes: [{ text: 'Nothing to fix at this layer; if mail still fails, look at authentication next.' }],
    reference: TLS,
  },
  'tls.starttls-not-offered': {
    title: 'Server does not offer STARTTLS',
    severity: 'fail',
    explanation:
      "The server's capability list has no STARTTLS (or STLS for POP3), so the connection cannot be encrypted on this port. Credentials would travel in clear text.",
    fixes: [{ text: 'Use the implicit-TLS port instead (465, 993, 995), or enable STARTTLS on the server.' }],
    reference: 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Outgoing Email Server',
  },
  'tls.starttls-refused': {
    title: 'Server refused the STARTTLS command',
    severity: 'fail',
    explanation:
      'The server advertised or accepted the dialogue but answered the STARTTLS command with an error, often a temporary TLS problem on the server side.',
    fixes: [{ text: "Retry later; if it persists, the mail server's TLS configuration needs attention." }],
    reference: TLS,
  },
  'tls.no-greeting': {
    title: 'No greeting from the server within the timeout',
    severity: 'fail',
    explanation:
      'The TCP connection opened but the server said nothing. Either it waits for a TLS handshake (an implicit-TLS port used as plain text), or something in between holds the connection open without passing data.',
    fixes: [{ text: 'Check the security mode for this port, and whether a proxy intercepts the connection.' }],
    reference: TLS,
  },
  'tls.server-busy': {
    title: 'Server answered 421 / busy instead of a greeting',
    severity: 'fail',
    explanation: 'The server refused the session at once with a temporary error: too many connections, rate limiting, or the service shutting down.',
    fixes: [{ text: 'Retry later and reduce parallel connections; if it persists, ask the provider about limits on this sender IP.' }],
    reference: TLS,
  },
  'tls.bad-greeting': {
    title: 'Unexpected greeting: this is not the expected protocol',
    severity: 'fail',
    explanation: 'The server answered, but not with the greeting of the protocol expected on this port (for example an HTTP or SSH banner, or binary data).',
    fixes: [{ text: 'Check the port number and protocol in the server settings.' }],
    reference: TLS,
  },
});
