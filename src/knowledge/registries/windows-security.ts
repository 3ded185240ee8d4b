// Windows security status codes that Schannel (and so .NET SslStream, SmtpClient, MailKit, curl built on Schannel,
// Rust's native-tls) returns when a TLS handshake or certificate check fails, and .NET's certificate chain status flags.
import type { CauseId } from '../index.js';

/** One Windows security status: its winerror.h name, its HRESULT and the message Windows gives it. */
export interface WindowsSecurityStatus {
  name: string;
  hresult: number;
  text: string;
  cause: CauseId;
  /** Our words on what the status means on a mail connection, where the message does not say it plainly. */
  meaning?: string;
}

/** Where the codes and texts come from. */
export const WINDOWS_SECURITY_SOURCE = 'Microsoft Learn: COM Error Codes (Security and Setup), winerror.h SEC_E_*, CERT_E_* and CRYPT_E_* values';

/** The statuses a mail client meets, transcribed from winerror.h (name, value, message). */
export const WINDOWS_SECURITY: readonly WindowsSecurityStatus[] = [
  {
    name: 'SEC_E_UNSUPPORTED_FUNCTION',
    hresult: 0x80090302,
    text: 'The function requested is not supported',
    cause: 'tls.protocol-version',
    meaning: 'the TLS version or option asked for is disabled on this Windows host',
  },
  { name: 'SEC_E_INTERNAL_ERROR', hresult: 0x80090304, text: 'The Local Security Authority cannot be contacted', cause: 'tls.handshake-failed' },
  {
    name: 'SEC_E_INVALID_TOKEN',
    hresult: 0x80090308,
    text: 'The token supplied to the function is invalid',
    cause: 'tls.wrong-version-number',
    meaning: 'what the server sent was not a TLS handshake: usually TLS spoken to a plain-text port',
  },
  {
    name: 'SEC_E_MESSAGE_ALTERED',
    hresult: 0x8009030f,
    text: 'The message or signature supplied for verification has been altered',
    cause: 'tls.handshake-failed',
  },
  {
    name: 'SEC_E_INCOMPLETE_MESSAGE',
    hresult: 0x80090318,
    text: 'The supplied message is incomplete. The signature was not verified',
    cause: 'tls.handshake-failed',
  },
  { name: 'SEC_E_WRONG_PRINCIPAL', hresult: 0x80090322, text: 'The target principal name is incorrect', cause: 'tls.hostname-mismatch' },
  {
    name: 'SEC_E_UNTRUSTED_ROOT',
    hresult: 0x80090325,
    text: 'The certificate chain was issued by an authority that is not trusted',
    cause: 'tls.unknown-issuer',
  },
  { name: 'SEC_E_ILLEGAL_MESSAGE', hresult: 0x80090326, text: 'The message received was unexpected or badly formatted', cause: 'tls.handshake-failed' },
  { name: 'SEC_E_CERT_UNKNOWN', hresult: 0x80090327, text: 'An unknown error occurred while processing the certificate', cause: 'tls.verify-failed' },
  { name: 'SEC_E_CERT_EXPIRED', hresult: 0x80090328, text: 'The received certificate has expired', cause: 'tls.cert-expired' },
  { name: 'SEC_E_DECRYPT_FAILURE', hresult: 0x80090330, text: 'The specified data could not be decrypted', cause: 'tls.handshake-failed' },
  {
    name: 'SEC_E_ALGORITHM_MISMATCH',
    hresult: 0x80090331,
    text: 'The client and server cannot communicate, because they do not possess a common algorithm',
    cause: 'tls.protocol-version',
  },
  {
    name: 'CERT_E_EXPIRED',
    hresult: 0x800b0101,
    text: 'A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file',
    cause: 'tls.cert-expired',
  },
  {
    name: 'CERT_E_UNTRUSTEDROOT',
    hresult: 0x800b0109,
    text: 'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider',
    cause: 'tls.unknown-issuer',
  },
  { name: 'CERT_E_CHAINING', hresult: 0x800b010a, text: 'A certificate chain could not be built to a trusted root authority', cause: 'tls.unknown-issuer' },
  { name: 'CERT_E_REVOKED', hresult: 0x800b010c, text: 'A certificate was explicitly revoked by its issuer', cause: 'tls.verify-failed' },
  { name: 'CERT_E_CN_NO_MATCH', hresult: 0x800b010f, text: "The certificate's CN name does not match the passed value", cause: 'tls.hostname-mismatch' },
  { name: 'CERT_E_WRONG_USAGE', hresult: 0x800b0110, text: 'The certificate is not valid for the requested usage', cause: 'tls.verify-failed' },
  { name: 'CRYPT_E_REVOKED', hresult: 0x80092010, text: 'The certificate is revoked', cause: 'tls.verify-failed' },
  {
    name: 'CRYPT_E_NO_REVOCATION_CHECK',
    hresult: 0x80092012,
    text: 'The revocation function was unable to check revocation for the certificate',
    cause: 'tls.verify-failed',
    meaning: 'the certificate revocation list or OCSP responder could not be reached or read',
  },
  {
    name: 'CRYPT_E_REVOCATION_OFFLINE',
    hresult: 0x80092013,
    text: 'The revocation function was unable to check revocation because the revocation server was offline',
    cause: 'tls.verify-failed',
    meaning: 'the certificate revocation list or OCSP responder could not be reached',
  },
];

/** .NET X509ChainStatusFlags names (Microsoft Learn: X509ChainStatusFlags Enum) that .NET and MailKit print for a
 * rejected chain; "Revoked" is left out because the word is ordinary English. */
export const X509_CHAIN_STATUS: Readonly<Record<string, CauseId>> = {
  NotTimeValid: 'tls.cert-expired',
  UntrustedRoot: 'tls.unknown-issuer',
  PartialChain: 'tls.unknown-issuer',
  NotSignatureValid: 'tls.verify-failed',
  NotValidForUsage: 'tls.verify-failed',
  RevocationStatusUnknown: 'tls.verify-failed',
  OfflineRevocation: 'tls.verify-failed',
};

/** Microsoft Outlook's (and Outlook Express / Windows Mail's) internet mail error numbers for POP3, IMAP and SMTP
 * accounts: the number Outlook shows as "Error Number: 0x…", what it reports, and the cause. */
export const OUTLOOK_MAIL_ERRORS_SOURCE =
  'Microsoft Support: error messages when you send or receive email in Outlook (0x800CCC0E, 0x800CCC0F, 0x8004210A and related numbers); Windows SDK imnxport.h (the IXP_E_* internet transport HRESULTs Outlook Express, Windows Mail and Outlook report)';
export const OUTLOOK_MAIL_ERRORS: Readonly<Record<string, { text: string; cause: CauseId }>> = {
  '800CCC01': { text: 'the name in the server certificate does not match (IXP_E_INVALID_CERT_CN)', cause: 'tls.hostname-mismatch' },
  '800CCC02': { text: 'the server certificate is outside its validity dates (IXP_E_INVALID_CERT_DATE)', cause: 'tls.cert-expired' },
  '800CCC05': { text: 'not connected to the server (IXP_E_NOT_CONNECTED)', cause: 'mail.connection-closed' },
  '800CCC0B': { text: 'the server or mailbox is busy (IXP_E_BUSY)', cause: 'smtp.server-busy' },
  '800CCC0D': { text: 'cannot locate the server (the host name does not resolve)', cause: 'tcp.name-not-resolved' },
  '800CCC0E': { text: 'cannot connect to the server', cause: 'log.connection.failed' },
  '800CCC0F': { text: 'the connection to the server was interrupted (the server ended it)', cause: 'mail.connection-closed' },
  '800CCC15': { text: 'a socket to the server could not be opened (IXP_E_SOCKET_CONNECT_ERROR)', cause: 'log.connection.failed' },
  '800CCC19': { text: 'the server did not answer in time (IXP_E_TIMEOUT)', cause: 'tcp.read-timeout' },
  '800CCC1A': { text: 'the server does not support the connection encryption type chosen', cause: 'mail.port-security-mismatch' },
  '800CCC67': { text: 'the SMTP server answered 421, service not available (IXP_E_SMTP_421_NOT_AVAILABLE)', cause: 'smtp.server-busy' },
  '800CCC69': { text: 'the SMTP server answered 550, mailbox not found (IXP_E_SMTP_550_MAILBOX_NOT_FOUND)', cause: 'smtp.recipient-rejected' },
  '800CCC6A': { text: 'the SMTP server answered 451, error in processing (IXP_E_SMTP_451_ERROR_PROCESSING)', cause: 'smtp.server-busy' },
  '800CCC78': { text: 'the SMTP server rejected the sender address (IXP_E_SMTP_REJECTED_SENDER)', cause: 'smtp.sender-rejected' },
  '800CCC79': { text: 'the SMTP server rejected a recipient (IXP_E_SMTP_REJECTED_RECIPIENTS)', cause: 'smtp.recipient-rejected' },
  '800CCC90': { text: 'the incoming (POP3) server rejected the login', cause: 'pop3.auth.failed' },
  '800CCC91': { text: 'the incoming (POP3) server rejected the user name (IXP_E_POP3_INVALID_USER_NAME)', cause: 'pop3.auth.failed' },
  '800CCC92': { text: 'the incoming (POP3) server rejected the login', cause: 'pop3.auth.failed' },
  '80042108': { text: 'unable to connect to the incoming (POP3) server', cause: 'log.connection.failed' },
  '80042109': { text: 'unable to connect to the outgoing (SMTP) server', cause: 'log.connection.failed' },
  '8004210A': { text: 'timed out waiting for a response from the receiving (POP) server', cause: 'tcp.read-timeout' },
  '8004210B': { text: 'timed out waiting for a response from the sending (SMTP) server', cause: 'tcp.read-timeout' },
};
