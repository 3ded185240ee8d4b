// What every mail check kind (smtp, imap, pop3) reads from its values: endpoint, auth source and key.
import type { BuildContext } from '../../core/kind.js';
import type { OptionValues } from '../../core/options.js';
import { readMailAuth, type MailAuth } from './auth.js';
import type { MAIL_OPTIONS } from './options.js';
import { resolveTarget, type MailProtocol, type MailTarget } from './target.js';

/** The common part of a mail check's options. */
export interface MailEntry {
  target: MailTarget;
  auth: MailAuth;
  user?: string;
  key?: string;
}

/** Resolves the endpoint and reads the auth source of a mail kind's values. */
export async function readMailEntry(protocol: MailProtocol, v: OptionValues<typeof MAIL_OPTIONS>, ctx: BuildContext): Promise<MailEntry> {
  const target = await resolveTarget(protocol, v, ctx.io.cwd, ctx.io.env.NODE_EXTRA_CA_CERTS);
  const auth = await readMailAuth(v, ctx);
  return { target, auth, ...(v.user !== undefined ? { user: v.user } : {}), ...(v.key !== undefined ? { key: v.key } : {}) };
}
