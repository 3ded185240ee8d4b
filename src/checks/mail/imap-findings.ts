// Judges what the IMAP probe saw and names the cause of the first failing stage.
import type { FindingInput } from '../../core/types.js';
import { IMAPFLOW } from '../../knowledge/library-errors.js';
import { imapGreetingCause, imapMailboxRefusal, imapStarttlsRefusal } from '../../knowledge/mail-replies.js';
import type { MailCredential } from './auth.js';
import { replyFinding, transportFinding, type TransportFailure } from './auth-failure.js';
import type { MailTarget } from './target.js';
import type { ImapError, ImapProbeResult } from './imap-probe.js';

/** True when imapflow stopped only because no credentials were configured (the stages before login passed). */
export function stoppedForNoLogin(e: ImapError | undefined): boolean {
  return Boolean(e?.authenticationFailed && IMAPFLOW.noLogin.test(e.message));
}

function serverText(e: ImapError): string {
  const code = e.serverResponseCode ? `[${e.serverResponseCode}] ` : '';
  return `${code}${e.response ?? e.message}`.trim();
}

function authFinding(target: MailTarget, r: ImapProbeResult, e: ImapError, credential: MailCredential | undefined): FindingInput {
  const evidence = { mechanism: r.mechanism, advertised: r.authMechanisms, ...(e.oauthError ? { oauthStatus: e.oauthError } : {}) };
  if (IMAPFLOW.loginDisabled.test(e.message) || (r.capabilities.includes('LOGINDISABLED') && !r.mechanism)) {
    return {
      cause: 'imap.login-disabled',
      detail: 'auth: the server advertises LOGINDISABLED on this connection',
      evidence: { host: target.host, port: target.port, stage: 'auth', ...evidence },
    };
  }
  const oauthOffered = r.authMechanisms.some((c) => c === 'XOAUTH2' || c === 'OAUTHBEARER' || c === 'XOAUTH');
  if (IMAPFLOW.noAuthMethod.test(e.message) || (credential?.kind === 'token' && !oauthOffered)) {
    return {
      cause: 'mail.auth.mechanism-unavailable',
      detail: `auth: no usable login method among ${evidence.advertised.join(' ') || 'the advertised capabilities'}`,
      evidence: { host: target.host, port: target.port, stage: 'auth', ...evidence },
    };
  }
  const f = replyFinding(target, 'auth', serverText(e), 'imap.auth.failed', evidence);
  if (credential?.kind === 'token' && f.cause === 'imap.auth.failed') f.cause = 'mail.auth.oauth-rejected';
  return f;
}

/** The finding for a failed connect/login: imapflow does greeting, CAPABILITY, STARTTLS and login in one step. */
export function connectFinding(target: MailTarget, r: ImapProbeResult, e: ImapError, credential: MailCredential | undefined): FindingInput {
  const refusal = r.starttlsReply === undefined ? undefined : imapStarttlsRefusal(r.starttlsReply);
  if (refusal !== undefined) {
    return { ...replyFinding(target, 'starttls', refusal, 'tls.starttls-refused', { capabilities: r.capabilities }), cause: 'tls.starttls-refused' };
  }
  if (e.authenticationFailed) return authFinding(target, r, e, credential);
  if (e.response || e.serverResponseCode)
    return replyFinding(target, r.greeting ? 'auth' : 'greeting', serverText(e), r.greeting ? 'imap.command-failed' : 'tls.server-busy');
  const code = e.code ?? '';
  const refused = r.greeting ? imapGreetingCause(r.greeting) : undefined;
  if (r.greeting && refused) return replyFinding(target, 'greeting', r.greeting, refused);
  const f: TransportFailure = { stage: r.greeting ? 'auth' : target.security === 'tls' ? 'tls' : 'connect', ...(code ? { code } : {}), message: e.message };
  const timedOutAt = IMAPFLOW.timeoutStage[code];
  if (timedOutAt)
    return transportFinding(target, { ...f, stage: timedOutAt === 'starttls' && target.security === 'tls' ? 'tls' : timedOutAt, kind: 'timeout' });
  if (code === 'ETIMEOUT' || IMAPFLOW.timedOut.test(e.message))
    return transportFinding(target, { ...f, stage: r.greeting ? 'auth' : target.security === 'tls' && !r.secure ? 'tls' : 'greeting', kind: 'timeout' });
  if (IMAPFLOW.tooLong.test(code)) return transportFinding(target, { ...f, stage: r.greeting ? 'auth' : 'greeting', kind: 'too-long' });
  if (IMAPFLOW.garbage.test(code)) return transportFinding(target, { ...f, stage: r.greeting ? 'auth' : 'greeting', kind: 'garbage' });
  if (IMAPFLOW.starttls.test(e.message) && !r.capabilities.includes('STARTTLS')) {
    return {
      cause: 'tls.starttls-not-offered',
      detail: `starttls: ${e.message}`,
      evidence: { host: target.host, port: target.port, stage: 'starttls', capabilities: r.capabilities },
    };
  }
  if (IMAPFLOW.closed.test(code)) return transportFinding(target, { ...f, kind: 'closed' });
  return transportFinding(target, f);
}

/** The finding for a failure after login: the extra command (NOOP) or opening the mailbox. */
export function mailboxFinding(target: MailTarget, e: ImapError & { stage: 'after-auth' | 'mailbox' }, mailbox: string): FindingInput {
  const fallback = e.stage === 'mailbox' ? imapMailboxRefusal(serverText(e)) : 'imap.command-failed';
  if (!e.response && !e.serverResponseCode) {
    const timeout = e.code === 'ETIMEOUT' || IMAPFLOW.timedOut.test(e.message);
    return transportFinding(target, { stage: e.stage, ...(e.code ? { code: e.code } : {}), message: e.message, kind: timeout ? 'timeout' : 'closed' });
  }
  return replyFinding(target, e.stage, serverText(e), fallback, { mailbox });
}
