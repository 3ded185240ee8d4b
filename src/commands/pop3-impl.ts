// What `maildoctor pop3` does: resolves the endpoint and auth source, then one staged POP3 check.
import { readCliAuth } from '../checks/mail/auth.js';
import { resolveTarget } from '../checks/mail/target.js';
import { pop3Check } from '../checks/mail/pop3.js';
import type { PlanFn } from './lazy.js';

/** Builds the pop3 check. */
export const plan: PlanFn = async (_args, opts, ctx) => {
  const target = await resolveTarget('pop3', opts, ctx.io.cwd, ctx.io.env.NODE_EXTRA_CA_CERTS);
  const auth = await readCliAuth(opts, ctx.io);
  const user = typeof opts.user === 'string' ? opts.user : undefined;
  return { checks: [pop3Check({ target, auth, ...(user ? { user } : {}) })] };
};
