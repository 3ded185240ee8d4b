// Codes that client runtimes print by name rather than by number: .NET's SocketError values ("SocketErrorCode:
// HostNotFound") and the validity dates Java prints as the whole message of an expired certificate ("NotAfter: ...").
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
  return out;
}
