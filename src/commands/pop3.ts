// `maildoctor pop3`: the incoming server over POP3, stage by stage; read-only (STAT only, never RETR or DELE).
import { addAuthOptions, readCliAuth } from '../checks/mail-auth.js';
import { addTargetOptions, resolveTarget } from '../checks/mail-auth-target.js';
import { pop3Check } from '../checks/pop3.js';
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
  async plan(_args, opts, ctx) {
    const target = await resolveTarget('pop3', opts, ctx.io.cwd, ctx.io.env.NODE_EXTRA_CA_CERTS);
    const auth = await readCliAuth(opts, ctx.io);
    const user = typeof opts.user === 'string' ? opts.user : undefined;
    return { checks: [pop3Check({ target, auth, ...(user ? { user } : {}) })] };
  },
};
