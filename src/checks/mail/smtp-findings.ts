// Judges what the SMTP probe saw, stage by stage, and names the cause of the first failing stage.
import type { FindingInput } from '../../core/types.js';
import { connectErrorCause } from '../../knowledge/connect-errors.js';
import { NODEMAILER } from '../../knowledge/library-errors.js';
import { SMTP_PASSWORD_REFUSALS, smtpAuthRefusal, smtpGreetingCause, smtpSendRefusal } from '../../knowledge/mail-replies.js';
import type { MailCredential } from './auth.js';
import { replyFinding, transportFinding, type MailStage } from './auth-failure.js';
import type { MailTarget } from './target.js';
import { authMechanisms, type SmtpConnectError, type SmtpProbeResult } from './smtp-probe.js';

/** The finding for a failed connection setup: greeting, EHLO, STARTTLS or the socket/TLS under them. */
export function connectFinding(target: MailTarget, r: SmtpProbeResult, e: SmtpConnectError): FindingInput {
  const code = e.originalCode ?? e.code;
  if (e.response && e.command === 'CONN') {
    return replyFinding(target, 'greeting', e.response, smtpGreetingCause(e.response));
  }
  if (e.response && NODEMAILER.starttls.test(e.command ?? e.message)) {
    const offered = r.ehlo.some((l) => /^STARTTLS\b/i.test(l));
    // A reply to STARTTLS is about TLS whatever its code says elsewhere (454 4.7.0 is also a temporary AUTH failure).
    return {
      ...replyFinding(target, 'starttls', e.response, 'tls.starttls-refused', { extensions: r.ehlo }),
      cause: offered ? 'tls.starttls-refused' : 'tls.starttls-not-offered',
    };
  }
  if (e.response && NODEMAILER.ehlo.test(e.command ?? '')) return replyFinding(target, 'capabilities', e.response, 'smtp.command-failed');
  if (NODEMAILER.greetingNeverReceived.test(e.message)) return transportFinding(target, { stage: 'greeting', message: e.message, kind: 'timeout' });
  if (e.response) return replyFinding(target, r.greeting ? 'capabilities' : 'greeting', e.response, r.greeting ? 'mail.protocol-garbage' : 'tls.bad-greeting');
  if (NODEMAILER.responseTooLarge.test(e.message)) {
    return transportFinding(target, { stage: r.greeting ? 'capabilities' : 'greeting', ...(code ? { code } : {}), message: e.message, kind: 'too-long' });
  }
  const timeout = code === 'ETIMEDOUT' || NODEMAILER.timedOut.test(e.message);
  const tcpLevel =
    NODEMAILER.connectionTimeout.test(e.message) || (connectErrorCause(code) !== undefined && !['ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code ?? ''));
  let stage: MailStage;
  if (r.greeting) stage = target.security === 'starttls' ? 'starttls' : 'capabilities';
  else if (tcpLevel) stage = 'connect';
  else if (target.security === 'tls') stage = 'tls';
  else stage = timeout ? 'greeting' : 'connect';
  const kind = timeout ? ('timeout' as const) : NODEMAILER.closed.test(e.message) ? ('closed' as const) : undefined;
  return transportFinding(target, { stage, ...(code ? { code } : {}), message: e.message, ...(kind ? { kind } : {}) });
}

/** Findings for the login, the command after it, and the envelope sender; empty when all went well. */
export function stepFindings(target: MailTarget, r: SmtpProbeResult, credential: MailCredential | undefined): FindingInput[] {
  const s = r.steps;
  const advertised = authMechanisms(r.ehlo);
  if (r.stepsError) {
    const e = r.stepsError;
    return [
      transportFinding(target, {
        stage: 'auth',
        ...(e.code ? { code: e.originalCode ?? e.code } : {}),
        message: e.message,
        kind: NODEMAILER.closed.test(e.message) ? 'closed' : 'timeout',
      }),
    ];
  }
  if (credential && s.mechanism && s.authReply === undefined) {
    return [
      {
        cause: 'mail.auth.mechanism-unavailable',
        detail: `the server offers AUTH ${advertised.join(' ')}, not ${s.mechanism}`,
        evidence: { host: target.host, port: target.port, stage: 'auth', mechanism: s.mechanism, advertised },
      },
    ];
  }
  if (credential && s.authOk === false && s.authReply) {
    const starttlsOffered = r.ehlo.some((l) => /^STARTTLS\b/i.test(l));
    const fallback = smtpAuthRefusal(s.authReply, { secure: r.secure, starttlsOffered });
    const f = replyFinding(target, 'auth', s.authReply, fallback, {
      mechanism: s.mechanism,
      advertised,
      ...(s.oauthStatus ? { oauthStatus: s.oauthStatus } : {}),
    });
    if (credential.kind === 'token' && SMTP_PASSWORD_REFUSALS.has(f.cause)) f.cause = 'mail.auth.oauth-rejected';
    return [f];
  }
  if (s.afterAuthOk === false && s.afterAuthReply) {
    return [replyFinding(target, 'after-auth', s.afterAuthReply, 'smtp.auth.client-not-authenticated', { mechanism: s.mechanism })];
  }
  if (s.mailFromOk === false && s.mailFromReply) return [replyFinding(target, 'envelope', s.mailFromReply, 'smtp.sender-rejected')];
  return [];
}

/** Findings for the test message: accepted (with its queue id) or the reply that refused it. */
export function sendFindings(target: MailTarget, r: SmtpProbeResult, to: string): FindingInput[] {
  if (r.sent) {
    const queueId = queueIdOf(r.sent.response);
    if (r.sent.accepted.length === 0) return [replyFinding(target, 'envelope', r.sent.response, 'smtp.recipient-rejected', { to })];
    return [
      {
        cause: 'smtp.message-accepted',
        detail: `accepted for ${to}${queueId ? ` as ${queueId}` : ''}: ${r.sent.response}`,
        evidence: { to, response: r.sent.response, ...(queueId ? { queueId } : {}) },
      },
    ];
  }
  const e = r.sendError;
  if (!e) return [];
  if (e.response) {
    const stage: MailStage = NODEMAILER.data.test(e.command ?? '') ? 'data' : 'envelope';
    return [replyFinding(target, stage, e.response, smtpSendRefusal(e.command, e.message), { to })];
  }
  return [
    transportFinding(target, {
      stage: 'data',
      ...(e.code ? { code: e.originalCode ?? e.code } : {}),
      message: e.message,
      kind: NODEMAILER.closed.test(e.message) ? 'closed' : 'timeout',
    }),
  ];
}

/** The server's queue id in a 250 reply to DATA (Postfix "queued as X", Exchange "<id@host>", "id=X"). */
export function queueIdOf(response: string): string | undefined {
  const m = /queued as ([A-Za-z0-9]+)/i.exec(response) ?? /<([^<>\s]+@[^<>\s]+)>/.exec(response) ?? /\bid=([\w.-]+)/i.exec(response);
  return m?.[1];
}
