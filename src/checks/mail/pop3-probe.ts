// A small, read-only POP3 client: greeting, CAPA, STLS, USER/PASS or AUTH XOAUTH2, STAT, QUIT. Never RETR, never DELE.
import type { Transcript } from '../../core/transcript.js';
import { plainPayload, xoauth2Payload, type MailCredential } from './auth.js';
import type { MailTarget } from './target.js';
import type { TransportFailure } from './auth-failure.js';
import { ReadError } from '../network/line-reader.js';
import { openPop3, type Pop3Connection } from './pop3-connect.js';
import type { PlainSession } from '../network/starttls.js';

/** What the POP3 probe should do. */
export interface Pop3ProbeOptions {
  target: MailTarget;
  user?: string;
  credential?: MailCredential;
  timeoutMs: number;
  signal: AbortSignal;
  transcript: Transcript;
}

/** Everything the POP3 probe saw; the check turns it into findings. */
export interface Pop3ProbeResult {
  greeting?: string;
  capabilities: string[];
  secure: boolean;
  connectFailure?: Extract<Pop3Connection, { ok: false }>;
  /** A greeting that is -ERR or not POP3 at all. */
  badGreeting?: string;
  transportError?: TransportFailure;
  mechanism?: 'USER' | 'XOAUTH2' | 'PLAIN';
  /** The reply that decided the login (+OK or -ERR). */
  authReply?: string;
  authOk?: boolean;
  oauthStatus?: Record<string, unknown>;
  statReply?: string;
  stat?: { messages: number; octets: number };
  ms: { connect?: number; auth?: number };
}

const isOk = (l: string) => /^\+OK\b/i.test(l);

function decode(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(text.trim(), 'base64').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function sendSecret(s: PlainSession, text: string): void {
  s.transcript?.add('>', text, { secret: true });
  s.socket.write(`${text}\r\n`);
}

async function capa(s: PlainSession): Promise<string[]> {
  s.send('CAPA');
  return isOk(await s.line()) ? s.pop3Multi() : [];
}

async function login(s: PlainSession, o: Pop3ProbeOptions, caps: string[], r: Pop3ProbeResult, credential: MailCredential): Promise<void> {
  const user = o.user ?? '';
  const sasl = (caps.find((c) => /^SASL\b/i.test(c)) ?? '').toUpperCase().split(/\s+/).slice(1);
  if (credential.kind === 'token') {
    r.mechanism = 'XOAUTH2';
    if (caps.length > 0 && !sasl.includes('XOAUTH2')) return;
    sendSecret(s, `AUTH XOAUTH2 ${xoauth2Payload(user, credential.secret).reveal()}`);
    let reply = await s.line();
    if (/^\+ /.test(reply)) {
      const status = decode(reply.slice(2));
      if (status) r.oauthStatus = status;
      s.send('');
      reply = await s.line();
    }
    r.authReply = reply;
    r.authOk = isOk(reply);
    return;
  }
  const userCommand = caps.length === 0 || caps.some((c) => /^USER\b/i.test(c));
  if (!userCommand && sasl.includes('PLAIN')) {
    r.mechanism = 'PLAIN';
    sendSecret(s, `AUTH PLAIN ${plainPayload(user, credential.secret).reveal()}`);
    r.authReply = await s.line();
    r.authOk = isOk(r.authReply);
    return;
  }
  r.mechanism = 'USER';
  s.send(`USER ${user}`);
  const u = await s.line();
  if (!isOk(u)) {
    r.authReply = u;
    r.authOk = false;
    return;
  }
  sendSecret(s, `PASS ${credential.secret.reveal()}`);
  r.authReply = await s.line();
  r.authOk = isOk(r.authReply);
}

/** Runs the POP3 stages; never throws for network or server trouble, and always closes the socket. */
export async function probePop3(o: Pop3ProbeOptions): Promise<Pop3ProbeResult> {
  const r: Pop3ProbeResult = { capabilities: [], secure: false, ms: {} };
  const t0 = performance.now();
  const conn = await openPop3(o.target, o.timeoutMs, o.signal, o.transcript);
  if (!conn.ok) {
    r.connectFailure = conn;
    if (conn.greeting) r.greeting = conn.greeting;
    r.capabilities = conn.capabilities ?? [];
    return r;
  }
  r.secure = conn.secure;
  const s = conn.session;
  let stage: TransportFailure['stage'] = 'greeting';
  try {
    r.greeting = conn.greeting ?? (await s.line());
    if (!isOk(r.greeting)) {
      r.badGreeting = r.greeting;
      return r;
    }
    stage = 'capabilities';
    r.capabilities = await capa(s);
    r.ms.connect = Math.round(performance.now() - t0);
    if (!o.credential) return r;
    stage = 'auth';
    const t = performance.now();
    await login(s, o, r.capabilities, r, o.credential);
    r.ms.auth = Math.round(performance.now() - t);
    if (!r.authOk) return r;
    stage = 'after-auth';
    s.send('STAT');
    r.statReply = await s.line();
    const m = /^\+OK\s+(\d+)\s+(\d+)/i.exec(r.statReply);
    if (m) r.stat = { messages: Number(m[1]), octets: Number(m[2]) };
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
    r.transportError = {
      stage,
      ...(err.code ? { code: err.code } : {}),
      message: err.message,
      kind: err.kind === 'binary' ? 'garbage' : err.kind === 'timeout' || err.kind === 'too-long' ? err.kind : 'closed',
    };
  } finally {
    if (!r.transportError && r.badGreeting === undefined) {
      s.send('QUIT');
      await s.line().catch(() => undefined);
    }
    s.reader.detach();
    s.socket.destroy();
  }
  return r;
}
