// Maps Node's socket error codes to the TCP causes, shared by every check that opens a connection.
import type { NETWORK_CAUSES } from './network-causes.js';

type TcpCause = keyof typeof NETWORK_CAUSES;

const BY_CODE: Record<string, TcpCause> = {
  ECONNREFUSED: 'tcp.refused',
  ETIMEDOUT: 'tcp.timeout',
  ETIMEOUT: 'tcp.timeout',
  EHOSTUNREACH: 'tcp.unreachable',
  ENETUNREACH: 'tcp.unreachable',
  EADDRNOTAVAIL: 'tcp.unreachable',
  ENETDOWN: 'tcp.unreachable',
  EHOSTDOWN: 'tcp.unreachable',
  ECONNRESET: 'tcp.reset',
  EPIPE: 'tcp.reset',
  ENOTFOUND: 'tcp.name-not-resolved',
  EAI_AGAIN: 'tcp.name-not-resolved',
  EAI_NONAME: 'tcp.name-not-resolved',
  EAI_FAIL: 'tcp.name-not-resolved',
};

/** The TCP-level cause of a connection error code, or undefined when the code is not a connection failure. */
export function connectErrorCause(code: string | undefined): TcpCause | undefined {
  return code ? BY_CODE[code] : undefined;
}

const IN_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ETIMEDOUT: 'connection timed out (port blocked or host unreachable)',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'no route to host',
  ENETUNREACH: 'no route to host',
};

/** A connection error code in words for a summary line (the code itself when it has none). */
export function connectErrorText(code: string): string {
  return IN_WORDS[code] ?? code;
}
