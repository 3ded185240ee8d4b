// Causes for the configuration review: the guide's best practices and its server-linking rules.
import { defineCauses } from './types.js';

const INCOMING = 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Incoming Email Server';
const OUTGOING = 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Outgoing Email Server';
const LINKING = 'ServiceOps — Email Server Troubleshooting › How Email Works in ServiceOps › Incoming and Outgoing Server Linking';

/** Findings of `maildoctor run`'s review of the config itself (no network needed). */
export const PRACTICE_CAUSES = defineCauses({
  'practice.pop3-instead-of-imap': {
    title: 'Incoming server uses POP3 where IMAP would do',
    severity: 'warn',
    explanation:
      'POP3 downloads mail without keeping a shared state on the server, and Real Time Scanning only works with IMAP. IMAP keeps the emails on the server after fetching and syncs across clients.',
    fixes: [{ text: 'Switch the incoming server to IMAP (port 993 with SSL/TLS) when the mailbox offers it.' }],
    reference: INCOMING,
  },
  'practice.basic-auth-microsoft': {
    title: 'Password (Basic Auth) login to Microsoft 365',
    severity: 'warn',
    explanation:
      'Microsoft has switched off Basic Auth for Exchange Online, so password logins to Microsoft 365 mailboxes fail or will fail. OAuth 2.0 is the supported way.',
    fixes: [
      {
        text: 'Register an application in Entra ID and configure the server for OAuth 2.0 (XOAUTH2), then test it.',
        commands: ['maildoctor oauth --provider microsoft --tenant <tenant> --client-id <id> --client-secret-env CLIENT_SECRET'],
      },
    ],
    reference: `${INCOMING}; ${OUTGOING}`,
  },
  'practice.basic-auth-google': {
    title: 'Password login to Google Workspace',
    severity: 'info',
    explanation: "Google Workspace works best with OAuth 2.0; password logins need app passwords and are blocked by many organisations' security policies.",
    fixes: [{ text: 'Prefer OAuth 2.0 for Google Workspace mailboxes.' }],
    reference: INCOMING,
  },
  'practice.smtp-not-587-starttls': {
    title: 'Outgoing server does not use port 587 with STARTTLS',
    severity: 'info',
    explanation:
      'Port 587 with STARTTLS is the most widely supported secure SMTP setting and the recommended default; other combinations work with some providers only.',
    fixes: [{ text: 'Use port 587 with STARTTLS unless the provider documents otherwise.' }],
    reference: OUTGOING,
  },
  'practice.no-tls': {
    title: 'Server configured without TLS',
    severity: 'warn',
    explanation: 'With security "none", the password or token and every email travel in clear text over the network.',
    fixes: [{ text: 'Use SSL/TLS (465, 993, 995) or STARTTLS (587, 143, 110).' }],
    reference: OUTGOING,
  },
  'practice.reply-to-missing': {
    title: 'Outgoing server has no Reply-To address',
    severity: 'warn',
    explanation:
      "Without a Reply-To pointing at the incoming mailbox, requesters' replies may go to an address nobody reads and do not thread back to their tickets.",
    fixes: [{ text: 'Set the Reply-To of the outgoing server to the incoming support mailbox address.' }],
    reference: OUTGOING,
  },
  'practice.reply-to-not-incoming': {
    title: 'Reply-To is not an incoming mailbox',
    severity: 'warn',
    explanation:
      'The Reply-To address of the notifications is not the address of any configured incoming mailbox, so replies do not come back into the helpdesk.',
    fixes: [{ text: 'Set the Reply-To to the address of the incoming mailbox this server answers for.' }],
    reference: OUTGOING,
  },
  'practice.personal-mailbox': {
    title: 'Incoming mailbox looks like a personal mailbox',
    severity: 'info',
    explanation: "The address looks like a person's (first.last), not a dedicated support mailbox. Personal inboxes turn unrelated emails into tickets.",
    fixes: [{ text: 'Use a dedicated mailbox such as support@company.com for the helpdesk.' }],
    reference: INCOMING,
  },
  'practice.no-primary-incoming': {
    title: 'No incoming server is marked primary',
    severity: 'warn',
    explanation: 'A primary incoming server acts as the fallback when others fail; none is marked.',
    fixes: [{ text: 'Mark one incoming server as Primary.' }],
    reference: INCOMING,
  },
  'practice.defaults-missing': {
    title: 'No technician group or category default on an incoming server',
    severity: 'info',
    explanation: 'Tickets from a mailbox without technician group and category defaults are created unassigned and can sit unnoticed.',
    fixes: [{ text: 'Set the Technician Group and Category defaults on every incoming server.' }],
    reference: INCOMING,
  },
  'practice.broad-ignore-filter': {
    title: 'Ignore filter rule is very broad',
    severity: 'warn',
    explanation:
      'An ignore rule that matches everything, a whole public mail domain or your own domain drops legitimate emails silently, with no error anywhere (incoming: RECEIVED IGNORED; outgoing: no SEND_FAILED entry).',
    fixes: [{ text: 'Narrow the rule to the exact addresses that must be ignored, and review filters regularly.' }],
    reference: `${INCOMING}; ${OUTGOING}`,
  },
  'linking.default-primary-outgoing': {
    title: 'Mailbox has no linked outgoing server: replies use the default primary',
    severity: 'info',
    explanation:
      'With no outgoing server linked, replies for tickets from this mailbox go out through the default primary outgoing server, so they come from its address.',
    fixes: [{ text: 'Link the incoming server to its own outgoing server when you run several mailboxes.' }],
    reference: LINKING,
  },
  'linking.unlinked-with-several-mailboxes': {
    title: 'Several mailboxes, but this one is not linked to its own outgoing server',
    severity: 'warn',
    explanation: 'When several mailboxes share the default outgoing server, replies go out from the wrong address and may not thread back.',
    fixes: [{ text: 'Link each incoming server to the outgoing server that sends as its address.' }],
    reference: OUTGOING,
  },
  'linking.no-primary-outgoing': {
    title: 'No primary outgoing server for unlinked mailboxes',
    severity: 'fail',
    explanation:
      'At least one mailbox relies on the default primary outgoing server, but none is marked primary (or it is disabled), so its notifications have no way out.',
    fixes: [{ text: 'Mark an enabled outgoing server as primary, or link every incoming server to an outgoing server.' }],
    reference: LINKING,
  },
  'linking.outgoing-disabled': {
    title: 'Linked outgoing server is disabled',
    severity: 'fail',
    explanation: 'The outgoing server this mailbox is linked to is switched off, so its notifications fail and SEND_FAILED appears in the Email Audit.',
    fixes: [{ text: 'Enable the outgoing server, or link the mailbox to a working one.' }],
    reference: LINKING,
  },
});
