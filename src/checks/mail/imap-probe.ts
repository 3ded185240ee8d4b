// Logs in to an IMAP server with imapflow (greeting, CAPABILITY, STARTTLS, LOGIN/AUTHENTICATE), then EXAMINEs a mailbox read-only.
import { rootCertificates } from 'node:tls';
import type { ImapFlow } from 'imapflow';
import type { Transcript } from '../../core/transcript.js';
import { withSignal } from '../../core/timeout.js';
import type { MailCredential } from './auth.js';
import { tlsOptions, type MailTarget } from './target.js';

/** Longest reply line accepted (64 KiB), as for SMTP and POP3. */
const MAX_REPLY_LINE = 64 * 1024;
/** Largest literal a probe accepts (1 MiB): greeting, capabilities and EXAMINE never carry more. */
const MAX_PROBE_LITERAL = 1024 * 1024;

/** What the IMAP probe should do. */
export interface ImapProbeOptions {
  target: MailTarget;
  user?: string;
  credential?: MailCredential;
  mailbox: string;
  timeoutMs: number;
  signal: AbortSignal;
  transcript: Transcript;
}

/** An error from imapflow, with the server's response code and text when it answered NO/BAD. */
export interface ImapError {
  code?: string;
  message: string;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  response?: string;
  oauthError?: unknown;
}

/** Everything the IMAP probe saw; the check turns it into findings. */
export interface ImapProbeResult {
  greeting?: string;
  capabilities: string[];
  secure: boolean;
  /** AUTH= mechanisms advertised before login. */
  authMechanisms: string[];
  /** The SASL mechanism or LOGIN the client used. */
  mechanism?: string;
  /** The server's tagged answer to STARTTLS, when the client asked for it. */
  starttlsReply?: string;
  authenticated: boolean;
  connectError?: ImapError;
  /** The failure after login: NOOP, STATUS or EXAMINE. */
  mailboxError?: ImapError & { stage: 'after-auth' | 'mailbox' };
  mailbox?: { path: string; exists: number; unseen?: number; uidValidity: string; readOnly: boolean };
  ms: { connect?: number; mailbox?: number };
}

function asError(err: unknown): ImapError {
  const e = err as ImapError & { responseText?: string };
  return {
    ...(e.code ? { code: String(e.code) } : {}),
    message: e.message ?? String(err),
    ...(e.authenticationFailed ? { authenticationFailed: true } : {}),
    ...(e.serverResponseCode ? { serverResponseCode: String(e.serverResponseCode) } : {}),
    ...(typeof e.response === 'string' ? { response: e.response } : typeof e.responseText === 'string' ? { response: e.responseText } : {}),
    ...(e.oauthError ? { oauthError: e.oauthError } : {}),
  };
}

type Entry = { src?: string; msg?: string; err?: { message?: string } } | undefined;

/** What the logger noticed on the wire: the greeting, the login method, and the tagged reply to NOOP. */
interface Seen {
  greeting?: string;
  mechanism?: string;
  continuation?: boolean;
  noopTag?: string;
  noopReply?: string;
  starttlsTag?: string;
  starttlsReply?: string;
  /** AUTH= capabilities advertised before login (the list after login no longer has them). */
  authMechanisms?: string[];
  preLoginCapabilities?: string[];
}

function imapLogger(transcript: Transcript, seen: Seen): Record<string, (entry: Entry) => void> {
  const out: Record<string, (entry: Entry) => void> = {};
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
    out[level] = (entry) => {
      if (!entry || typeof entry.msg !== 'string') return;
      if (entry.src === 's' && level !== 'error') {
        seen.greeting ??= entry.msg;
        seen.continuation = /^\+(\s|$)/.test(entry.msg);
        if (seen.noopTag && entry.msg.startsWith(`${seen.noopTag} `)) seen.noopReply = entry.msg;
        if (seen.starttlsTag && entry.msg.startsWith(`${seen.starttlsTag} `)) seen.starttlsReply ??= entry.msg;
        const caps = /^\* (?:OK \[CAPABILITY ([^\]]*)\]|CAPABILITY (.*)$)/i.exec(entry.msg);
        if (caps && !seen.mechanism) {
          seen.preLoginCapabilities = (caps[1] ?? caps[2] ?? '').trim().split(/\s+/);
          seen.authMechanisms = seen.preLoginCapabilities.filter((c) => /^AUTH=/i.test(c)).map((c) => c.slice(5).toUpperCase());
        }
        transcript.add('<', entry.msg);
      } else if (entry.src === 'c') {
        const m = /^(\S+ (?:AUTHENTICATE (\S+)|(LOGIN) \S+))(\s|$)/i.exec(entry.msg);
        if (m) seen.mechanism = (m[2] ?? m[3] ?? '').toUpperCase();
        transcript.add('>', m ? `${m[1]}${m[4] ? ' ***' : ''}` : entry.msg, { secret: !m && seen.continuation === true, masked: m?.[4] ? 1 : 0 });
        seen.continuation = false;
        const noop = /^(\S+) NOOP$/i.exec(entry.msg);
        if (noop) seen.noopTag = noop[1];
        const starttls = /^(\S+) STARTTLS$/i.exec(entry.msg);
        if (starttls) seen.starttlsTag = starttls[1];
      } else if (level === 'warn' || level === 'error') {
        transcript.add('*', entry.msg);
      }
    };
  }
  return out;
}

/** Runs the IMAP stages; never throws for network or server trouble, and always closes the socket. */
export async function probeImap(opts: ImapProbeOptions): Promise<ImapProbeResult> {
  const { target, timeoutMs, signal, transcript } = opts;
  const seen: Seen = {};
  const result: ImapProbeResult = { capabilities: [], authMechanisms: [], secure: false, authenticated: false, ms: {} };
  const user = opts.user ?? '';
  const auth =
    opts.credential?.kind === 'token'
      ? { user, accessToken: opts.credential.secret.reveal() }
      : opts.credential
        ? { user, pass: opts.credential.secret.reveal() }
        : undefined;
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow({
    host: target.host,
    port: target.port,
    secure: target.security === 'tls',
    doSTARTTLS: target.security === 'starttls' ? true : target.security === 'none' ? false : undefined,
    tls: tlsOptions(target, rootCertificates),
    ...(auth ? { auth } : {}),
    logger: imapLogger(transcript, seen) as never,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableAutoIdle: true,
    maxLineLength: MAX_REPLY_LINE,
    maxLiteralSize: MAX_PROBE_LITERAL,
    maxResponseSize: MAX_PROBE_LITERAL + MAX_REPLY_LINE,
  });
  client.on('error', () => undefined);
  const t0 = performance.now();
  try {
    await withSignal(client.connect(), signal, 'IMAP connection');
    result.ms.connect = Math.round(performance.now() - t0);
  } catch (err) {
    result.connectError = asError(err);
  }
  result.greeting = seen.greeting;
  result.capabilities = [...client.capabilities.keys()];
  result.authMechanisms = seen.authMechanisms ?? result.capabilities.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice(5));
  if (seen.preLoginCapabilities?.includes('LOGINDISABLED') && !result.capabilities.includes('LOGINDISABLED')) result.capabilities.push('LOGINDISABLED');
  result.secure = client.secureConnection;
  if (seen.mechanism) result.mechanism = seen.mechanism;
  if (seen.starttlsReply) result.starttlsReply = seen.starttlsReply;
  result.authenticated = Boolean(client.authenticated) && !result.connectError;
  try {
    if (result.authenticated) await examine(client, opts, result, seen);
  } finally {
    client.close();
  }
  return result;
}

async function examine(client: ImapFlow, opts: ImapProbeOptions, result: ImapProbeResult, seen: Seen): Promise<void> {
  const t = performance.now();
  try {
    await withSignal(client.noop(), opts.signal, 'IMAP NOOP');
    if (seen.noopReply && !/^\S+ OK\b/i.test(seen.noopReply)) {
      result.mailboxError = { message: seen.noopReply, response: seen.noopReply.replace(/^\S+ /, ''), stage: 'after-auth' };
      return;
    }
  } catch (err) {
    result.mailboxError = { ...asError(err), stage: 'after-auth' };
    return;
  }
  try {
    const box = await withSignal(client.mailboxOpen(opts.mailbox, { readOnly: true }), opts.signal, 'IMAP EXAMINE');
    const unseen = await withSignal(client.search({ seen: false }), opts.signal, 'IMAP SEARCH UNSEEN');
    result.mailbox = {
      path: box.path,
      exists: box.exists,
      ...(Array.isArray(unseen) ? { unseen: unseen.length } : {}),
      uidValidity: String(box.uidValidity),
      readOnly: Boolean(box.readOnly),
    };
    result.ms.mailbox = Math.round(performance.now() - t);
  } catch (err) {
    result.mailboxError = { ...asError(err), stage: 'mailbox' };
  }
}
