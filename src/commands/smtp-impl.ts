// What `maildoctor smtp` does: resolves the endpoint, auth source and addresses, then one staged SMTP check.
import { readCliAuth } from '../checks/mail/auth.js';
import { resolveTarget } from '../checks/mail/target.js';
import { parseAddress, smtpCheck } from '../checks/mail/smtp.js';
import type { PlanFn } from './lazy.js';

/** Builds the smtp check. */
export const plan: PlanFn = async (_args, opts, ctx) => {
  const target = await resolveTarget('smtp', opts, ctx.io.cwd, ctx.io.env.NODE_EXTRA_CA_CERTS);
  const auth = await readCliAuth(opts, ctx.io);
  const from = parseAddress(opts.from, '--from');
  const sendTo = parseAddress(opts.sendTo, '--send-to');
  const user = typeof opts.user === 'string' ? opts.user : undefined;
  return { checks: [smtpCheck({ target, auth, ...(user ? { user } : {}), ...(from ? { from } : {}), ...(sendTo ? { sendTo } : {}) })] };
};
