// The shell every mail check (smtp, imap, pop3) shares: its id, target, key and needs, the credential it logs in
// with, and the transcript its dialogue writes.
import { Transcript } from '../../core/transcript.js';
import type { Check, CheckContext, CheckOutcome, FindingInput } from '../../core/types.js';
import { authNeeds, credentialFor, type MailAuth, type MailCredential } from './auth.js';
import type { MailTarget } from './target.js';

/** What a mail check's own dialogue gives back; the shell adds the transcript. */
export type MailOutcome = Omit<CheckOutcome, 'transcript' | 'transcriptMasks'>;

/** The options every mail check has. */
export interface MailCheckBase {
  target: MailTarget;
  auth: MailAuth;
  user?: string;
  key?: string;
}

/** A password that is the user name (or the part before @): worth saying, and why the report masks the user name. */
function passwordIsUserName(user: string | undefined, credential: MailCredential | undefined): FindingInput[] {
  if (!user || credential?.kind !== 'password') return [];
  const password = credential.secret.reveal().toLowerCase();
  const local = user.split('@')[0]!.toLowerCase();
  if (password !== user.toLowerCase() && password !== local) return [];
  return [
    {
      cause: 'mail.password-is-user-name',
      detail: password === local && local !== user.toLowerCase() ? "the password is the user name's part before @" : 'the password is the user name',
      evidence: {},
    },
  ];
}

/** A mail check whose `dialogue` runs with the credential of `o.auth` (none: stop before login) and a transcript. */
export function mailCheck(
  id: string,
  title: string,
  o: MailCheckBase,
  dialogue: (ctx: CheckContext, credential: MailCredential | undefined, transcript: Transcript) => Promise<MailOutcome>,
): Check {
  const needs = authNeeds(o.auth);
  return {
    id,
    title,
    target: o.target.label,
    ...(o.key ? { key: o.key } : {}),
    ...(needs.length > 0 ? { needs } : {}),
    async run(ctx): Promise<CheckOutcome> {
      const transcript = new Transcript();
      const credential = credentialFor(o.auth, ctx);
      const outcome = await dialogue(ctx, credential, transcript);
      return { ...outcome, findings: [...passwordIsUserName(o.user, credential), ...outcome.findings], ...transcript.outcome() };
    },
  };
}

/** The finding of a mail check given no password or token: it stopped after `lastStep`, before logging in. */
export function noCredentialsFinding(target: MailTarget, lastStep: string): FindingInput {
  return {
    cause: 'mail.no-credentials',
    detail: `no password or token source given: stopped after ${lastStep}`,
    evidence: { host: target.host, port: target.port },
  };
}
