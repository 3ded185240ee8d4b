// Maps Node's TLS error codes and messages to TLS causes and openssl-style verify codes.
import type { TLS_CAUSES } from './tls-causes.js';

type TlsCause = keyof typeof TLS_CAUSES;

/** The openssl verify result a technician knows from `s_client`: code and name. */
export interface VerifyResult {
  code: number;
  name: string;
}

const BY_CODE: Record<string, { cause: TlsCause; verify: VerifyResult }> = {
  CERT_HAS_EXPIRED: { cause: 'tls.cert-expired', verify: { code: 10, name: 'certificate has expired' } },
  CERT_NOT_YET_VALID: { cause: 'tls.cert-not-yet-valid', verify: { code: 9, name: 'certificate is not yet valid' } },
  DEPTH_ZERO_SELF_SIGNED_CERT: { cause: 'tls.self-signed', verify: { code: 18, name: 'self-signed certificate' } },
  SELF_SIGNED_CERT_IN_CHAIN: { cause: 'tls.self-signed-in-chain', verify: { code: 19, name: 'self-signed certificate in certificate chain' } },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: { cause: 'tls.unknown-issuer', verify: { code: 20, name: 'unable to get local issuer certificate' } },
  UNABLE_TO_GET_ISSUER_CERT: { cause: 'tls.unknown-issuer', verify: { code: 2, name: 'unable to get issuer certificate' } },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { cause: 'tls.unverified-first-cert', verify: { code: 21, name: 'unable to verify the first certificate' } },
  ERR_TLS_CERT_ALTNAME_INVALID: { cause: 'tls.hostname-mismatch', verify: { code: 62, name: 'hostname mismatch' } },
  HOSTNAME_MISMATCH: { cause: 'tls.hostname-mismatch', verify: { code: 62, name: 'hostname mismatch' } },
  CERT_SIGNATURE_FAILURE: { cause: 'tls.verify-failed', verify: { code: 7, name: 'certificate signature failure' } },
  CERT_REVOKED: { cause: 'tls.verify-failed', verify: { code: 23, name: 'certificate revoked' } },
  INVALID_CA: { cause: 'tls.verify-failed', verify: { code: 24, name: 'invalid CA certificate' } },
  CERT_CHAIN_TOO_LONG: { cause: 'tls.verify-failed', verify: { code: 22, name: 'certificate chain too long' } },
  INVALID_PURPOSE: { cause: 'tls.verify-failed', verify: { code: 26, name: 'unsupported certificate purpose' } },
  CERT_UNTRUSTED: { cause: 'tls.unknown-issuer', verify: { code: 27, name: 'certificate not trusted' } },
  CERT_REJECTED: { cause: 'tls.verify-failed', verify: { code: 28, name: 'certificate rejected' } },
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: { cause: 'tls.verify-failed', verify: { code: 4, name: "unable to decrypt certificate's signature" } },
  ERROR_IN_CERT_NOT_AFTER_FIELD: { cause: 'tls.verify-failed', verify: { code: 14, name: "format error in certificate's notAfter field" } },
};

/** The verify result of a connection that verified fine. */
export const VERIFY_OK: VerifyResult = { code: 0, name: 'ok' };

/** The TLS cause and verify result of a certificate error code, if it is one. */
export function certificateError(code: string | undefined): { cause: TlsCause; verify: VerifyResult } | undefined {
  return code ? BY_CODE[code] : undefined;
}

/** The TLS cause of a handshake error that is not about the certificate (wrong version, alerts). */
export function handshakeErrorCause(err: { code?: string; message?: string }): TlsCause | undefined {
  const text = `${err.code ?? ''} ${err.message ?? ''}`;
  if (/wrong version number|WRONG_VERSION_NUMBER|packet length too long|unknown protocol|http request/i.test(text)) return 'tls.wrong-version-number';
  if (/handshake failure|alert|no shared cipher|unsupported protocol|ERR_SSL|EPROTO|ECONNRESET.*handshake|socket disconnected before secure/i.test(text))
    return 'tls.handshake-failed';
  return undefined;
}
