// Causes behind every Email Audit message of 000 (incoming and outgoing tables), in our own words.
import { defineCauses } from './types.js';

const INCOMING = 'ServiceOps — Email Server Troubleshooting › Email Audit Reference › Incoming Email Audit Messages';
const OUTGOING = 'ServiceOps — Email Server Troubleshooting › Email Audit Reference › Outgoing Email Audit Messages';

/** One cause per documented audit message; the matching wording lives in audit-messages.ts. */
export const AUDIT_CAUSES = defineCauses({
  'audit.incoming.received': {
    title: 'Email fetched from the mailbox (RECEIVED)',
    severity: 'info',
    explanation:
      'The incoming server read this email from the mailbox; this is step 3 of the email journey. On its own it proves only that fetching works: the ticket is created in the next step.',
    fixes: [{ text: 'Nothing to fix. Look for a PROCESSED entry for the same email; if none follows, processing (step 4) is where it stopped.' }],
    reference: INCOMING,
  },
  'audit.incoming.ignored-system-acknowledgment': {
    title: 'Ignored: a system acknowledgment or automatic reply',
    severity: 'info',
    explanation:
      'The email was recognised as an automatic message (an acknowledgment, auto-reply or notification) and deliberately not turned into a ticket, so that two systems do not answer each other forever.',
    fixes: [{ text: 'No action needed: this is intended behaviour.' }],
    reference: INCOMING,
  },
  'audit.incoming.ignored-self-reference': {
    title: 'Ignored: References and In-Reply-To are the same (mail loop guard)',
    severity: 'info',
    explanation:
      'The References and In-Reply-To headers point at the same message, the signature of a message replying to itself. The helpdesk drops it to avoid a loop; this is its de-duplication at work.',
    fixes: [{ text: 'No action needed.' }],
    reference: INCOMING,
  },
  'audit.incoming.ignored-sender-archived': {
    title: "Ignored: the sender's user account is archived or deleted",
    severity: 'warn',
    explanation:
      'The From address belongs to a user who was archived or deleted, so the helpdesk will not create or update tickets for them. Their emails are silently dropped until the account is active again.',
    fixes: [{ text: "In User Management, restore or reactivate the sender's account, then ask them to send the email again." }],
    reference: INCOMING,
  },
  'audit.incoming.ignored-cc-bcc-disabled': {
    title: 'Ignored: the mailbox was only in CC/BCC and ticket creation from CC/BCC is off',
    severity: 'warn',
    explanation:
      'The support mailbox was not a direct (To) recipient, and this incoming server is set not to create tickets from copies. Emails that copy the helpdesk are dropped.',
    fixes: [{ text: 'If copies should open tickets, turn on ticket creation with CC/BCC in the incoming email server settings.' }],
    reference: INCOMING,
  },
  'audit.incoming.ignored-duplicate': {
    title: 'Ignored: this Message-ID was already processed',
    severity: 'info',
    explanation:
      'An email with the same Message-ID was processed before, so this copy is skipped instead of creating a second ticket. It happens when a message is fetched twice or delivered to several monitored mailboxes.',
    fixes: [{ text: 'No action needed: duplicates are dropped on purpose.' }],
    reference: INCOMING,
  },
  'audit.incoming.ignored-spam-filter': {
    title: 'Ignored: the sender matched a spam/ignore filter',
    severity: 'warn',
    explanation:
      'The sender address or domain matched one of the incoming filter rules, so the email was dropped without a ticket. Broad rules drop legitimate requests without any error.',
    fixes: [{ text: 'Review the Filter Configuration of the incoming server; remove or narrow the rule, or whitelist the sender if the email is legitimate.' }],
    reference: INCOMING,
  },
  'audit.incoming.ignored-reply-to': {
    title: 'Ignored: the Reply-To address is on the ignore list',
    severity: 'warn',
    explanation: "The email's Reply-To address is marked as ignored, so the helpdesk dropped it even though the sender may be valid.",
    fixes: [{ text: 'If that Reply-To address is legitimate, remove it from the ignore list.' }],
    reference: INCOMING,
  },
  'audit.incoming.request-created': {
    title: 'Incident ticket created (PROCESSED)',
    severity: 'info',
    explanation: 'The email became a new incident request; steps 4 and 5 of the journey completed.',
    fixes: [{ text: 'Nothing to fix. If the requester got no notification, look for a SENT entry (step 7).' }],
    reference: INCOMING,
  },
  'audit.incoming.service-request-created': {
    title: 'Service request created (PROCESSED)',
    severity: 'info',
    explanation: 'The email became a new service request; processing completed normally.',
    fixes: [{ text: 'Nothing to fix.' }],
    reference: INCOMING,
  },
  'audit.incoming.conversation-created': {
    title: 'Reply added to an existing ticket (PROCESSED)',
    severity: 'info',
    explanation: 'The email was recognised as a reply and threaded into the named request as a conversation.',
    fixes: [{ text: 'Nothing to fix.' }],
    reference: INCOMING,
  },
  'audit.incoming.approval-command': {
    title: 'Approval handled through an email command (PROCESSED)',
    severity: 'info',
    explanation: 'The email carried an approval decision, and the approval status was updated from it.',
    fixes: [{ text: 'Nothing to fix.' }],
    reference: INCOMING,
  },
  'audit.incoming.attachments-added': {
    title: 'Attachments saved to the request (ATTACHMENT PROCESSED)',
    severity: 'info',
    explanation: 'The attachments of the email were stored on the named request.',
    fixes: [{ text: 'Nothing to fix.' }],
    reference: INCOMING,
  },
  'audit.incoming.guest-not-allowed': {
    title: 'Not processed: guest users may not create or update requests',
    severity: 'fail',
    explanation:
      'The sender is not a known user, and the email preferences do not let unknown (guest) senders create or update requests, so no ticket was made.',
    fixes: [
      { text: 'Allow guest ticket creation in Email Preference if outside senders should open tickets.' },
      { text: 'Or add the sender as a user (requester) so their emails are accepted.' },
    ],
    reference: INCOMING,
  },
  'audit.incoming.email-to-request-off': {
    title: 'Not processed: Email To Request is switched off',
    severity: 'fail',
    explanation: 'The incoming server fetched the email, but its Email-to-Ticket switch is off, so no request is created from anything it reads.',
    fixes: [{ text: 'Turn on the Email-to-Ticket (Email To Request) toggle of the incoming email server.' }],
    reference: INCOMING,
  },
  'audit.incoming.subject-other-prefix': {
    title: 'Not processed: the subject carries another request-ID prefix',
    severity: 'fail',
    explanation:
      'The subject looks like it refers to a request, but its ID prefix matches a different prefix pattern than the ones this system uses, so the email was neither threaded nor turned into a new ticket.',
    fixes: [
      {
        text: 'Review the request ID prefix settings under Admin > Request Management > Request Categories > Category Configurations, so that the prefixes in use are recognised.',
      },
    ],
    reference: INCOMING,
  },
  'audit.incoming.attachments-failed': {
    title: 'Attachments could not be saved (ATTACHMENT PROCESSED FAILED)',
    severity: 'warn',
    explanation: 'The email was processed but its attachments were not stored; the captured detail says why (often a size limit or storage problem).',
    fixes: [
      { text: 'Check free storage on the helpdesk server and the attachment size limit.' },
      { text: 'Ask the requester to send the attachment again, smaller or by another channel.' },
    ],
    reference: INCOMING,
  },
  'audit.outgoing.sent': {
    title: 'Notification sent (SENT)',
    severity: 'info',
    explanation: 'The outgoing server accepted the notification; step 7 of the journey completed.',
    fixes: [{ text: "Nothing to fix. If the recipient did not get it, look at the recipient's spam folder or the mail provider's message trace." }],
    reference: OUTGOING,
  },
  'audit.outgoing.attachment-ignored': {
    title: 'Sent without an attachment that was too large',
    severity: 'warn',
    explanation: 'The notification went out, but the named attachment was left off because it was over the size the outgoing mail allows.',
    fixes: [{ text: 'Share that file another way (a link, a portal download), or raise the attachment limit if the mail provider allows it.' }],
    reference: OUTGOING,
  },
  'audit.outgoing.connection-failed': {
    title: 'Sending failed: could not connect to the mail server',
    severity: 'fail',
    explanation:
      'The outgoing server could not open a connection to the SMTP host: a wrong host name or port, a firewall or proxy blocking the port, or the server being down.',
    fixes: [
      { text: 'Check the SMTP host and port in the outgoing server settings.' },
      {
        text: 'From the helpdesk server, test name resolution, the port and TLS.',
        commands: ['maildoctor dns <smtp-host>', 'maildoctor port <smtp-host>:587', 'maildoctor tls <smtp-host>:587 --starttls smtp'],
      },
      { text: 'Ask the network team to open the SMTP port towards the mail server if it is blocked.' },
    ],
    reference: OUTGOING,
  },
  'audit.outgoing.configuration-or-recipients': {
    title: 'Sending failed: incomplete configuration or no recipients',
    severity: 'fail',
    explanation:
      "Either the outgoing server configuration is missing something it needs, or the notification had nobody to go to (the template's recipient list resolved to empty).",
    fixes: [
      { text: 'Complete the outgoing email server settings and use Test Connection.' },
      { text: "Check the notification template's recipients, especially those taken from fields that may be empty." },
    ],
    reference: OUTGOING,
  },
  'audit.outgoing.authentication-failed': {
    title: 'Sending failed: the mail server rejected the credentials',
    severity: 'fail',
    explanation:
      'The SMTP server refused to authenticate the outgoing account, usually a wrong or changed password, a locked account, or SMTP AUTH disabled for the mailbox.',
    fixes: [
      { text: 'Correct the user name and password (or re-authorise the OAuth token) of the outgoing server.' },
      { text: 'Test the login directly.', commands: ['maildoctor smtp --host <smtp-host> --user <user> --password-env SMTP_PASSWORD'] },
    ],
    reference: OUTGOING,
  },
  'audit.outgoing.oauth-failed': {
    title: 'Sending failed: the OAuth configuration was not accepted',
    severity: 'fail',
    explanation:
      'Client and server could not agree on OAuth authentication: the token is missing, expired or revoked, or the server does not accept the OAuth method configured.',
    fixes: [
      { text: 'Re-authenticate the OAuth connection of the outgoing server (reset it and sign in again).' },
      {
        text: 'Check the token directly.',
        commands: ['maildoctor oauth --provider microsoft --tenant <tenant> --client-id <id> --client-secret-env CLIENT_SECRET'],
      },
    ],
    reference: OUTGOING,
  },
  'audit.outgoing.failed-other': {
    title: 'Sending failed (SEND_FAILED)',
    severity: 'fail',
    explanation:
      'The notification was not sent. The detail after "Outgoing failed:" is the mail server\'s or the application\'s own reason; it is not one of the documented wordings, so read it together with the findings for that text.',
    fixes: [{ text: 'Look up the detail text with maildoctor explain, and check the outgoing server with a Test Connection.' }],
    reference: OUTGOING,
  },
  'audit.outgoing.ignored-by-filter': {
    title: 'Not sent: the recipient matched an outgoing ignore filter (SEND_IGNORED)',
    severity: 'warn',
    explanation:
      'An outgoing spam/ignore filter of the named server matched the recipient, so the notification was dropped on purpose. Such drops produce no SEND_FAILED entry.',
    fixes: [{ text: "Remove the recipient's address or domain from the outgoing server's spam/ignore filter if they should get notifications." }],
    reference: OUTGOING,
  },
  'audit.unknown-message': {
    title: 'Audit message not in the documented tables',
    severity: 'warn',
    explanation: 'This audit message is not one of the documented incoming or outgoing messages, so maildoctor cannot say what it means with certainty.',
    fixes: [{ text: 'Read the message and its status in the Email Audit; if it repeats, report it to the vendor together with the export.' }],
    reference: 'ServiceOps — Email Server Troubleshooting › Email Audit Reference',
  },
});
