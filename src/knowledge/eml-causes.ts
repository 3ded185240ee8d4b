// Causes `maildoctor eml` reports: how the helpdesk will handle one email, predicted from its headers.
import { defineCauses } from './types.js';

const INCOMING = 'ServiceOps — Email Server Troubleshooting › Email Audit Reference › Incoming Email Audit Messages';
const HEADERS = 'Agiloft — Email Troubleshooting › Examining Email Headers';
const UNEXPECTED = 'Agiloft — Email Troubleshooting › Unexpected or Duplicate Emails are Received';

/** Predictions and header facts for one .eml file. */
export const EML_CAUSES = defineCauses({
  'eml.predict.ignored-auto-reply': {
    title: 'Will be ignored: an automatic reply or system acknowledgment',
    severity: 'info',
    explanation:
      'The headers or the subject mark this email as machine-generated (Auto-Submitted, X-Autoreply, Precedence, a delivery report or an out-of-office subject). Helpdesks drop such mail so that two systems do not answer each other forever; the audit shows "Ignoring this Email — system acknowledgment mail".',
    fixes: [
      { text: 'Nothing to fix if it really is automatic. If a person sent it, their mail client or a gateway added the marker: remove it at the source.' },
    ],
    reference: INCOMING,
  },
  'eml.predict.ignored-self-reference': {
    title: 'Will be ignored: References and In-Reply-To are the same',
    severity: 'warn',
    explanation:
      "The References header holds exactly the In-Reply-To message id. ServiceOps documents this as a self-referencing loop and drops the email (\"Ignoring this Email — Reference and In-ReplyTo are same\"). An ordinary mail client writes the very same headers when a person replies to a message that carried no References header (RFC 5322 section 3.6.4: the reply's References is the parent's References plus the parent's Message-ID, which is also its In-Reply-To), so a real first reply may be dropped this way too.",
    fixes: [
      {
        text: 'If a person sent it, look for it in the Email Audit as RECEIVED IGNORED and ask them to send it again as a new email (or with the request id in the subject).',
      },
      { text: 'If your notifications go out without a References header, replies to them meet this rule: raise it with the vendor.' },
    ],
    reference: `${INCOMING}; RFC 5322 section 3.6.4`,
  },
  'eml.predict.duplicate': {
    title: 'Will be ignored: this Message-ID was seen before',
    severity: 'info',
    explanation:
      'Another email with the same Message-ID is in the same folder or in the audit export given. The helpdesk processes a Message-ID once and records later copies as "Ignoring the email — this email was processed before".',
    fixes: [
      { text: 'Nothing to fix for a true copy.' },
      { text: 'If duplicates keep arriving from the helpdesk itself, check which rule or API trigger sent them (see the sender-system finding).' },
    ],
    reference: INCOMING,
  },
  'eml.predict.cc-bcc-only': {
    title: 'Needs ticket creation with CC/BCC: the mailbox is not a direct recipient',
    severity: 'warn',
    explanation:
      'The support mailbox is only in Cc, or not in To or Cc at all (a Bcc copy). Unless the incoming server allows ticket creation with CC/BCC, the email is dropped with "Ignoring this Email — Ticket Creation with CC/BCC is disabled".',
    fixes: [
      { text: 'Turn on ticket creation with CC/BCC in the incoming email server settings if copies should open tickets.' },
      { text: 'Or ask senders to put the support address in To.' },
    ],
    reference: INCOMING,
  },
  'eml.reply-to': {
    title: 'A Reply-To address is set',
    severity: 'info',
    explanation:
      'Replies and ignore rules use the Reply-To address, not only From. If that address is on the ignore list, the email is dropped with "Ignoring this Email — Reply-To email is marked as Ignored"; the requester\'s replies also go to it.',
    fixes: [{ text: 'If emails with this Reply-To are dropped, remove the address from the ignore list.' }],
    reference: INCOMING,
  },
  'eml.predict.update-existing': {
    title: 'Will update an existing record',
    severity: 'info',
    explanation:
      "The subject carries a request id with a known prefix, or the headers or subject carry an encrypted record id. The email is threaded to that record as a conversation or update instead of creating a new one. With a record id the sender's permissions are not checked, so someone who was only copied on the ticket can still update it; the CC/BCC setting only governs creating new tickets.",
    fixes: [{ text: 'Nothing to fix. If it should have opened a new ticket, remove the id from the subject before sending.' }],
    reference: 'Agiloft — Email Troubleshooting › Inbound Email Processing',
  },
  'eml.predict.new-record': {
    title: 'Will create a new record (no request or record id found)',
    severity: 'info',
    explanation:
      'Neither the subject nor the headers carry a request id or a record id, so the email is treated as new: it creates a request if the sender is allowed to and email-to-request is on.',
    fixes: [{ text: 'If it was meant as a reply, keep the request id (or the encrypted id) in the subject when replying.' }],
    reference: 'Agiloft — Email Troubleshooting › Inbound Email Processing',
  },
  'eml.predict.other-prefix': {
    title: 'The subject carries a request-id prefix that is not configured',
    severity: 'warn',
    explanation:
      'The subject holds something shaped like a request id (letters, a dash, digits) whose prefix is not among the configured ones. The helpdesk may refuse it with "Subject matched with other regex prefix" instead of threading it or creating a ticket.',
    fixes: [
      {
        text: 'Add the prefix with --prefix if it is yours, or review the request ID prefix settings under Admin > Request Management > Request Categories > Category Configurations.',
      },
    ],
    reference: INCOMING,
  },
  'eml.attachment.too-large': {
    title: 'Attachments larger than the limit',
    severity: 'warn',
    explanation:
      'An attachment, or all of them together, is over the size limit given (25 MB unless told otherwise; for Agiloft, the "Max Email Attach Size" global variable, which counts all attachments together). Such attachments are refused ("Failed to process attachments, due to error: File size exceeds the 25MB limit") or the email is not sent at all.',
    fixes: [
      { text: 'Ask the sender to share large files by link, or raise the attachment limit if the mail provider allows it.' },
      {
        text: 'In Agiloft the limit is the "Max Email Attach Size" global variable (Setup > System > Manage Global Variables); run maildoctor eml with --max-attachment-mb set to it.',
      },
    ],
    reference: "Agiloft — Email Troubleshooting › Some Emails won't Send",
  },
  'eml.received.slow-hop': {
    title: 'A slow hop in the Received chain',
    severity: 'warn',
    explanation:
      'Between two Received headers the email waited longer than expected. The delay happened on the way to the mailbox (a queue, a gateway, greylisting), before the helpdesk could fetch it.',
    fixes: [{ text: 'Ask the owner of the slow server (named in the hop) to check its queue; a helpdesk change will not help.' }],
    reference: HEADERS,
  },
  'eml.received.chain': {
    title: 'The Received chain (route and hop delays)',
    severity: 'info',
    explanation:
      'Each Received header is one server the email passed through, newest first; the evidence lists them oldest first with the time spent on each hop.',
    fixes: [{ text: 'Nothing to fix; use it to see where time was spent.' }],
    reference: HEADERS,
  },
  'eml.sender-system': {
    title: 'Which system, KB or rule sent this email',
    severity: 'info',
    explanation:
      'The headers name the software, server, knowledge base, table or rule that generated the email. For unexpected or duplicate emails this shows whether a test environment is sending, or which rule ran more than once.',
    fixes: [
      { text: 'If the KB or server is not the one you expect, disable email in that environment (for example a test KB whose mail daemons are running).' },
      { text: 'If the expected KB sends duplicates, review the rule named in the headers and the API triggers that run it.' },
    ],
    reference: UNEXPECTED,
  },
  'eml.no-headers': {
    title: 'Not an email: no header fields',
    severity: 'fail',
    explanation: 'The file has no From, To, Subject, Date or Message-ID header, so it is not a saved email (.eml) and nothing can be predicted from it.',
    fixes: [{ text: 'Save the email with its headers (in Outlook: File > Save As, or the Internet Headers in File > Properties) and try again.' }],
    reference: HEADERS,
  },
  'eml.not-an-email': {
    title: 'Not an email: binary data',
    severity: 'fail',
    explanation: 'The file is binary data rather than a text email, so it cannot be read as an .eml file.',
    fixes: [{ text: 'Export the message as .eml (RFC 5322 text), not as .msg or a compressed archive.' }],
    reference: HEADERS,
  },
});
