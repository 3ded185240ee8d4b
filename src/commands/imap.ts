// `maildoctor imap`: the incoming server over IMAP, stage by stage, then the mailbox examined read-only.
import { imapCheck } from '../checks/imap.js';
import { addAuthOptions, readCliAuth } from '../checks/mail-auth.js';
import { addTargetOptions, resolveTarget } from '../checks/mail-auth-target.js';
import type { CommandSpec } from './types.js';

/** The imap command. */
export const IMAP_COMMAND: CommandSpec = {
  name: 'imap',
  summary: 'IMAP login stage by stage (greeting, CAPABILITY, STARTTLS, LOGIN/XOAUTH2), then EXAMINE the mailbox read-only',
  examples: [
    'maildoctor imap --preset office365 --user support@example.com --oauth-token-env MS_TOKEN',
    'maildoctor imap --host imap.gmail.com --user support@example.com --password-env GMAIL_APP_PASSWORD --mailbox INBOX',
  ],
  configure(cmd) {
    addTargetOptions(cmd);
    addAuthOptions(cmd);
    cmd.option('--mailbox <name>', 'folder to examine read-only (default INBOX)');
  },
  async plan(_args, opts, ctx) {
    const target = await resolveTarget('imap', opts, ctx.io.cwd, ctx.io.env.NODE_EXTRA_CA_CERTS);
    const auth = await readCliAuth(opts, ctx.io);
    const user = typeof opts.user === 'string' ? opts.user : undefined;
    const mailbox = typeof opts.mailbox === 'string' ? opts.mailbox : undefined;
    return { checks: [imapCheck({ target, auth, ...(user ? { user } : {}), ...(mailbox ? { mailbox } : {}) })] };
  },
};
