// The incoming server check over POP3: greeting, CAPA, STLS, login, STAT, QUIT; read-only, and a warning to prefer IMAP.
import type { Check, Evidence, FindingInput } from '../../core/types.js';
import type { MailAuth } from './auth.js';
import { mailCheck, noCredentialsFinding } from './mail-check.js';
import { configWarnings, type MailTarget } from './target.js';
import { endpointEvidence, failureSummary, firstFailure, stageTrail, transportStages, type MailStage } from './auth-failure.js';
import { pop3Findings } from './pop3-findings.js';
import { probePop3, type Pop3ProbeResult } from './pop3-probe.js';

/** Everything one pop3 check needs. */
export interface Pop3CheckOptions {
  target: MailTarget;
  user?: string;
  auth: MailAuth;
  key?: string;
}

function summaryOf(findings: FindingInput[], r: Pop3ProbeResult, o: Pop3CheckOptions): string {
  const failing = firstFailure(findings);
  if (failing) return failureSummary(failing);
  if (!r.stat) return `connected over ${r.secure ? 'TLS' : 'no encryption'}, login not tested`;
  return `logged in as ${o.user} (${r.mechanism}); ${r.stat.messages} messages, ${r.stat.octets} bytes`;
}

/** Builds the pop3 check for one endpoint. */
export function pop3Check(o: Pop3CheckOptions): Check {
  return mailCheck('pop3', 'POP3 (incoming server)', o, async (ctx, credential, transcript) => {
    const r = await probePop3({
      target: o.target,
      ...(o.user !== undefined ? { user: o.user } : {}),
      ...(credential ? { credential } : {}),
      timeoutMs: ctx.timeoutMs,
      signal: ctx.signal,
      transcript,
    });
    const findings: FindingInput[] = [
      {
        cause: 'pop3.instead-of-imap',
        detail: 'POP3 is in use; the guide recommends IMAP for every new setup',
        evidence: { host: o.target.host, port: o.target.port },
      },
      ...configWarnings(o.target, o.auth),
      ...pop3Findings(o.target, r, credential),
    ];
    if (!credential && r.greeting && !r.transportError && !r.badGreeting) {
      findings.push(noCredentialsFinding(o.target, 'CAPA'));
    }
    const planned: MailStage[] = [...transportStages(o.target.security, true), ...(credential ? (['auth', 'after-auth'] as const) : [])];
    const evidence: Evidence = {
      ...endpointEvidence(o.target, r),
      capabilities: r.capabilities,
      ...(r.mechanism ? { mechanism: r.mechanism } : {}),
      ...(r.authReply ? { authReply: r.authReply } : {}),
      ...(r.stat ? { messages: r.stat.messages, octets: r.stat.octets } : {}),
      stages: stageTrail(planned, findings),
      timings: r.ms,
    };
    return { summary: summaryOf(findings, r, o), findings, evidence };
  });
}
