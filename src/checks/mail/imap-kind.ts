// `maildoctor imap` and `type: imap`: the incoming server over IMAP, stage by stage, then the mailbox examined read-only.
import { defineKind } from '../../core/kind.js';
import { MAIL_OPTIONS } from './options.js';

const load = async () => ({ ...(await import('./imap.js')), ...(await import('./entry.js')) });

/** The imap check kind. */
export const IMAP_KIND = defineKind({
  id: 'imap',
  summary: 'IMAP login stage by stage (greeting, CAPABILITY, STARTTLS, LOGIN/XOAUTH2), then EXAMINE the mailbox read-only',
  examples: [
    'maildoctor imap --preset office365 --user support@example.com --oauth-token-env MS_TOKEN',
    'maildoctor imap imap.gmail.com --user support@example.com --password-env GMAIL_APP_PASSWORD --mailbox INBOX',
  ],
  options: {
    ...MAIL_OPTIONS,
    mailbox: { type: 'string', arg: 'name', description: 'folder to examine read-only (default INBOX)' },
  },
  load,
  async build(v, ctx) {
    const { imapCheck, readMailEntry } = await load();
    return [imapCheck({ ...(await readMailEntry('imap', v, ctx)), ...(v.mailbox !== undefined ? { mailbox: v.mailbox } : {}) })];
  },
});
