// The shell every mail check (smtp, imap, pop3) shares: its id, target, key and needs, the credential it logs in
// with, and the transcript its dialogue writes.
import { Transcript } from '../../core/transcript.js';
import type { Check, CheckContext, CheckOutcome, FindingInput } from '../../core/types.js';
import { authNeeds, credentialFor, type MailAuth, type MailCredential } from './auth.js';
import type { MailTarget } from './target.js';

/** What a mail check's own dialogue gives back; the shell adds the transcript. */
export type MailOutcome = Omit<CheckOutcome, 'transcript'>;

/** The options every mail check has. */
export interface MailCheckBase {
  target: MailTarget;
  auth: MailAuth;
  key?: string;
}

/** A mail check whose `dialogue` runs with the credential of `o.auth` (none: stop before login) and a transcript. */
export function mailCheck(id: string, title: string, o: MailCheckBase, dialogue: (ctx: CheckContext, credential: MailCredential | undefined, transcript: Transcript) => Promise<MailOutcome>): Check {
  const needs = authNeeds(o.auth);
  return {
    id,
    title,
    target: o.target.label,
    ...(o.key ? { key: o.key } : {}),
    ...(needs.length > 0 ? { needs } : {}),
    async run(ctx): Promise<CheckOutcome> {
      const transcript = new Transcript();
      const outcome = await dialogue(ctx, credentialFor(o.auth, ctx), transcript);
      return { ...outcome, transcript: transcript.lines };
    },
  };
}

/** The finding of a mail check given no password or token: it stopped after `lastStep`, before logging in. */
export function noCredentialsFinding(target: MailTarget, lastStep: string): FindingInput {
  return { cause: 'mail.no-credentials', detail: `no password or token source given: stopped after ${lastStep}`, evidence: { host: target.host, port: target.port } };
}
