// Turns what went wrong on a mail connection (socket, TLS, timeout, server reply) into a documented cause.
import type { Evidence, FindingInput } from '../../core/types.js';
import { connectErrorCause } from '../../knowledge/connect-errors.js';
import { severityOf } from '../../core/finding.js';
import { causeOf, type CauseId } from '../../knowledge/index.js';
import { matchText } from '../../knowledge/match.js';
import { MAIL_MATCHERS } from '../../knowledge/mail-matchers.js';
import { CERTIFICATE_WORDING, codeInMessage } from '../../knowledge/library-errors.js';
import { certificateError, handshakeErrorCause } from '../../knowledge/tls-errors.js';
import type { MailTarget } from './target.js';

/** The dialogue step at which a connection failed. */
export type MailStage = 'connect' | 'greeting' | 'capabilities' | 'starttls' | 'tls' | 'auth' | 'after-auth' | 'mailbox' | 'envelope' | 'data';

/** A low-level failure: an error code (Node's or the library's), its message, and how the peer behaved. */
export interface TransportFailure {
  stage: MailStage;
  code?: string;
  message: string;
  /** The peer said nothing in time, closed, or sent something that is not the protocol. */
  kind?: 'timeout' | 'closed' | 'garbage' | 'too-long';
}

/** The cause of a transport failure: certificate, handshake, socket, or the peer's behaviour at that stage. */
export function transportCause(f: TransportFailure): CauseId {
  const cert = certificateError(f.code) ?? certificateError(codeInMessage(f.message));
  if (cert) return cert.cause;
  if (CERTIFICATE_WORDING.test(f.message) && f.stage !== 'connect') return 'tls.verify-failed';
  if (f.kind === 'timeout') {
    if (f.stage === 'connect') return 'tcp.timeout';
    if (f.stage === 'greeting') return 'tls.no-greeting';
    if (f.stage === 'tls' || f.stage === 'starttls') return 'tls.handshake-timeout';
    return 'mail.reply-timeout';
  }
  if (f.kind === 'too-long') return 'mail.reply-too-long';
  if (f.kind === 'garbage') return f.stage === 'greeting' ? 'tls.bad-greeting' : 'mail.protocol-garbage';
  const tcp = connectErrorCause(f.code);
  if (tcp && f.stage === 'connect') return tcp;
  const handshake = f.code === 'EPROTOCOL' ? undefined : handshakeErrorCause({ ...(f.code ? { code: f.code } : {}), message: f.message });
  if (handshake && (f.stage === 'tls' || f.stage === 'starttls' || f.stage === 'connect' || f.stage === 'greeting')) return handshake;
  if (tcp) return tcp === 'tcp.reset' ? 'mail.connection-closed' : tcp;
  if (f.kind === 'closed') return 'mail.connection-closed';
  return f.stage === 'connect' ? 'tcp.unreachable' : 'mail.connection-closed';
}

/** A finding for a transport failure, with the certificate's verify code when it is one. */
export function transportFinding(target: MailTarget, f: TransportFailure): FindingInput {
  const cert = certificateError(f.code);
  const evidence: Evidence = {
    host: target.host,
    port: target.port,
    stage: f.stage,
    ...(f.code ? { code: f.code } : {}),
    ...(cert ? { verifyCode: cert.verify.code, verify: cert.verify.name } : {}),
  };
  return { cause: transportCause(f), detail: `${f.stage}: ${oneLine(f.message)}`, evidence };
}

/** The cause of a server reply, from the mail matchers (535 5.7.8, [AUTHENTICATIONFAILED], ...), or the fallback. */
export function replyCause(reply: string, fallback: CauseId): { cause: CauseId; matcher?: string } {
  const found = matchText(reply, MAIL_MATCHERS as Parameters<typeof matchText>[1]);
  const first = found[0];
  return first ? { cause: first.cause, matcher: first.matcher.id } : { cause: fallback };
}

/** A finding for an error reply of the server at a stage. */
export function replyFinding(target: MailTarget, stage: MailStage, reply: string, fallback: CauseId, extra: Evidence = {}): FindingInput {
  const { cause, matcher } = replyCause(reply, fallback);
  const code = /^(\d{3})[ -](?:(\d\.\d{1,3}\.\d{1,3})\b)?/.exec(reply);
  const evidence: Evidence = {
    host: target.host,
    port: target.port,
    stage,
    reply: oneLine(reply),
    ...(code ? { replyCode: Number(code[1]) } : {}),
    ...(code?.[2] ? { enhancedCode: code[2] } : {}),
    ...(matcher ? { matcher } : {}),
    ...extra,
  };
  return { cause, detail: `${stage}: the server answered "${oneLine(reply)}"`, evidence };
}

/** Squeezes a multi-line reply or message into one bounded line. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** One stage of a mail dialogue as the report shows it: passed, where it stopped, or never reached. */
export interface StageResult {
  stage: MailStage;
  result: 'ok' | 'failed' | 'not run';
}

/** The first failing finding of a mail check, whose `stage` evidence says where the dialogue stopped. */
export function firstFailure(findings: readonly FindingInput[]): FindingInput | undefined {
  return findings.find((f) => severityOf(f) === 'fail');
}

/** A mail check's summary when it failed: the stage and the cause's title. */
export function failureSummary(failing: FindingInput): string {
  return `${String(failing.evidence?.stage ?? 'check')} failed: ${causeOf(failing.cause).title}`;
}

/** The evidence every mail check starts with: the endpoint, the greeting and whether the session was encrypted. */
export function endpointEvidence(target: MailTarget, r: { greeting?: string; secure: boolean }): Evidence {
  return {
    host: target.host,
    port: target.port,
    security: target.security,
    ...(target.preset ? { preset: target.preset } : {}),
    ...(r.greeting ? { greeting: r.greeting } : {}),
    encrypted: r.secure,
  };
}

/** The stage-by-stage trail: every planned stage before the first failing finding's stage passed, the rest did not run. */
export function stageTrail(planned: MailStage[], findings: readonly FindingInput[]): StageResult[] {
  const failedAt = firstFailure(findings)?.evidence?.stage;
  const index = typeof failedAt === 'string' ? planned.indexOf(failedAt as MailStage) : -1;
  return planned.map((stage, i) => ({ stage, result: index < 0 || i < index ? 'ok' : i === index ? 'failed' : 'not run' }));
}

/** The stages before login in the order they happen: TLS first on an implicit-TLS port, STARTTLS after the capabilities. */
export function transportStages(security: 'tls' | 'starttls' | 'none', withCapabilities: boolean): MailStage[] {
  const caps: MailStage[] = withCapabilities ? ['capabilities'] : [];
  if (security === 'tls') return ['connect', 'tls', 'greeting', ...caps];
  return ['connect', 'greeting', ...caps, ...(security === 'starttls' ? (['starttls'] as const) : [])];
}
