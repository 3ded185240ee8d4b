// Causes for the incoming server over POP3, including the guide's advice to prefer IMAP.
import { defineCauses } from './types.js';

const IN = 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Incoming Email Server';

/** Causes the pop3 check and the POP3 reply matchers report. */
export const POP3_CAUSES = defineCauses({
  'pop3.instead-of-imap': {
    title: 'POP3 used where IMAP is possible',
    severity: 'warn',
    explanation:
      "The guide recommends IMAP for every new setup: POP3 does not keep a shared view of the mailbox, cannot use IDLE, and the helpdesk's Real Time Scanning requires IMAP.",
    fixes: [
      {
        text: 'Switch the incoming server to IMAP (port 993, SSL/TLS) and test it.',
        commands: ['maildoctor imap --host <host> --user <user> --password-env MAIL_PASSWORD'],
      },
    ],
    reference: IN,
  },
  'pop3.auth.failed': {
    title: 'POP3 login rejected (-ERR Authentication failed)',
    severity: 'fail',
    explanation:
      'The server refused the user name and password (or token). A changed password, a wrong user name, or Basic Auth disabled for POP3 at Microsoft 365.',
    fixes: [{ text: 'Re-enter the credentials of the incoming server; for Microsoft 365 move to IMAP with OAuth 2.0.' }],
    reference: IN,
  },
  'pop3.plaintext-disallowed': {
    title: 'Server refuses a password login without encryption',
    severity: 'fail',
    explanation:
      'The server answers "-ERR [AUTH] Plaintext authentication disallowed on non-secure connections": it accepts passwords only after STLS or on the TLS port.',
    fixes: [{ text: 'Use SSL/TLS on port 995, or STARTTLS (STLS) on port 110.' }],
    reference: IN,
  },
  'pop3.in-use': {
    title: 'Mailbox is locked by another POP3 session ([IN-USE])',
    severity: 'fail',
    explanation:
      'Another client (often a second helpdesk instance or a forgotten mail client) holds the POP3 lock on the mailbox, so this session cannot open it.',
    fixes: [{ text: 'Find and stop the other client that reads this mailbox by POP3; let only the helpdesk read it.' }],
    reference: 'RFC 2449 (IN-USE response code)',
  },
  'pop3.command-failed': {
    title: 'POP3 server refused a command',
    severity: 'fail',
    explanation: 'The server answered -ERR to a command; its text is in the evidence.',
    fixes: [{ text: "Read the server's text; it usually names the problem." }],
    reference: 'RFC 1939',
  },
});
