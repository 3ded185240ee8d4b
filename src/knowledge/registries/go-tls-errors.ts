// Go's TLS and certificate errors as Go programs print them (gomail, go-mail, Gitea, Grafana, gophish and every other
// mail sender built on net/smtp): crypto/x509's verification errors and crypto/tls's own and the peer's alerts.
import { defineRegistry } from './types.js';

/** Keyed by the Go error (type and reason, or the alert); `text` is the message as Go formats it, up to its first argument. */
export const GO_TLS_ERRORS = defineRegistry(
  'Go standard library: crypto/x509 (HostnameError, CertificateInvalidError reasons, SystemRootsError) and crypto/tls (handshake errors and alert texts), net (ErrClosed)',
  {
    'x509.HostnameError': {
      text: 'x509: certificate is valid for',
      meaning: 'the certificate names other hosts than the one connected to (Go prints the names it is valid for, then the host wanted)',
      cause: 'tls.hostname-mismatch',
    },
    'x509.NotAuthorizedToSign': { text: 'x509: certificate is not authorized to sign other certificates', cause: 'tls.verify-failed' },
    'x509.CANotAuthorizedForThisName': { text: 'x509: a root or intermediate certificate is not authorized to sign for this name', cause: 'tls.verify-failed' },
    'x509.TooManyIntermediates': { text: 'x509: too many intermediates for path length constraint', cause: 'tls.verify-failed' },
    'x509.IncompatibleUsage': { text: 'x509: certificate specifies an incompatible key usage', cause: 'tls.verify-failed' },
    'x509.NameMismatch': {
      text: 'x509: issuer name does not match subject from issuing certificate',
      meaning: 'the chain is put together wrongly: a certificate names an issuer that is not the next certificate',
      cause: 'tls.verify-failed',
    },
    'x509.SystemRootsError': {
      text: 'x509: failed to load system roots and no roots provided',
      meaning: 'the program found no CA bundle at all (typical of a minimal container image)',
      cause: 'tls.unknown-issuer',
    },
    'tls.noVersions': { text: 'tls: no supported versions satisfy MinVersion and MaxVersion', cause: 'tls.protocol-version' },
    'tls.noCipherSuite': { text: 'tls: no cipher suite supported by both client and server', cause: 'tls.protocol-version' },
    'tls.unsupportedVersion': { text: 'tls: server selected unsupported protocol version', cause: 'tls.protocol-version' },
    'tls.alertUnknownCA': {
      text: 'remote error: tls: unknown certificate authority',
      meaning: 'the peer does not trust the certificate this side presented',
      cause: 'tls.handshake-failed',
    },
    'tls.alertUnrecognizedName': {
      text: 'remote error: tls: unrecognized name',
      meaning: 'the server has no certificate for the name the client asked for (SNI)',
      cause: 'tls.hostname-mismatch',
    },
    'tls.alertInsufficientSecurity': { text: 'remote error: tls: insufficient security level', cause: 'tls.protocol-version' },
    'tls.alertInappropriateFallback': { text: 'remote error: tls: inappropriate fallback', cause: 'tls.protocol-version' },
    'net.ErrClosed': {
      text: 'use of closed network connection',
      meaning: 'the connection was already closed, usually after the server hung up or an earlier error',
      cause: 'mail.connection-closed',
    },
  },
);
