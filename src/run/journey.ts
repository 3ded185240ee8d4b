// `run --journey`: the guide's 7-step email journey for real: a tagged message out, then watched for in the mailbox.
import { randomBytes } from 'node:crypto';
import { credentialFor, readMailAuth } from '../checks/mail/auth.js';
import { resolveTarget } from '../checks/mail/target.js';
import type { IncomingServer, MailConfig, OutgoingServer } from '../config/mail-config.js';
import type { BuildContext } from '../core/kind.js';
import type { Check, CheckOutcome } from '../core/types.js';
import type { ServerChain } from './chains.js';
import { effectiveEndpoint } from './endpoints.js';
import { authEntry } from './plan-servers.js';
import { sendTagged } from './journey-send.js';
import { watchForTag } from './journey-watch.js';

/** How many step timeouts the mailbox is watched for the message. */
const WATCH_STEPS = 3;

function pickPair(config: MailConfig): { incoming?: IncomingServer; outgoing?: OutgoingServer } {
  const imap = config.incoming.filter((s) => s.protocol === 'imap' && s.enabled !== false);
  const incoming = imap.find((s) => s.primary) ?? imap[0];
  const byName = (n?: string) => config.outgoing.find((o) => o.name === n && o.enabled !== false);
  const outgoing = byName(incoming?.outgoing) ?? config.outgoing.find((o) => o.primary && o.enabled !== false) ?? config.outgoing[0];
  return { ...(incoming ? { incoming } : {}), ...(outgoing ? { outgoing } : {}) };
}

function notPossible(detail: string): Check {
  return {
    id: 'journey',
    title: 'Email journey',
    target: 'config',
    async run() {
      return { summary: detail, findings: [{ cause: 'journey.not-possible', detail }] };
    },
  };
}

/** The journey check: sends through the linked outgoing server to the primary IMAP mailbox and waits for it. */
export async function journeyCheck(config: MailConfig, chains: ServerChain[], ctx: BuildContext): Promise<Check> {
  const { incoming, outgoing } = pickPair(config);
  const to = incoming?.address ?? incoming?.user;
  if (!incoming || !outgoing || !to || !incoming.user)
    return notPossible('needs an enabled IMAP incoming server with user and address, and an outgoing server');
  const inEp = effectiveEndpoint(incoming, 'incoming', config.preset);
  const outEp = effectiveEndpoint(outgoing, 'outgoing', config.preset);
  const inTarget = await resolveTarget(
    'imap',
    { host: inEp.host, port: inEp.port, security: inEp.security, ...(incoming.ca ? { ca: incoming.ca } : {}) },
    ctx.io.cwd,
    ctx.io.env.NODE_EXTRA_CA_CERTS,
  );
  const outTarget = await resolveTarget(
    'smtp',
    { host: outEp.host, port: outEp.port, security: outEp.security, ...(outgoing.ca ? { ca: outgoing.ca } : {}) },
    ctx.io.cwd,
    ctx.io.env.NODE_EXTRA_CA_CERTS,
  );
  const inAuth = await readMailAuth(authEntry(incoming), ctx);
  const outAuth = await readMailAuth(authEntry(outgoing), ctx);
  const from = outgoing.from ?? outgoing.user ?? to;
  const lastStage = (name: string, dir: string) => chains.find((c) => c.server === name && c.direction === dir)?.stages.at(-1)?.key;
  const needs = [lastStage(incoming.name, 'incoming'), lastStage(outgoing.name, 'outgoing')].filter((k): k is string => Boolean(k));
  return {
    id: 'journey',
    title: 'Email journey',
    target: `${outgoing.name} → ${incoming.name}`,
    needs,
    steps: 1 + WATCH_STEPS,
    async run(run): Promise<CheckOutcome> {
      const tag = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
      const sent = await sendTagged({
        target: outTarget,
        ...(outgoing.user ? { user: outgoing.user } : {}),
        ...optionalCredential(credentialFor(outAuth, run)),
        from,
        to,
        tag,
        timeoutMs: run.timeoutMs,
        signal: run.signal,
      });
      const evidence = { tag, subject: `maildoctor journey ${tag}`, from, to, sendMs: sent.ms };
      if (!sent.ok)
        return {
          summary: `step 6 failed: the outgoing server did not take the message (${sent.error})`,
          findings: [{ cause: 'journey.send-failed', detail: sent.error, evidence }],
          evidence,
        };
      const credential = credentialFor(inAuth, run);
      if (!credential)
        return {
          summary: 'sent; the mailbox cannot be watched without credentials',
          findings: [{ cause: 'journey.not-possible', detail: `incoming "${incoming.name}" has no password or token source`, evidence }],
          evidence,
        };
      const waitMs = run.timeoutMs * WATCH_STEPS;
      const seen = await watchForTag({
        target: inTarget,
        user: incoming.user as string,
        credential,
        mailbox: incoming.mailbox ?? 'INBOX',
        tag,
        waitMs,
        timeoutMs: run.timeoutMs,
        signal: run.signal,
      });
      const all = {
        ...evidence,
        queueResponse: sent.response,
        messageId: sent.messageId,
        arrivalMs: seen.ms,
        polls: seen.polls,
        steps: { 'step 6 send': sent.ms, 'step 1 arrival (after send)': seen.found ? seen.ms : null },
      };
      if (seen.found)
        return {
          summary: `sent in ${sent.ms} ms, in the mailbox ${seen.ms} ms later; follow "${evidence.subject}" in the Email Audit for steps 2-7`,
          findings: [{ cause: 'journey.delivered', detail: `${from} → ${to} via ${outTarget.label} and ${inTarget.label}`, evidence: all }],
          evidence: all,
        };
      return {
        summary: `sent, but not in ${incoming.mailbox ?? 'INBOX'} after ${Math.round(seen.ms / 1000)} s${'error' in seen && seen.error ? ` (${seen.error})` : ''}`,
        findings: [{ cause: 'journey.not-arrived', detail: `tag ${tag} not found`, evidence: all }],
        evidence: all,
      };
    },
  };
}

function optionalCredential<T>(c: T | undefined): { credential?: T } {
  return c ? { credential: c } : {};
}
