// The TLS steps under the probe: a bounded TCP connect, a bounded handshake, and reading the verify result.
import { Socket, isIP } from 'node:net';
import { connect as tlsConnect, createSecureContext, rootCertificates, type SecureContext, type TLSSocket } from 'node:tls';
import type { CauseId } from '../../knowledge/index.js';
import { certificateError, VERIFY_OK, type VerifyResult } from '../../knowledge/tls-errors.js';

/** What the handshake needs from the probe options. */
export interface HandshakeOptions {
  host: string;
  servername?: string;
  ca?: string | string[];
  /** With `ca`: also trust the system roots (default true). */
  systemRoots?: boolean;
  signal: AbortSignal;
  timeoutMs: number;
}

/** Whether the chain verified, as openssl would print it, and the cause when it did not. */
export interface Verification {
  verify: VerifyResult;
  authorized: boolean;
  authorizationError?: string;
  verifyCause?: CauseId;
}

/** Opens a plain TCP connection within `timeoutMs`; the socket, or the error code. */
export function plainConnect(
  address: string,
  port: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ socket: Socket } | { code: string; message: string }> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const finish = (v: { socket: Socket } | { code: string; message: string }) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('connect');
      if (!('socket' in v)) socket.destroy();
      resolve(v);
    };
    const onAbort = () => finish({ code: 'ETIMEDOUT', message: 'stopped before the connection opened' });
    const timer = setTimeout(() => finish({ code: 'ETIMEDOUT', message: `no answer within ${timeoutMs} ms` }), timeoutMs);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => finish({ socket }));
    socket.once('error', (e: NodeJS.ErrnoException) => finish({ code: e.code ?? 'EUNKNOWN', message: e.message }));
    socket.connect({ host: address, port });
  });
}

/** Secure contexts with extra CAs, built once per CA text: parsing the system roots costs tens of ms. */
const CONTEXTS = new Map<string, SecureContext>();

/** A secure context trusting `extra` PEM certificates (plus the system roots unless `systemRoots` is false), cached per process. */
export function contextWithCa(extra: string[], systemRoots = true): SecureContext {
  const key = `${systemRoots ? 'system+' : ''}${extra.join('\n')}`;
  let context = CONTEXTS.get(key);
  if (!context) {
    context = createSecureContext({ ca: systemRoots ? [...rootCertificates, ...extra] : extra });
    CONTEXTS.set(key, context);
  }
  return context;
}

/** Runs the TLS handshake over `socket` (certificate errors do not abort it; they are read afterwards). */
export function handshake(socket: Socket, opts: HandshakeOptions): Promise<{ tls: TLSSocket } | { code?: string; message: string; timeout: boolean }> {
  const servername = opts.servername ?? (isIP(opts.host) ? undefined : opts.host);
  const extra = opts.ca === undefined ? [] : Array.isArray(opts.ca) ? opts.ca : [opts.ca];
  return new Promise((resolve) => {
    const tls = tlsConnect({
      socket,
      ...(servername ? { servername } : {}),
      host: servername ?? opts.host,
      rejectUnauthorized: false,
      ...(extra.length > 0 ? { secureContext: contextWithCa(extra, opts.systemRoots ?? true) } : {}),
    });
    const finish = (v: { tls: TLSSocket } | { code?: string; message: string; timeout: boolean }) => {
      clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      if (!('tls' in v)) tls.destroy();
      resolve(v);
    };
    const onAbort = () => finish({ message: 'stopped during the TLS handshake', timeout: true });
    const timer = setTimeout(() => finish({ message: `handshake not finished within ${opts.timeoutMs} ms`, timeout: true }), opts.timeoutMs);
    if (opts.signal.aborted) return onAbort();
    opts.signal.addEventListener('abort', onAbort, { once: true });
    tls.once('secureConnect', () => finish({ tls }));
    tls.once('error', (e: NodeJS.ErrnoException) => finish({ ...(e.code ? { code: e.code } : {}), message: e.message, timeout: false }));
  });
}

/** The openssl-style verify result of a finished handshake, with its cause when it failed. */
export function verification(tls: TLSSocket): Verification {
  if (tls.authorized) return { verify: VERIFY_OK, authorized: true };
  const code = String(tls.authorizationError ?? 'UNKNOWN');
  const known = certificateError(code);
  if (known) return { verify: known.verify, authorized: false, authorizationError: code, verifyCause: known.cause };
  return { verify: { code: -1, name: code.toLowerCase().replace(/_/g, ' ') }, authorized: false, authorizationError: code, verifyCause: 'tls.verify-failed' };
}
