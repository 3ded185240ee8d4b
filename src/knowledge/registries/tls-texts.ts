// TLS failure texts: Node.js's own TLS error codes, and the OpenSSL SSL-library reason strings that Node.js turns into
// ERR_SSL_* codes and that s_client, curl, Python and others print.
import { defineRegistry } from './types.js';

/** Node.js TLS and socket error codes with the message Node.js gives them. */
export const NODE_TLS_ERRORS = defineRegistry('Node.js documentation: Errors (Node.js error codes), messages as Node.js 20 formats them', {
  ERR_TLS_CERT_ALTNAME_INVALID: { text: "Hostname/IP does not match certificate's altnames", cause: 'tls.hostname-mismatch' },
  ERR_TLS_CERT_ALTNAME_FORMAT: { text: 'Invalid subject alternative name string', cause: 'tls.verify-failed' },
  ERR_TLS_HANDSHAKE_TIMEOUT: { text: 'TLS handshake timeout', cause: 'tls.handshake-timeout' },
  ERR_TLS_DH_PARAM_SIZE: { text: 'DH parameter size is less than 2048', cause: 'tls.handshake-failed' },
  ERR_TLS_INVALID_PROTOCOL_VERSION: { text: 'is not a valid TLS protocol version', cause: 'tls.protocol-version' },
  ERR_TLS_PROTOCOL_VERSION_CONFLICT: { text: 'TLS protocol version conflicts with secureProtocol', cause: 'tls.protocol-version' },
  ERR_TLS_INVALID_STATE: { text: 'TLS socket connection must be securely established', cause: 'tls.handshake-failed' },
  ERR_TLS_RENEGOTIATION_DISABLED: { text: 'TLS session renegotiation disabled for this socket', cause: 'tls.handshake-failed' },
  ERR_TLS_SESSION_ATTACK: { text: 'TLS session renegotiation attack detected', cause: 'tls.handshake-failed' },
  ERR_SOCKET_CLOSED: { text: 'Socket is closed', cause: 'mail.connection-closed' },
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: { text: 'Socket closed before the connection was established', cause: 'mail.connection-closed' },
  ERR_SOCKET_CONNECTION_TIMEOUT: { text: 'Socket connection timeout', cause: 'tcp.timeout' },
});

/** OpenSSL SSL-library reason strings met on mail connections (Node.js reports them as ERR_SSL_<TEXT IN CAPITALS>). */
export const SSL_REASONS = defineRegistry('OpenSSL 3.0 SSL library reason strings (ERR_reason_error_string)', {
  'wrong version number': { text: 'wrong version number', cause: 'tls.wrong-version-number' },
  'http request': { text: 'http request', cause: 'tls.wrong-version-number' },
  'packet length too long': { text: 'packet length too long', cause: 'tls.wrong-version-number' },
  'unknown protocol': { text: 'unknown protocol', cause: 'tls.wrong-version-number' },
  'bad packet length': { text: 'bad packet length', cause: 'tls.wrong-version-number' },
  'record layer failure': {
    text: 'record layer failure',
    cause: 'tls.wrong-version-number',
    meaning: 'what came back was not a TLS record (OpenSSL 3.2 and later say this where older versions said "wrong version number")',
  },
  'unsupported protocol': { text: 'unsupported protocol', cause: 'tls.protocol-version' },
  'no protocols available': { text: 'no protocols available', cause: 'tls.protocol-version' },
  'bad protocol version number': { text: 'bad protocol version number', cause: 'tls.protocol-version' },
  'unsupported ssl version': { text: 'unsupported ssl version', cause: 'tls.protocol-version' },
  'tlsv1 alert protocol version': { text: 'tlsv1 alert protocol version', cause: 'tls.protocol-version' },
  'tlsv1 alert inappropriate fallback': { text: 'tlsv1 alert inappropriate fallback', cause: 'tls.protocol-version' },
  'sslv3 alert handshake failure': { text: 'sslv3 alert handshake failure', cause: 'tls.handshake-failed' },
  'ssl handshake failure': { text: 'ssl handshake failure', cause: 'tls.handshake-failed' },
  'no shared cipher': { text: 'no shared cipher', cause: 'tls.protocol-version' },
  'no ciphers available': { text: 'no ciphers available', cause: 'tls.protocol-version' },
  'dh key too small': { text: 'dh key too small', cause: 'tls.handshake-failed' },
  'unsafe legacy renegotiation disabled': { text: 'unsafe legacy renegotiation disabled', cause: 'tls.handshake-failed' },
  'legacy sigalg disallowed or unsupported': { text: 'legacy sigalg disallowed or unsupported', cause: 'tls.handshake-failed' },
  'tlsv1 alert internal error': { text: 'tlsv1 alert internal error', cause: 'tls.handshake-failed' },
  'tlsv1 alert insufficient security': { text: 'tlsv1 alert insufficient security', cause: 'tls.protocol-version' },
  'tlsv1 alert access denied': { text: 'tlsv1 alert access denied', cause: 'tls.handshake-failed' },
  'tlsv1 alert decode error': { text: 'tlsv1 alert decode error', cause: 'tls.handshake-failed' },
  'tlsv1 alert decrypt error': { text: 'tlsv1 alert decrypt error', cause: 'tls.handshake-failed' },
  'sslv3 alert illegal parameter': { text: 'sslv3 alert illegal parameter', cause: 'tls.handshake-failed' },
  'sslv3 alert unexpected message': { text: 'sslv3 alert unexpected message', cause: 'tls.handshake-failed' },
  'sslv3 alert bad record mac': { text: 'sslv3 alert bad record mac', cause: 'tls.handshake-failed' },
  'tlsv13 alert certificate required': { text: 'tlsv13 alert certificate required', cause: 'tls.handshake-failed' },
  'tlsv1 alert unknown ca': {
    text: 'tlsv1 alert unknown ca',
    cause: 'tls.handshake-failed',
    meaning: 'the peer does not trust the certificate this side presented',
  },
  'sslv3 alert bad certificate': {
    text: 'sslv3 alert bad certificate',
    cause: 'tls.handshake-failed',
    meaning: 'the peer refused the certificate this side presented',
  },
  'sslv3 alert certificate expired': {
    text: 'sslv3 alert certificate expired',
    cause: 'tls.handshake-failed',
    meaning: "the peer found this side's certificate expired",
  },
  'sslv3 alert certificate unknown': { text: 'sslv3 alert certificate unknown', cause: 'tls.handshake-failed' },
  'sslv3 alert certificate revoked': { text: 'sslv3 alert certificate revoked', cause: 'tls.handshake-failed' },
  'sslv3 alert unsupported certificate': { text: 'sslv3 alert unsupported certificate', cause: 'tls.handshake-failed' },
  'certificate verify failed': { text: 'certificate verify failed', cause: 'tls.verify-failed' },
  'unexpected eof while reading': { text: 'unexpected eof while reading', cause: 'mail.connection-closed' },
  'tlsv1 unrecognized name': { text: 'tlsv1 unrecognized name', cause: 'tls.hostname-mismatch' },
});
