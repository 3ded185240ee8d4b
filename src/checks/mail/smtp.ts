// The outgoing server check: connect, greeting, EHLO, STARTTLS, AUTH, one more command, and optionally a test message.
import { UsageError } from '../../core/errors.js';
import type { Check, Evidence, FindingInput } from '../../core/types.js';
import { endpointEvidence, failureSummary, firstFailure, stageTrail, transportStages, type MailStage } from './auth-failure.js';
import type { MailAuth } from './auth.js';
import { mailCheck, noCredentialsFinding } from './mail-check.js';
import { refineConnectTimeout } from './connect-timeout.js';
import { configWarnings, type MailTarget } from './target.js';
import { authMechanisms, probeSmtp } from './smtp-probe.js';
import { connectFinding, sendFindings, stepFindings } from './smtp-findings.js';

/** Everything one smtp check needs. */
export interface SmtpCheckOptions {
  target: MailTarget;
  user?: string;
  auth: MailAuth;
  /** Envelope sender to test (MAIL FROM), or the sender of the test message. */
  from?: string;
  /** Sends a test message to this address; only when explicitly asked. */
  sendTo?: string;
  /** Key for `needs` in a run (defaults to `smtp HOST:PORT`). */
  key?: string;
}

/** Validates an address given for --from / --send-to (no spaces or line breaks, one @). */
export function parseAddress(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(text)) throw new UsageError(`${option}: "${text.slice(0, 60)}" is not an email address`);
  return text;
}

function summaryOf(findings: FindingInput[], r: Awaited<ReturnType<typeof probeSmtp>>, o: SmtpCheckOptions): string {
  const failing = firstFailure(findings);
  if (failing) return failureSummary(failing);
  const over = r.secure ? (o.target.security === 'tls' ? 'implicit TLS' : 'STARTTLS') : 'no encryption';
  const parts = [r.steps.authOk ? `authenticated as ${o.user} with ${r.steps.mechanism} over ${over}` : `connected over ${over}, login not tested`];
  if (r.steps.mailFromOk) parts.push(`MAIL FROM:<${o.from}> accepted`);
  if (r.sent) parts.push(`test message to ${o.sendTo} accepted`);
  return parts.join('; ');
}

/** Builds the smtp check for one endpoint. */
export function smtpCheck(o: SmtpCheckOptions): Check {
  return mailCheck('smtp', 'SMTP (outgoing server)', o, async (ctx, credential, transcript) => {
    const r = await probeSmtp({
      target: o.target,
      ...(o.user !== undefined ? { user: o.user } : {}),
      ...(credential ? { credential } : {}),
      ...(o.from !== undefined ? { from: o.from } : {}),
      ...(o.sendTo !== undefined ? { sendTo: o.sendTo } : {}),
      timeoutMs: ctx.timeoutMs,
      signal: ctx.signal,
      transcript,
    });
    const findings: FindingInput[] = configWarnings(o.target, o.auth);
    if (r.connectError) findings.push(await refineConnectTimeout(o.target, connectFinding(o.target, r, r.connectError), ctx.timeoutMs, ctx.signal));
    else {
      findings.push(...stepFindings(o.target, r, credential));
      if (!credential) findings.push(noCredentialsFinding(o.target, 'EHLO'));
      if (o.sendTo !== undefined) findings.push(...sendFindings(o.target, r, o.sendTo));
    }
    const planned: MailStage[] = transportStages(o.target.security, true);
    if (credential) planned.push('auth', 'after-auth');
    if (o.from !== undefined || o.sendTo !== undefined) planned.push('envelope');
    if (o.sendTo !== undefined) planned.push('data');
    const size = r.ehlo.map((l) => /^SIZE\s+(\d+)/i.exec(l)?.[1]).find(Boolean);
    const evidence: Evidence = {
      ...endpointEvidence(o.target, r),
      extensions: r.ehlo,
      authMechanisms: authMechanisms(r.ehlo),
      ...(size ? { sizeLimit: Number(size) } : {}),
      ...(r.steps.mechanism ? { mechanism: r.steps.mechanism } : {}),
      ...(r.steps.authReply ? { authReply: r.steps.authReply } : {}),
      ...(r.steps.afterAuthReply ? { afterAuthReply: r.steps.afterAuthReply } : {}),
      ...(r.steps.mailFromReply ? { mailFromReply: r.steps.mailFromReply } : {}),
      stages: stageTrail(planned, findings),
      timings: r.ms,
    };
    return { summary: summaryOf(findings, r, o), findings, evidence };
  });
}
