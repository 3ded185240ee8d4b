// Causes `eml` reports for bounces, automatic replies, body sizes, unknown senders and the outbound retry window.
import { AGILOFT, GLOBAL_VARIABLES, IMAP_FULL_SCAN_MINUTES, INBOUND_POLL_MINUTES, MENU, OUTBOUND_RETRY_DAYS, OUTBOUND_RETRY_MINUTES } from './agiloft.js';
import { defineCauses } from './types.js';

/** What a saved bounce, auto-reply or notification tells about mail flow, and what the helpdesk will do with it. */
export const EML_BOUNCE_CAUSES = defineCauses({
  'eml.bounce': {
    title: 'A bounce (delivery status notification) for a message',
    severity: 'warn',
    explanation:
      "The email is a non-delivery or delay report (RFC 3464: multipart/report with a message/delivery-status part, or a mail system's bounce text). It says a message, often one of the helpdesk's own notifications, did not reach a recipient, and why. When it lacks the marks of automatic mail (Auto-Submitted, an empty Return-Path) the helpdesk may open a ticket from it.",
    fixes: [
      { text: 'Fix what the reason finding says (a wrong contact address, a full mailbox, a block); then send the notification again.' },
      { text: "If such bounces open tickets, add the mail system's sender (MAILER-DAEMON, postmaster) to the helpdesk's ignore filter." },
    ],
    reference: 'RFC 3464 (Delivery Status Notifications); RFC 3462 (multipart/report)',
  },
  'eml.auto-reply': {
    title: 'An automatic reply (out of office or autoresponder)',
    severity: 'info',
    explanation:
      'The email is an automatic reply to something the helpdesk sent. RFC 3834 asks such replies to carry Auto-Submitted: auto-replied so that other automata ignore them; when they do not, the helpdesk can open a ticket from an out-of-office reply, or update the ticket it answers.',
    fixes: [
      {
        text: "Nothing to do when the helpdesk ignores it. If it opened or updated a ticket, add the subject wording or the sender to the ignore filter, or ask the sender's admin to mark automatic replies with Auto-Submitted.",
      },
    ],
    reference: 'RFC 3834 (Recommendations for Automatic Responses to Electronic Mail)',
  },
  'eml.body.too-large': {
    title: 'Email body larger than the Max Email Body Size',
    severity: 'warn',
    explanation: `The text and HTML of the email (without attachments) are larger than the limit given, which stands for the "${GLOBAL_VARIABLES.maxBodySize}" global variable. Such an email is not sent, and the sender gets an error.`,
    fixes: [
      { text: `Shorten the email (long quoted threads, inline images), or raise "${GLOBAL_VARIABLES.maxBodySize}" under ${MENU.globalVariables}.` },
      { text: "Even within the helpdesk's limits, the outgoing server has its own total message size limit." },
    ],
    reference: `${AGILOFT} › Some Emails won't Send`,
  },
  'eml.predict.known-sender': {
    title: "A new record under the sender's contact (no record id, known sender)",
    severity: 'info',
    explanation:
      'No record id is in the subject or headers and the sender is in the Contacts table, so the email creates a new record under that user, provided record creation is allowed for the inbound account and the user has the permission to create one.',
    fixes: [
      {
        text: "If no record appears, check that record creation is allowed on the inbound account and that the contact's team may create records in that table.",
      },
    ],
    reference: `${AGILOFT} › Inbound Email Processing (rule 2)`,
  },
  'eml.predict.unknown-sender': {
    title: 'Unknown sender: ignored, rejected or created under the guest account',
    severity: 'warn',
    explanation:
      "No record id is present and the sender is not a known contact. Depending on the inbound account's setting, the email is ignored, rejected, or creates a new record under the account chosen at setup (usually a guest account).",
    fixes: [
      {
        text: `Add the sender to the Contacts table, or set the inbound account to create records for unknown senders under a guest account (${MENU.inboundAccounts}).`,
      },
    ],
    reference: `${AGILOFT} › Inbound Email Processing (rule 3)`,
  },
  'eml.agiloft.retry-window': {
    title: `Outbound retry window: ${OUTBOUND_RETRY_DAYS} days, every ${OUTBOUND_RETRY_MINUTES} minutes`,
    severity: 'info',
    explanation: `When Agiloft cannot hand an email to its outbound server it keeps the email for ${OUTBOUND_RETRY_DAYS} days and tries again every ${OUTBOUND_RETRY_MINUTES} minutes; after ${OUTBOUND_RETRY_DAYS} days it stops. An email older than that which never arrived will not be retried and must be sent again.`,
    fixes: [
      {
        text: `Send a test email to check the outbound connection: ${MENU.outboundServer}, enter an address under "Enter email address to send a test message", and click Finish.`,
      },
      { text: 'If the email is past the retry window and never arrived, fix the outbound connection first, then send it again from its record.' },
    ],
    reference: `${AGILOFT} › Outbound Connection Failure Handling`,
  },
  'imap.mostly-seen': {
    title: `Most of the mailbox is marked read (\\Seen): read mail waits for the ${IMAP_FULL_SCAN_MINUTES}-minute full scan`,
    severity: 'info',
    explanation: `Agiloft polls inbound accounts every ${INBOUND_POLL_MINUTES} minute by default ("${GLOBAL_VARIABLES.checkingFrequency}"). An IMAP account respects the Mark as Read flag: mail someone already opened in a mail client is skipped by the regular check and only picked up by the full check every ${IMAP_FULL_SCAN_MINUTES} minutes, so it arrives late. Most messages of this mailbox are marked \\Seen.`,
    fixes: [
      { text: 'Do not read the support mailbox in a mail client (or mark messages unread again); expect up to a 45-minute delay for mail that was read.' },
      { text: `Adjust how often the account is checked with the "${GLOBAL_VARIABLES.checkingFrequency}" global variable (${MENU.globalVariables}).` },
    ],
    reference: `${AGILOFT} › Inbound Email Processing`,
  },
});
