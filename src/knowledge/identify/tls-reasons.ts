// Reason words of TLS failures as libraries other than OpenSSL and Node.js word them (Java, .NET, Ruby, rustls,
// Python, mail clients): read only when the text is about TLS or certificates.
import type { CauseId } from '../index.js';
import { codeFinding } from './code-finding.js';
import type { Identified } from './types.js';

/** The text is about TLS: without these words the reasons below mean nothing. */
const TLS_CONTEXT = /\b(?:ssl|tls|certificate|cert|handshake|x509|pkix|starttls)\b|\bSSL_\w+|certificate/i;

/** Ordered: the first pattern that matches names the reason. */
const REASONS: ReadonlyArray<[RegExp, CauseId]> = [
  [
    /\b(?:(?<!\bissuer name )does ?n[o']t match|not valid for name|notvalidforname|name mismatch|hostname mismatch|not match(?:ing)? (?:the )?host ?name|no subject alternative names?|certificate is valid for\b[^\n]*\bnot)\b/i,
    'tls.hostname-mismatch',
  ],
  [/\bself[- ]?signed\b.*\bchain\b/i, 'tls.self-signed-in-chain'],
  [/\bself[- ]?signed\b/i, 'tls.self-signed'],
  [/\b(?:certificate|cert)\b.*\b(?:has expired|is expired|expired on|notafter)\b|\bcertificate expired\b|\bnottimevalid\b/i, 'tls.cert-expired'],
  [
    /\b(?:tls|ssl) ?v?1\.[01]\b.*\bnot supported\b|\bprotocol version\b|\bno appropriate protocol\b|\bunsupported protocol\b|\bversion too low\b|\bdh[ _]key[ _]too[ _]small\b|\bweak ephemeral diffie-hellman\b|\bdoes not comply to algorithm constraints\b/i,
    'tls.protocol-version',
  ],
  [/\b(?:wrong version number|unrecognized ssl message|plaintext connection|unknown protocol)\b/i, 'tls.wrong-version-number'],
  [/\b(?:revocation (?:status|check|server)|revocation function|revocationstatusunknown|offlinerevocation|crl|ocsp)\b/i, 'tls.verify-failed'],
  [/\b(?:partial ?chain|incomplete (?:certificate )?chain|missing intermediate|chain could not be built)\b/i, 'tls.unverified-first-cert'],
  [
    /\b(?:unknown (?:ca|issuer|authority)|issuer is not recognized|untrusted root|not trusted|unable to get (?:local )?issuer|issuer certificate|chain errors?|unknownissuer|unknown_issuer|untrustedroot|untrusted_root|cannot be authenticated with (?:the )?given ca certificates|not issued by a trusted (?:certificate )?authority|does not chain with any of the trust anchors)\b/i,
    'tls.unknown-issuer',
  ],
  [
    /\b(?:handshake (?:failed|failure|error|eof|timed out|timeout|aborted|interrupted)|failed (?:the )?handshake|handshake_failure)\b|alert ?received\W*handshake ?failure\b/i,
    'tls.handshake-failed',
  ],
  // A timeout whose phase is the setting up of the secure channel, however the library names that phase: PHP streams'
  // "SSL: crypto enabling timeout", "TLS negotiation timed out", "SSL_connect timed out", Python's "The handshake
  // operation timed out", "Timed out while waiting for TLS handshake".
  [
    /\b(?:crypto enabling|enabl(?:e|ing) crypto|(?:tls|ssl) negotiation|SSL_connect|handshake operation)\s*(?:timeout|timed out)\b|\b(?:timed out|timeout)\b[^.\n]{0,30}\b(?:tls|ssl) handshake\b/i,
    'tls.handshake-failed',
  ],
  // The secure channel named with a verdict, however a library words it: "TLS negotiation failed", "STARTTLS
  // negotiation failed", "Failed to establish TLS connection", "could not start TLS".
  [
    /\b(?:start)?(?:tls|ssl)\b[^.\n]{0,12}\b(?:negotiation|session|connection|channel)\b[^.\n]{0,12}\b(?:failed|failure|error|could not be established|not established)\b|\b(?:failed|unable|could not|couldn't|cannot|can't) (?:to )?(?:establish|negotiate|start|initiate|complete)\b[^.\n]{0,15}\b(?:tls|ssl)\b/i,
    'tls.handshake-failed',
  ],
  [/\b(?:certificate (?:verify|verification|validation) (?:failed|error)|invalid (?:peer )?certificate|bad certificate)\b/i, 'tls.verify-failed'],
];

/** The TLS reason a text states, as a code-layer finding. */
export function tlsReasonFindings(text: string): Identified[] {
  if (!TLS_CONTEXT.test(text)) return [];
  const hit = REASONS.find(([re]) => re.test(text));
  if (!hit) return [];
  const m = hit[0].exec(text);
  return [codeFinding(hit[1], m?.[0] ?? '', 27, { source: 'TLS reason words (Java JSSE, .NET SslPolicyErrors, Ruby OpenSSL, rustls, Python ssl)' })];
}
