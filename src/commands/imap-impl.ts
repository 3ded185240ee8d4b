// What `maildoctor imap` does: resolves the endpoint and auth source, then one staged IMAP check.
import { imapCheck } from '../checks/mail/imap.js';
import { readCliAuth } from '../checks/mail/auth.js';
import { resolveTarget } from '../checks/mail/target.js';
import type { PlanFn } from './lazy.js';

/** Builds the imap check. */
export const plan: PlanFn = async (_args, opts, ctx) => {
  const target = await resolveTarget('imap', opts, ctx.io.cwd, ctx.io.env.NODE_EXTRA_CA_CERTS);
  const auth = await readCliAuth(opts, ctx.io);
  const user = typeof opts.user === 'string' ? opts.user : undefined;
  const mailbox = typeof opts.mailbox === 'string' ? opts.mailbox : undefined;
  return { checks: [imapCheck({ target, auth, ...(user ? { user } : {}), ...(mailbox ? { mailbox } : {}) })] };
};
