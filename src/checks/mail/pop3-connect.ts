// Opens the POP3 connection: TLS or STARTTLS through the shared TLS probe, or plain TCP when asked for no encryption.
import { Socket } from 'node:net';
import type { Transcript } from '../../core/transcript.js';
import type { CauseId } from '../../knowledge/index.js';
import type { MailTarget } from './target.js';
import { systemLookup } from '../network/lookup.js';
import { PlainSession } from '../network/starttls.js';
import { probeTls } from '../network/tls-probe.js';

/** An open session ready for the POP3 dialogue, or the failure that prevented it. */
export type Pop3Connection =
  | { ok: true; session: PlainSession; secure: boolean; greeting?: string; capabilities?: string[]; tls?: { protocol: string | null; verify: string } }
  | { ok: false; stage: string; cause?: CauseId; code?: string; message: string; reply?: string; greeting?: string; capabilities?: string[] };

function plainSocket(address: string, port: number, timeoutMs: number, signal: AbortSignal): Promise<Socket | { code: string; message: string }> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (v: Socket | { code: string; message: string }) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('connect');
      if (!(v instanceof Socket)) socket.destroy();
      resolve(v);
    };
    const onAbort = () => done({ code: 'ETIMEDOUT', message: 'stopped before the connection opened' });
    const timer = setTimeout(() => done({ code: 'ETIMEDOUT', message: `no answer within ${timeoutMs} ms` }), timeoutMs);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => done(socket));
    socket.once('error', (e: NodeJS.ErrnoException) => done({ code: e.code ?? 'EUNKNOWN', message: e.message }));
    socket.connect({ host: address, port });
  });
}

/** Connects as the target's security says; a certificate that does not verify stops here (no credentials to it). */
export async function openPop3(target: MailTarget, timeoutMs: number, signal: AbortSignal, transcript: Transcript): Promise<Pop3Connection> {
  if (target.security === 'none') {
    const found = await systemLookup(target.host, signal);
    if (!found.ok) return { ok: false, stage: 'connect', code: found.code, message: found.message };
    let last: { code: string; message: string } = { code: 'EUNKNOWN', message: 'no address' };
    for (const a of found.addresses) {
      const s = await plainSocket(a.address, target.port, timeoutMs, signal);
      if (s instanceof Socket) {
        transcript.add('*', `connected to ${a.address}:${target.port} (no encryption)`);
        return { ok: true, session: new PlainSession(s, timeoutMs, signal, transcript), secure: false };
      }
      last = s;
    }
    return { ok: false, stage: 'connect', code: last.code, message: last.message };
  }
  const r = await probeTls({
    host: target.host,
    port: target.port,
    ...(target.ca ? { ca: target.ca } : {}),
    ...(target.security === 'starttls' ? { starttls: 'pop3' as const } : {}),
    signal,
    timeoutMs,
    transcript,
    keepSocket: true,
  });
  if (!r.ok) {
    return {
      ok: false,
      stage: r.stage,
      cause: r.cause,
      ...(r.code ? { code: r.code } : {}),
      message: r.message,
      ...(r.reply ? { reply: r.reply } : {}),
      ...(r.greeting ? { greeting: r.greeting } : {}),
      ...(r.capabilities ? { capabilities: r.capabilities } : {}),
    };
  }
  if (!r.authorized || !r.socket) {
    r.socket?.destroy();
    return {
      ok: false,
      stage: 'tls',
      ...(r.verifyCause ? { cause: r.verifyCause } : {}),
      ...(r.authorizationError ? { code: r.authorizationError } : {}),
      message: `certificate not trusted: ${r.verify.name}`,
    };
  }
  return {
    ok: true,
    session: new PlainSession(r.socket, timeoutMs, signal, transcript),
    secure: true,
    ...(r.greeting ? { greeting: r.greeting } : {}),
    ...(r.capabilities ? { capabilities: r.capabilities } : {}),
    tls: { protocol: r.protocol, verify: r.verify.name },
  };
}
