// Codes that client runtimes print by name rather than by number: .NET's SocketError values ("SocketErrorCode:
// HostNotFound"), the validity dates Java prints as the whole message of an expired certificate ("NotAfter: ..."), and
// the reason of a failed Java certification path validation ("validity check failed", BasicReason names).
import type { CauseId } from '../index.js';
import { codeFinding } from './code-finding.js';
import type { Identified } from './types.js';

/** System.Net.Sockets.SocketError values a mail connection meets (Microsoft Learn: SocketError enum), by cause. */
const DOTNET_SOCKET_ERRORS: Readonly<Record<string, CauseId>> = {
  TimedOut: 'tcp.timeout',
  ConnectionRefused: 'tcp.refused',
  ConnectionReset: 'tcp.reset',
  ConnectionAborted: 'tcp.reset',
  HostNotFound: 'tcp.name-not-resolved',
  NoData: 'tcp.name-not-resolved',
  TryAgain: 'dns.server-unreachable',
  HostUnreachable: 'tcp.unreachable',
  HostDown: 'tcp.unreachable',
  NetworkUnreachable: 'tcp.unreachable',
  NetworkDown: 'tcp.unreachable',
  AddressNotAvailable: 'tcp.unreachable',
  NotConnected: 'mail.connection-closed',
  Shutdown: 'mail.connection-closed',
};

const DOTNET_SOURCE = 'Microsoft Learn: System.Net.Sockets.SocketError enum';

/** "SocketError.TimedOut", "SocketErrorCode: HostNotFound", "SocketError = ConnectionRefused". */
const SOCKET_ERROR_NAME = new RegExp(String.raw`\bSocketError(?:Code)?\s*(?:[.:=]|\bis\b)\s*(${Object.keys(DOTNET_SOCKET_ERRORS).join('|')})\b`);

/** Java's CertificateExpiredException / CertificateNotYetValidException messages: the date the check failed on. */
const JAVA_VALIDITY = /\b(NotAfter|NotBefore): (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} \d{1,2} \d{2}:\d{2}:\d{2} \w+ \d{4}\b/;

const JAVA_SOURCE =
  'Java SE API documentation: java.security.cert.X509Certificate.checkValidity (CertificateExpiredException, CertificateNotYetValidException)';

/** A Java certification path check that failed on the certificate's dates, by the reason the JDK's path validator
 * states in its message or names as its BasicReason: the reason says more than "PKIX path validation failed" around
 * it. Only read inside a path validation failure (CertPathValidatorException, "PKIX path validation failed"). The JDK
 * words an expired and a not-yet-valid certificate alike ("validity check failed"); unless the not-yet-valid reason is
 * named, it is read as the expiry it far more often is. */
const JAVA_PATH_VALIDATION = /\bCertPathValidatorException\b|\bPKIX path validation failed\b/;
const JAVA_PATH_REASONS: ReadonlyArray<[RegExp, CauseId]> = [
  [/\bNOT_YET_VALID\b|\bnot yet valid\b/i, 'tls.cert-not-yet-valid'],
  [/\b(?:validity|timestamp) check failed\b|\breason:? EXPIRED\b|\bcertificate (?:has )?expired\b/i, 'tls.cert-expired'],
];

const JAVA_PATH_SOURCE =
  'Java SE API documentation: java.security.cert.CertPathValidatorException.BasicReason (EXPIRED, NOT_YET_VALID); OpenJDK sun.security.provider.certpath messages';

function javaPathFinding(text: string): Identified[] {
  if (!JAVA_PATH_VALIDATION.test(text)) return [];
  for (const [re, cause] of JAVA_PATH_REASONS) {
    const m = re.exec(text);
    if (m) return [codeFinding(cause, m[0], 34, { source: JAVA_PATH_SOURCE })];
  }
  return [];
}

/** The .NET socket error named in a text, and a Java validity date given as the reason of a certificate failure. */
export function clientCodeFindings(text: string): Identified[] {
  const out: Identified[] = [];
  const socket = SOCKET_ERROR_NAME.exec(text);
  const socketCause = socket ? DOTNET_SOCKET_ERRORS[socket[1] ?? ''] : undefined;
  if (socket && socketCause) out.push(codeFinding(socketCause, socket[0], 32, { socketError: socket[1] ?? '', source: DOTNET_SOURCE }));
  const validity = JAVA_VALIDITY.exec(text);
  if (validity)
    out.push(
      codeFinding(validity[1] === 'NotAfter' ? 'tls.cert-expired' : 'tls.cert-not-yet-valid', validity[0], 34, {
        certificateDate: validity[0],
        source: JAVA_SOURCE,
      }),
    );
  out.push(...javaPathFinding(text));
  return out;
}
