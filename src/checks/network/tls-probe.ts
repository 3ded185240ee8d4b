// The guide's `openssl s_client [-starttls smtp]` with Node's tls: connect, optional STARTTLS, handshake, verify.
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Transcript } from '../../core/transcript.js';
import { connectErrorCause } from '../../knowledge/connect-errors.js';
import type { CauseId } from '../../knowledge/index.js';
import { handshakeErrorCause, type VerifyResult } from '../../knowledge/tls-errors.js';
import { chainOf, type CertInfo } from './cert-chain.js';
import { LineReader } from './line-reader.js';
import { systemLookup } from './lookup.js';
import { handshake, plainConnect, verification } from './tls-handshake.js';
import { EHLO_NAME, PlainSession, starttlsDialogue, type StarttlsProtocol } from './starttls.js';

/** What to probe. `ca` adds PEM certificates to the system roots (like `openssl s_client -CAfile`). */
export interface TlsProbeOptions {
  host: string;
  port: number;
  /** SNI and the name the certificate must match; defaults to `host` (no SNI for IP literals). */
  servername?: string;
  ca?: string | string[];
  starttls?: StarttlsProtocol;
  signal: AbortSignal;
  /** Budget of each step: connect, greeting, each reply, handshake. */
  timeoutMs: number;
  transcript?: Transcript;
  /** Hand the open TLS socket back (caller must destroy it) instead of closing it. */
  keepSocket?: boolean;
}

/** Milliseconds spent in each step. */
export interface TlsTimings {
  lookupMs: number;
  connectMs?: number;
  dialogueMs?: number;
  handshakeMs?: number;
}

/** A completed handshake; `authorized` false means the certificate did not verify (see `verify`, `verifyCause`). */
export interface TlsProbeSuccess {
  ok: true;
  address: string;
  protocol: string | null;
  cipher: { name: string; standardName?: string; version: string };
  chain: CertInfo[];
  verify: VerifyResult;
  authorized: boolean;
  /** Node's code for the verification failure, e.g. CERT_HAS_EXPIRED. */
  authorizationError?: string;
  verifyCause?: CauseId;
  greeting?: string;
  capabilities?: string[];
  /** SMTP: the EHLO reply after the upgrade. */
  capabilitiesAfterTls?: string[];
  timings: TlsTimings;
  socket?: TLSSocket;
}

/** A probe that stopped before a completed handshake, with the step and its cause. */
export interface TlsProbeFailure {
  ok: false;
  stage: 'lookup' | 'connect' | 'greeting' | 'capabilities' | 'starttls' | 'handshake';
  cause: CauseId;
  code?: string;
  message: string;
  address?: string;
  reply?: string;
  greeting?: string;
  capabilities?: string[];
  timings: TlsTimings;
}

/** The outcome of one TLS probe. Never throws for network trouble. */
export type TlsProbeResult = TlsProbeSuccess | TlsProbeFailure;

const since = (t: number) => Math.round(performance.now() - t);

async function smtpAfterTls(tls: TLSSocket, opts: TlsProbeOptions): Promise<string[] | undefined> {
  const session = new PlainSession(tls, opts.timeoutMs, opts.signal, opts.transcript);
  try {
    session.send(`EHLO ${EHLO_NAME}`);
    const reply = await session.smtpReply();
    session.send('QUIT');
    return reply.lines.slice(1).map((l) => l.slice(4).trim());
  } catch {
    return undefined;
  } finally {
    session.reader.detach();
  }
}

/** Verify errors after which a chain may still be trusted by the system roots. */
const UNTRUSTED = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

/**
 * Connects to host:port, speaks STARTTLS if asked, completes a TLS handshake and reports what it saw.
 * With `ca`, it first trusts only those certificates (building the system store costs ~30 ms) and
 * tries again with the system roots added only when the chain did not lead to them.
 */
export async function probeTls(opts: TlsProbeOptions): Promise<TlsProbeResult> {
  if (opts.ca === undefined) return probeOnce(opts, true);
  const first = await probeOnce(opts, false);
  if (!first.ok || first.authorized || !UNTRUSTED.has(first.authorizationError ?? '')) return first;
  first.socket?.destroy();
  opts.transcript?.add('*', 'not trusted by the given CA alone; trying again with the system roots added');
  return probeOnce(opts, true);
}

async function probeOnce(opts: TlsProbeOptions, systemRoots: boolean): Promise<TlsProbeResult> {
  const timings: TlsTimings = { lookupMs: 0 };
  const found = await systemLookup(opts.host, opts.signal);
  timings.lookupMs = found.ms;
  if (!found.ok)
    return { ok: false, stage: 'lookup', cause: connectErrorCause(found.code) ?? 'tcp.name-not-resolved', code: found.code, message: found.message, timings };
  let socket: Socket | undefined;
  let address = '';
  let failure: TlsProbeFailure | undefined;
  for (const a of found.addresses) {
    const t = performance.now();
    const c = await plainConnect(a.address, opts.port, opts.timeoutMs, opts.signal);
    timings.connectMs = since(t);
    address = a.address;
    if ('socket' in c) {
      socket = c.socket;
      break;
    }
    failure = { ok: false, stage: 'connect', cause: connectErrorCause(c.code) ?? 'tcp.unreachable', code: c.code, message: c.message, address, timings };
    if (opts.signal.aborted) break;
  }
  if (!socket) return failure ?? { ok: false, stage: 'connect', cause: 'tcp.unreachable', message: 'no address to connect to', timings };
  opts.transcript?.add('*', `connected to ${address}:${opts.port}`);
  let greeting: string | undefined;
  let capabilities: string[] | undefined;
  if (opts.starttls) {
    const t = performance.now();
    const session = new PlainSession(socket, opts.timeoutMs, opts.signal, opts.transcript);
    const d = await starttlsDialogue(opts.starttls, session);
    timings.dialogueMs = since(t);
    session.reader.detach();
    if (!d.ok) {
      socket.destroy();
      const { ok: _ok, ...rest } = d;
      return { ok: false, ...rest, address, timings };
    }
    greeting = d.greeting;
    capabilities = d.capabilities;
  }
  opts.transcript?.add('*', 'starting TLS handshake');
  const t = performance.now();
  const h = await handshake(socket, { ...opts, systemRoots });
  timings.handshakeMs = since(t);
  if (!('tls' in h)) {
    socket.destroy();
    const cause: CauseId = h.timeout ? 'tls.handshake-timeout' : (handshakeErrorCause(h) ?? connectErrorCause(h.code) ?? 'tls.handshake-failed');
    opts.transcript?.add('*', `handshake failed: ${h.message}`);
    return {
      ok: false,
      stage: 'handshake',
      cause,
      ...(h.code ? { code: h.code } : {}),
      message: h.message,
      address,
      timings,
      ...(greeting ? { greeting } : {}),
      ...(capabilities ? { capabilities } : {}),
    };
  }
  const tls = h.tls;
  const cipher = tls.getCipher();
  const result: TlsProbeSuccess = {
    ok: true,
    address,
    protocol: tls.getProtocol(),
    cipher: { name: cipher.name, ...(cipher.standardName ? { standardName: cipher.standardName } : {}), version: cipher.version },
    chain: chainOf(tls.getPeerCertificate(true)),
    ...verification(tls),
    ...(greeting ? { greeting } : {}),
    ...(capabilities ? { capabilities } : {}),
    timings,
  };
  opts.transcript?.add('*', `TLS established: ${result.protocol} ${cipher.name}, verify ${result.verify.code} (${result.verify.name})`);
  if (opts.keepSocket) return { ...result, socket: tls };
  if (opts.starttls === 'smtp' && result.authorized) {
    const after = await smtpAfterTls(tls, opts);
    if (after) result.capabilitiesAfterTls = after;
  }
  tls.destroy();
  return result;
}

/** Re-exported so callers of the probe can read lines over the upgraded socket, and reuse the CA context cache. */
export { LineReader };
export { contextWithCa } from './tls-handshake.js';
