// The Graph mailbox check: can the oauth check's token open ADDR's inbox, as the helpdesk's Graph client does?
import { graphKey, oauthKey } from '../../core/keys.js';
import { oauthTokenKey } from '../../core/shared.js';
import { Transcript } from '../../core/transcript.js';
import type { Check, CheckOutcome, FindingInput } from '../../core/types.js';
import type { CauseId } from '../../knowledge/index.js';
import { connectErrorCause } from '../../knowledge/connect-errors.js';
import { graphRefusalCause } from '../../knowledge/graph-refusals.js';
import { certificateError } from '../../knowledge/tls-errors.js';
import { oauthCheck } from './oauth.js';
import type { OAuthSettings } from './settings.js';
import { graphInbox, type GraphAnswer } from './graph-mailbox.js';

/** What the Graph check needs: the oauth check's name, the mailbox and the Graph root. */
export interface GraphSettings {
  name: string;
  mailbox: string;
  graphUrl: URL;
  ca?: string;
}

function judge(a: GraphAnswer, s: GraphSettings, clientId: string | undefined): { summary: string; findings: FindingInput[] } {
  const base = { mailbox: s.mailbox, url: a.url, ...(clientId ? { clientId } : {}) };
  if (a.kind === 'network') {
    const cause: CauseId =
      a.code === 'TIMEOUT' ? 'graph.no-answer' : (connectErrorCause(a.code) ?? certificateError(a.code)?.cause ?? 'graph.unexpected-response');
    return {
      summary: `no answer from Graph: ${a.code}`,
      findings: [{ cause, detail: `${new URL(a.url).host}: ${a.code} (${a.message}) after ${a.ms} ms`, evidence: { ...base, code: a.code } }],
    };
  }
  if (a.status === 200) {
    const count = a.folder?.totalItemCount !== undefined ? ` (${a.folder.totalItemCount} items, ${a.folder.unreadItemCount ?? '?'} unread)` : '';
    return {
      summary: `inbox of ${s.mailbox} readable${count}`,
      findings: [{ cause: 'graph.mailbox.accessible', detail: `GET inbox answered 200 in ${a.ms} ms${count}`, evidence: { ...base, ...a.folder } }],
    };
  }
  const code = a.error?.code;
  const cause = graphRefusalCause(a.status, code);
  const detail = `HTTP ${a.status}${code ? ` ${code}` : ''}${a.error?.message ? `: ${a.error.message}` : ''}`;
  return {
    summary: `Graph refused the inbox of ${s.mailbox}: ${a.status}${code ? ` ${code}` : ''}`,
    findings: [{ cause, detail, evidence: { ...base, status: a.status, ...a.error } }],
  };
}

/** Builds the Graph check; it needs `oauth NAME` and uses the token that check shared. */
export function graphMailboxCheck(s: GraphSettings, clientId?: string): Check {
  const needs = oauthKey(s.name);
  return {
    id: 'graph',
    key: graphKey(s.mailbox),
    title: 'Graph mailbox access',
    target: s.mailbox,
    needs: [needs],
    async run(ctx): Promise<CheckOutcome> {
      const token = ctx.shared.get(oauthTokenKey(s.name));
      if (!token) return { summary: `no access token from ${needs}`, findings: [], skipped: `skipped: ${needs} shared no usable access token` };
      const transcript = new Transcript();
      const answer = await graphInbox(s.graphUrl, s.mailbox, token, {
        timeoutMs: ctx.timeoutMs,
        signal: ctx.signal,
        transcript,
        ...(s.ca ? { ca: s.ca } : {}),
      });
      const { summary, findings } = judge(answer, s, clientId);
      return {
        summary,
        findings,
        evidence: { mailbox: s.mailbox, url: answer.url, ...(answer.kind === 'answer' ? { status: answer.status } : {}), ms: answer.ms },
        ...transcript.outcome(),
      };
    },
  };
}

/** The oauth check and, with a Graph mailbox, the Graph check that needs it. */
export function oauthChecks(s: OAuthSettings): Check[] {
  const checks = [oauthCheck(s)];
  if (s.graphMailbox)
    checks.push(graphMailboxCheck({ name: s.name, mailbox: s.graphMailbox, graphUrl: s.graphUrl, ...(s.ca ? { ca: s.ca } : {}) }, s.clientId));
  return checks;
}
