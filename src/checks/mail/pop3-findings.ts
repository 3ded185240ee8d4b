// Judges what the POP3 probe saw and names the cause of the first failing stage.
import type { FindingInput } from '../../core/types.js';
import { pop3GreetingCause } from '../../knowledge/mail-replies.js';
import { certificateError } from '../../knowledge/tls-errors.js';
import type { MailCredential } from './auth.js';
import { oneLine, replyFinding, transportFinding } from './auth-failure.js';
import type { MailTarget } from './target.js';
import type { Pop3ProbeResult } from './pop3-probe.js';

/** Findings for the first failing stage of a POP3 session; empty when every stage passed. */
export function pop3Findings(target: MailTarget, r: Pop3ProbeResult, credential: MailCredential | undefined): FindingInput[] {
  const where = { host: target.host, port: target.port };
  const c = r.connectFailure;
  if (c) {
    if (!c.cause) return [transportFinding(target, { stage: 'connect', ...(c.code ? { code: c.code } : {}), message: c.message })];
    const cert = certificateError(c.code);
    const stage = c.stage === 'handshake' || c.stage === 'tls' ? (target.security === 'tls' ? 'tls' : 'starttls') : c.stage === 'lookup' ? 'connect' : c.stage;
    const evidence = {
      ...where,
      stage,
      ...(c.code ? { code: c.code } : {}),
      ...(cert ? { verifyCode: cert.verify.code, verify: cert.verify.name } : {}),
      ...(c.reply ? { reply: c.reply } : {}),
      ...(c.capabilities ? { capabilities: c.capabilities } : {}),
    };
    return [{ cause: c.cause, detail: `${stage}: ${oneLine(c.message)}`, evidence }];
  }
  if (r.badGreeting !== undefined) return [replyFinding(target, 'greeting', r.badGreeting, pop3GreetingCause(r.badGreeting) ?? 'tls.bad-greeting')];
  if (r.transportError) return [transportFinding(target, r.transportError)];
  if (!credential) return [];
  const sasl = r.capabilities.find((l) => /^SASL\b/i.test(l)) ?? '';
  if (r.authReply === undefined) {
    return [
      {
        cause: 'mail.auth.mechanism-unavailable',
        detail: `auth: the server's CAPA offers no ${r.mechanism ?? 'usable'} login (${sasl || 'no SASL line'})`,
        evidence: { ...where, stage: 'auth', mechanism: r.mechanism, capabilities: r.capabilities },
      },
    ];
  }
  if (!r.authOk) {
    const f = replyFinding(target, 'auth', r.authReply, 'pop3.auth.failed', {
      mechanism: r.mechanism,
      ...(r.oauthStatus ? { oauthStatus: r.oauthStatus } : {}),
    });
    if (credential.kind === 'token' && f.cause === 'pop3.auth.failed') f.cause = 'mail.auth.oauth-rejected';
    return [f];
  }
  if (r.statReply !== undefined && !/^\+OK/i.test(r.statReply))
    return [replyFinding(target, 'after-auth', r.statReply, 'pop3.command-failed', { mechanism: r.mechanism })];
  return [];
}
