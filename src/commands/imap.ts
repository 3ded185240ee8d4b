// `maildoctor imap`: the incoming server over IMAP, stage by stage, then the mailbox examined read-only.
import { lazyPlan } from './lazy.js';
import { addAuthOptions, addTargetOptions } from './mail-options.js';
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
  plan: lazyPlan(() => import('./imap-impl.js')),
};
