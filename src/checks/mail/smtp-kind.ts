// `maildoctor smtp` and `type: smtp`: the outgoing server, stage by stage, with a password or an OAuth token.
import { defineKind } from '../../core/kind.js';
import { MAIL_OPTIONS } from './options.js';

const load = async () => ({ ...(await import('./smtp.js')), ...(await import('./entry.js')) });

/** The smtp check kind. */
export const SMTP_KIND = defineKind({
  id: 'smtp',
  summary: 'SMTP login stage by stage (greeting, EHLO, STARTTLS, AUTH, NOOP), envelope sender, optional test message',
  examples: [
    'maildoctor smtp --preset office365 --user helpdesk@example.com --oauth-token-env MS_TOKEN',
    'maildoctor smtp smtp.gmail.com:587 --user helpdesk@example.com --password-env GMAIL_APP_PASSWORD',
    'maildoctor smtp --host mail.example.com --user helpdesk --password-file /root/.smtp-pass --from helpdesk@example.com --send-to me@example.com',
  ],
  options: {
    ...MAIL_OPTIONS,
    from: { type: 'string', arg: 'address', description: 'envelope sender to test with MAIL FROM (Send As / relay)' },
    sendTo: { type: 'string', arg: 'address', description: 'send a small test message to this address and report the queue id' },
  },
  load,
  async build(v, ctx) {
    const { smtpCheck, parseAddress, readMailEntry } = await load();
    const entry = await readMailEntry('smtp', v, ctx);
    const from = parseAddress(v.from, ctx.name('from'));
    const sendTo = parseAddress(v.sendTo, ctx.name('sendTo'));
    return [smtpCheck({ ...entry, ...(from ? { from } : {}), ...(sendTo ? { sendTo } : {}) })];
  },
});
