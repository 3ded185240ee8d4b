// The incoming server check over IMAP: connect, greeting, CAPABILITY, STARTTLS, login, NOOP, then EXAMINE (read-only).
import type { Check, Evidence, FindingInput } from '../../core/types.js';
import { connectFinding, mailboxFinding, stoppedForNoLogin } from './imap-findings.js';
import { endpointEvidence, failureSummary, firstFailure, stageTrail, transportStages, type MailStage } from './auth-failure.js';
import type { MailAuth } from './auth.js';
import { mailCheck, noCredentialsFinding } from './mail-check.js';
import { refineConnectTimeout } from './connect-timeout.js';
import { configWarnings, type MailTarget } from './target.js';
import { seenFindings } from './imap-seen.js';
import { probeImap, type ImapProbeResult } from './imap-probe.js';

/** Everything one imap check needs. */
export interface ImapCheckOptions {
  target: MailTarget;
  user?: string;
  auth: MailAuth;
  /** Folder to examine (default INBOX). */
  mailbox?: string;
  key?: string;
}

function summaryOf(findings: FindingInput[], r: ImapProbeResult, o: ImapCheckOptions, mailbox: string): string {
  const failing = firstFailure(findings);
  if (failing) return failureSummary(failing);
  const idle = r.capabilities.includes('IDLE') ? 'IDLE supported' : 'no IDLE';
  if (!r.mailbox) return `connected over ${r.secure ? 'TLS' : 'no encryption'}, login not tested; ${idle}`;
  const m = r.mailbox;
  return `logged in as ${o.user} (${r.mechanism ?? 'LOGIN'}); ${mailbox}: ${m.exists} messages, ${m.unseen ?? '?'} unseen, UIDVALIDITY ${m.uidValidity}; ${idle}`;
}

/** Builds the imap check for one endpoint and mailbox. */
export function imapCheck(o: ImapCheckOptions): Check {
  const mailbox = o.mailbox ?? 'INBOX';
  return mailCheck('imap', 'IMAP (incoming server)', o, async (ctx, credential, transcript) => {
    const r = await probeImap({
      target: o.target,
      ...(o.user !== undefined ? { user: o.user } : {}),
      ...(credential ? { credential } : {}),
      mailbox,
      timeoutMs: ctx.timeoutMs,
      signal: ctx.signal,
      transcript,
    });
    const findings: FindingInput[] = configWarnings(o.target, o.auth);
    const connectFailed = r.connectError && !(stoppedForNoLogin(r.connectError) && !credential);
    if (connectFailed && r.connectError)
      findings.push(await refineConnectTimeout(o.target, connectFinding(o.target, r, r.connectError, credential), ctx.timeoutMs, ctx.signal));
    else if (r.mailboxError) findings.push(mailboxFinding(o.target, r.mailboxError, mailbox));
    if (!connectFailed && !credential) findings.push(noCredentialsFinding(o.target, 'CAPABILITY'));
    if (!connectFailed && r.capabilities.length > 0 && !r.capabilities.includes('IDLE')) {
      findings.push({
        cause: 'imap.no-idle',
        detail: 'IDLE is not in the CAPABILITY list: Real Time Scanning cannot work',
        evidence: { capabilities: r.capabilities },
      });
    }
    findings.push(...seenFindings(r.mailbox));
    const planned: MailStage[] = [...transportStages(o.target.security, false), ...(credential ? (['auth', 'after-auth', 'mailbox'] as const) : [])];
    const evidence: Evidence = {
      ...endpointEvidence(o.target, r),
      capabilities: r.capabilities,
      authMechanisms: r.authMechanisms,
      idle: r.capabilities.includes('IDLE'),
      ...(r.mechanism ? { mechanism: r.mechanism } : {}),
      ...(r.mailbox ? { mailbox: r.mailbox } : { mailboxName: mailbox }),
      stages: stageTrail(planned, findings),
      timings: r.ms,
    };
    return { summary: summaryOf(findings, r, o, mailbox), findings, evidence };
  });
}
