// What every mail check kind (smtp, imap, pop3) reads from its config entry: endpoint, auth source and key.
import type { FieldSpecs } from '../../config/fields.js';
import { MAIL_AUTH_FIELDS, readConfigAuth, type MailAuth } from './auth.js';
import { MAIL_TARGET_FIELDS, resolveTarget, type MailProtocol, type MailTarget } from './target.js';
import type { BuildContext } from '../types.js';

/** The config keys shared by the three mail check kinds. */
export const MAIL_ENTRY_FIELDS: FieldSpecs = {
  ...MAIL_TARGET_FIELDS,
  ...MAIL_AUTH_FIELDS,
  key: { type: 'string', description: 'key other checks name in needs' },
};

/** The common part of a mail check's options, built from a validated entry. */
export interface MailEntry {
  target: MailTarget;
  auth: MailAuth;
  user?: string;
  key?: string;
}

/** Resolves the endpoint and reads the auth source of a mail check entry. */
export async function readMailEntry(protocol: MailProtocol, entry: Record<string, unknown>, ctx: BuildContext): Promise<MailEntry> {
  const target = await resolveTarget(protocol, entry, ctx.baseDir, ctx.env.NODE_EXTRA_CA_CERTS);
  const auth = await readConfigAuth(entry, ctx);
  return {
    target,
    auth,
    ...(typeof entry.user === 'string' ? { user: entry.user } : {}),
    ...(typeof entry.key === 'string' ? { key: entry.key } : {}),
  };
}
