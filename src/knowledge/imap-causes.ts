// Causes for the incoming server over IMAP: login replies, response codes and mailbox access.
import { defineCauses } from './types.js';

const IN = 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Incoming Email Server';
const RFC5530 = 'RFC 5530 (IMAP response codes)';

/** Causes the imap check and the IMAP reply matchers report. */
export const IMAP_CAUSES = defineCauses({
  'imap.auth.failed': {
    title: 'IMAP login rejected ([AUTHENTICATIONFAILED])',
    severity: 'fail',
    explanation:
      'The server refused the user name and password (or token). A changed password, a wrong user name (use the full address), or, at Microsoft 365, Basic Auth being disabled for IMAP.',
    fixes: [
      { text: 'Re-enter the credentials of the incoming server and click Test Connection; for Microsoft 365 use OAuth 2.0.' },
      { text: 'Reproduce the login here.', commands: ['maildoctor imap --host <host> --user <user> --password-env MAIL_PASSWORD'] },
    ],
    reference: `${RFC5530}; ${IN}`,
  },
  'imap.auth.unavailable': {
    title: 'Authentication service temporarily unavailable ([UNAVAILABLE])',
    severity: 'fail',
    explanation: 'The server could not check the credentials right now: its authentication back end is down or overloaded. The password may be fine.',
    fixes: [{ text: 'Retry in a few minutes; if it persists, contact the mail server administrator or the provider.' }],
    reference: RFC5530,
  },
  'imap.privacy-required': {
    title: 'Server requires encryption before login ([PRIVACYREQUIRED])',
    severity: 'fail',
    explanation: 'The server refuses a login on an unencrypted connection ("Plaintext authentication disallowed on non-secure connections").',
    fixes: [{ text: 'Use SSL/TLS on port 993, or STARTTLS on port 143, in the incoming server settings.' }],
    reference: `${RFC5530}; ${IN}`,
  },
  'imap.login-disabled': {
    title: 'LOGIN is disabled on this connection (LOGINDISABLED)',
    severity: 'fail',
    explanation: 'The server advertises LOGINDISABLED: it will not accept a password login here, usually until the connection is encrypted with STARTTLS.',
    fixes: [{ text: 'Use SSL/TLS on port 993 or STARTTLS on 143; if it is already encrypted, the server allows only other mechanisms (OAuth).' }],
    reference: 'RFC 9051 (LOGINDISABLED)',
  },
  'imap.not-connected': {
    title: 'Authenticated but not connected to the mailbox (Microsoft 365)',
    severity: 'fail',
    explanation:
      'Exchange Online accepted the login but could not open the mailbox: "User is authenticated but not connected". Typical with an OAuth token for another user than the mailbox, missing IMAP permissions for a service principal, or IMAP disabled for the mailbox.',
    fixes: [
      {
        text: 'Check that the token belongs to the mailbox in --user (or that the app has FullAccess on it), and that IMAP is enabled for the mailbox.',
        commands: [
          'Get-CASMailbox -Identity <user> | Format-List ImapEnabled',
          'Add-MailboxPermission -Identity <user> -User <servicePrincipalId> -AccessRights FullAccess',
        ],
      },
    ],
    reference: 'Agiloft — Email Troubleshooting › Access is denied; Microsoft Learn: Authenticate an IMAP, POP or SMTP connection using OAuth',
  },
  'imap.mailbox-not-found': {
    title: 'Mailbox folder not found',
    severity: 'fail',
    explanation: 'The login worked but the folder to read does not exist (or the account cannot see it). The helpdesk polls a folder name that is wrong.',
    fixes: [{ text: 'Check the folder name in the incoming server settings (INBOX is the usual one).' }],
    reference: IN,
  },
  'imap.no-idle': {
    title: 'Server does not support IDLE',
    severity: 'warn',
    explanation:
      'Without the IDLE capability the helpdesk cannot be told about new mail at once, so Real Time Scanning cannot work; mail is only fetched on the polling schedule.',
    fixes: [{ text: 'Use scheduled polling for this server, or a mail server that supports IDLE.' }],
    reference: `${IN} (IMAP is required for Real Time Scanning)`,
  },
  'imap.connection-dropped': {
    title: 'IMAP connection dropped while in use (FolderClosedException / StoreClosedException)',
    severity: 'fail',
    explanation:
      'The Java mail client lost its IMAP connection while a folder or the store was open: the server closed an idle or long session, throttled the account, or the network dropped it.',
    fixes: [
      { text: "Usually transient; if frequent, check the server's connection limits and idle timeouts, and whether a firewall cuts long-lived connections." },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis › Reading error.log',
  },
  'imap.command-failed': {
    title: 'IMAP server refused a command',
    severity: 'fail',
    explanation: 'The server answered NO or BAD to a command; its response text is in the evidence.',
    fixes: [{ text: "Read the server's response text; it usually names the problem." }],
    reference: 'RFC 9051',
  },
});
