// `maildoctor eml FILE|FOLDER...`: predicts from the headers how the helpdesk will handle each saved email.
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The eml command. */
export const EML_COMMAND: CommandSpec = {
  name: 'eml',
  args: '<files...>',
  summary: 'Read a saved email (.eml, or a folder of them) and predict how the helpdesk will handle it, and why',
  examples: [
    'maildoctor eml message.eml',
    'maildoctor eml ./saved-emails --mailbox support@company.com --prefix INC,SR,REQ',
    'maildoctor eml ./saved-emails --audit email-audit.csv --max-attachment-mb 10',
  ],
  configure(cmd) {
    cmd
      .option('--mailbox <address>', 'the support mailbox address, to tell To from CC/BCC (repeatable)', collect)
      .option('--prefix <prefixes>', 'request-id prefixes, comma-separated', 'INC,SR')
      .option('--max-attachment-mb <mb>', 'attachment size limit in MB', '25')
      .option('--record-header <name>', 'a header that carries an encrypted record id (repeatable)', collect)
      .option('--audit <export>', 'an Email Audit export with a Message-ID column, to find duplicates')
      .option('--max-body-kb <kb>', 'the Max Email Body Size global variable, in KB (checks the body without attachments)')
      .option('--contact <address>', 'a known contact address, for inbound rules 2 and 3 (repeatable, or comma-separated)', collect)
      .option('--unknown-sender <action>', 'what the inbound account does with unknown senders: ignore, reject or guest');
  },
  plan: lazyPlan(() => import('./eml-impl.js')),
};
