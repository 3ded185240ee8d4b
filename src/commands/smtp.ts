// `maildoctor smtp`: the outgoing server, stage by stage, with a password or an OAuth token.
import { lazyPlan } from './lazy.js';
import { addAuthOptions, addTargetOptions } from './mail-options.js';
import type { CommandSpec } from './types.js';

/** The smtp command. */
export const SMTP_COMMAND: CommandSpec = {
  name: 'smtp',
  summary: 'SMTP login stage by stage (greeting, EHLO, STARTTLS, AUTH, NOOP), envelope sender, optional test message',
  examples: [
    'maildoctor smtp --preset office365 --user helpdesk@example.com --oauth-token-env MS_TOKEN',
    'maildoctor smtp --host smtp.gmail.com --port 587 --user helpdesk@example.com --password-env GMAIL_APP_PASSWORD',
    'maildoctor smtp --host mail.example.com --user helpdesk --password-file /root/.smtp-pass --from helpdesk@example.com --send-to me@example.com',
  ],
  configure(cmd) {
    addTargetOptions(cmd);
    addAuthOptions(cmd);
    cmd
      .option('--from <address>', 'envelope sender to test with MAIL FROM (Send As / relay)')
      .option('--send-to <address>', 'send a small test message to this address and report the queue id');
  },
  plan: lazyPlan(() => import('./smtp-impl.js')),
};
