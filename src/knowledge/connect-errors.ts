// Maps Node's socket error codes to the TCP causes, shared by every check that opens a connection.
import type { NETWORK_CAUSES } from './network-causes.js';
import { DNS_ERRNO, LIBUV_ERRNO } from './registries/errno.js';
import { entryOf } from './registries/types.js';

type TcpCause = keyof typeof NETWORK_CAUSES;

function isTcpCause(cause: string | undefined): cause is TcpCause {
  return cause?.startsWith('tcp.') === true;
}

/**
 * The TCP-level cause of a connection error code (registries/errno.ts), or undefined when the code is not a
 * connection failure. A resolver failure while connecting means the name did not resolve, whatever the resolver's reason.
 */
export function connectErrorCause(code: string | undefined): TcpCause | undefined {
  if (!code) return undefined;
  // The probes' own code for a step that ran out of time.
  if (code === 'ETIMEOUT') return 'tcp.timeout';
  const cause = entryOf(LIBUV_ERRNO, code)?.cause ?? entryOf(DNS_ERRNO, code)?.cause;
  if (isTcpCause(cause)) return cause;
  // A write that found the peer gone (EPIPE): at the level of a connection probe the peer tore the connection down.
  if (code === 'EPIPE') return 'tcp.reset';
  return cause?.startsWith('dns.') ? 'tcp.name-not-resolved' : undefined;
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
