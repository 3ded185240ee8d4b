// Judges what the IMAP probe saw and names the cause of the first failing stage.
import type { FindingInput } from '../core/types.js';
import type { CauseId } from '../knowledge/index.js';
import type { MailCredential } from './mail-auth.js';
import { replyFinding, transportFinding, type MailStage, type TransportFailure } from './mail-auth-failure.js';
import type { MailTarget } from './mail-auth-target.js';
import type { ImapError, ImapProbeResult } from './probes/imap-probe.js';

const TIMEOUT_STAGE: Record<string, MailStage> = { CONNECT_TIMEOUT: 'connect', GREETING_TIMEOUT: 'greeting', UPGRADE_TIMEOUT: 'starttls' };
const TOO_LONG = /^(LineTooLarge|ResponseTooLarge|LiteralTooLarge)/;
const GARBAGE = /^(ParserError|InvalidResponse|UnexpectedTag|MAX_IMAP_NESTING)/;
const CLOSED = /^(NoConnection|EConnectionClosed|ClosedAfterConnect|StateLogout)/;

/** True when imapflow stopped only because no credentials were configured (the stages before login passed). */
export function stoppedForNoLogin(e: ImapError | undefined): boolean {
  return Boolean(e?.authenticationFailed && /configure the login|No password configured/i.test(e.message));
}

function serverText(e: ImapError): string {
  const code = e.serverResponseCode ? `[${e.serverResponseCode}] ` : '';
  return `${code}${e.response ?? e.message}`.trim();
}

function authFinding(target: MailTarget, r: ImapProbeResult, e: ImapError, credential: MailCredential | undefined): FindingInput {
  const evidence = { mechanism: r.mechanism, advertised: r.authMechanisms, ...(e.oauthError ? { oauthStatus: e.oauthError } : {}) };
  if (/Login is disabled/i.test(e.message) || (r.capabilities.includes('LOGINDISABLED') && !r.mechanism)) {
    return { cause: 'imap.login-disabled', detail: 'auth: the server advertises LOGINDISABLED on this connection', evidence: { host: target.host, port: target.port, stage: 'auth', ...evidence } };
  }
  const oauthOffered = r.authMechanisms.some((c) => c === 'XOAUTH2' || c === 'OAUTHBEARER' || c === 'XOAUTH');
  if (/No matching authentication method/i.test(e.message) || (credential?.kind === 'token' && !oauthOffered)) {
    return { cause: 'mail.auth.mechanism-unavailable', detail: `auth: no usable login method among ${evidence.advertised.join(' ') || 'the advertised capabilities'}`, evidence: { host: target.host, port: target.port, stage: 'auth', ...evidence } };
  }
  const f = replyFinding(target, 'auth', serverText(e), 'imap.auth.failed', evidence);
  if (credential?.kind === 'token' && f.cause === 'imap.auth.failed') f.cause = 'mail.auth.oauth-rejected';
  return f;
}

/** The finding for a failed connect/login: imapflow does greeting, CAPABILITY, STARTTLS and login in one step. */
export function connectFinding(target: MailTarget, r: ImapProbeResult, e: ImapError, credential: MailCredential | undefined): FindingInput {
  if (r.starttlsReply && !/^\S+ OK\b/i.test(r.starttlsReply)) {
    return { ...replyFinding(target, 'starttls', r.starttlsReply.replace(/^\S+ /, ''), 'tls.starttls-refused', { capabilities: r.capabilities }), cause: 'tls.starttls-refused' };
  }
  if (e.authenticationFailed) return authFinding(target, r, e, credential);
  if (e.response || e.serverResponseCode) return replyFinding(target, r.greeting ? 'auth' : 'greeting', serverText(e), r.greeting ? 'imap.command-failed' : 'tls.server-busy');
  const code = e.code ?? '';
  if (r.greeting && !/^\* (OK|PREAUTH)\b/i.test(r.greeting)) {
    return replyFinding(target, 'greeting', r.greeting, /^\* BYE\b/i.test(r.greeting) ? 'tls.server-busy' : 'tls.bad-greeting');
  }
  const f: TransportFailure = { stage: r.greeting ? 'auth' : target.security === 'tls' ? 'tls' : 'connect', ...(code ? { code } : {}), message: e.message };
  if (TIMEOUT_STAGE[code]) return transportFinding(target, { ...f, stage: TIMEOUT_STAGE[code] === 'starttls' && target.security === 'tls' ? 'tls' : (TIMEOUT_STAGE[code] as MailStage), kind: 'timeout' });
  if (code === 'ETIMEOUT' || /timed? ?out/i.test(e.message)) return transportFinding(target, { ...f, stage: r.greeting ? 'auth' : target.security === 'tls' && !r.secure ? 'tls' : 'greeting', kind: 'timeout' });
  if (TOO_LONG.test(code)) return transportFinding(target, { ...f, stage: r.greeting ? 'auth' : 'greeting', kind: 'too-long' });
  if (GARBAGE.test(code)) return transportFinding(target, { ...f, stage: r.greeting ? 'auth' : 'greeting', kind: 'garbage' });
  if (/STARTTLS/i.test(e.message) && !r.capabilities.includes('STARTTLS')) {
    return { cause: 'tls.starttls-not-offered', detail: `starttls: ${e.message}`, evidence: { host: target.host, port: target.port, stage: 'starttls', capabilities: r.capabilities } };
  }
  if (CLOSED.test(code)) return transportFinding(target, { ...f, kind: 'closed' });
  return transportFinding(target, f);
}

/** The finding for a failure after login: the extra command (NOOP) or opening the mailbox. */
export function mailboxFinding(target: MailTarget, e: ImapError & { stage: 'after-auth' | 'mailbox' }, mailbox: string): FindingInput {
  const fallback: CauseId = e.stage === 'mailbox' && (/NONEXISTENT|doesn't exist|not found|unknown mailbox/i.test(serverText(e))) ? 'imap.mailbox-not-found' : 'imap.command-failed';
  if (!e.response && !e.serverResponseCode) {
    const timeout = e.code === 'ETIMEOUT' || /timed? ?out/i.test(e.message);
    return transportFinding(target, { stage: e.stage, ...(e.code ? { code: e.code } : {}), message: e.message, kind: timeout ? 'timeout' : 'closed' });
  }
  return replyFinding(target, e.stage, serverText(e), fallback, { mailbox });
}
