// `maildoctor pop3`: the incoming server over POP3, stage by stage; read-only (STAT only, never RETR or DELE).
import { lazyPlan } from './lazy.js';
import { addAuthOptions, addTargetOptions } from './mail-options.js';
import type { CommandSpec } from './types.js';

/** The pop3 command. */
export const POP3_COMMAND: CommandSpec = {
  name: 'pop3',
  summary: 'POP3 login stage by stage (greeting, CAPA, STLS, USER/PASS or XOAUTH2, STAT), read-only',
  examples: [
    'maildoctor pop3 --preset gmail --user support@example.com --password-env GMAIL_APP_PASSWORD',
    'maildoctor pop3 --host mail.example.com --port 110 --security starttls --user support --password-file /root/.pop-pass',
  ],
  configure(cmd) {
    addTargetOptions(cmd);
    addAuthOptions(cmd);
  },
  plan: lazyPlan(() => import('./pop3-impl.js')),
};
