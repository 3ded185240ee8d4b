// `maildoctor pop3` and `type: pop3`: the incoming server over POP3, stage by stage; read-only (STAT, never RETR or DELE).
import { defineKind } from '../../core/kind.js';
import { MAIL_OPTIONS } from './options.js';

const load = async () => ({ ...(await import('./pop3.js')), ...(await import('./entry.js')) });

/** The pop3 check kind. */
export const POP3_KIND = defineKind({
  id: 'pop3',
  summary: 'POP3 login stage by stage (greeting, CAPA, STLS, USER/PASS or XOAUTH2, STAT), read-only',
  examples: [
    'maildoctor pop3 --preset gmail --user support@example.com --password-env GMAIL_APP_PASSWORD',
    'maildoctor pop3 mail.example.com:110 --security starttls --user support --password-file /root/.pop-pass',
  ],
  options: MAIL_OPTIONS,
  load,
  async build(v, ctx) {
    const { pop3Check, readMailEntry } = await load();
    return [pop3Check(await readMailEntry('pop3', v, ctx))];
  },
});
