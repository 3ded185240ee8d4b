// Why a mail server refused, deferred or bounced a message: the reasons behind SMTP reply and enhanced status codes.
import { defineCauses } from './types.js';

const RFC3463 = 'RFC 3463; IANA SMTP Enhanced Status Codes registry';
const EXO = 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online';
const GMAIL = 'Google Workspace Admin Help: Gmail SMTP errors and codes';
const RFC7372 = 'RFC 7372 (Email Authentication Status Codes); RFC 7208 (SPF); RFC 7489 (DMARC)';

/** What a notification's recipient, the receiving server or the sending account did to a message. */
export const DELIVERY_CAUSES = defineCauses({
  'smtp.mailbox-full': {
    title: 'Recipient mailbox is full (X.2.2)',
    severity: 'fail',
    explanation:
      'The receiving server accepted the address but the mailbox has no room left. A temporary code (452, 4.2.2) means it will be retried for a while; a permanent one (552/550, 5.2.2) means the message came back.',
    fixes: [
      { text: 'Tell the recipient (or their administrator) to free space or raise the quota; then send the notification again.' },
      {
        text: "If the full mailbox is the helpdesk's own support mailbox, archive or delete old mail there: a full inbox also stops new tickets from arriving.",
      },
    ],
    reference: `${RFC3463}; ${GMAIL}`,
  },
  'smtp.mailbox-disabled': {
    title: 'Recipient mailbox is disabled or suspended (X.2.1)',
    severity: 'fail',
    explanation:
      "The address exists but its mailbox does not take mail: it was disabled, suspended, or is being removed. Sending again will not help until the owner's administrator enables it.",
    fixes: [{ text: 'Check whether the contact left the organisation; update or remove the address in the helpdesk so notifications stop bouncing.' }],
    reference: `${RFC3463}; ${GMAIL}`,
  },
  'smtp.greylisted': {
    title: 'Greylisted: the receiving server asks to try again later',
    severity: 'warn',
    explanation:
      'Greylisting servers turn away the first delivery attempt from an unknown sender with a temporary code and accept the retry a few minutes later. It only delays mail; it becomes a problem only when the sender does not retry.',
    fixes: [
      {
        text: "Nothing to change when the sending server queues and retries; if mail is lost, make sure the outgoing server retries temporary (4xx) failures, or ask the recipient's admin to allow-list the sending IP.",
      },
    ],
    reference: 'RFC 5321 section 4.2.5 (temporary 4yz replies); RFC 6647 (Email Greylisting)',
  },
  'smtp.server-busy': {
    title: 'Receiving server is unavailable or overloaded (421, X.3.x, X.4.5)',
    severity: 'fail',
    explanation:
      'The server answered that it cannot take mail right now: it is shutting down, out of resources, or its queue is congested. The code is temporary; a well-behaved sender retries later.',
    fixes: [
      { text: "Retry later; if it lasts, check the server's status page or queue (your own relay if the host name is yours)." },
      { text: 'If the helpdesk gives up after one failure, check that it retries temporary failures.' },
    ],
    reference: 'RFC 5321 section 4.2.3 (421); RFC 3463',
  },
  'smtp.blocked': {
    title: 'Sending server, IP or account is blocked (blocklist, reputation, tenant ban)',
    severity: 'fail',
    explanation:
      "The receiving side (or the provider itself) refuses mail from the sending IP address, tenant or account: it is on a blocklist (Spamhaus, Microsoft's own lists, a customer block list), has a poor reputation or no reverse DNS, or the provider restricted the account or tenant after it sent spam. It has nothing to do with the message or the recipient.",
    fixes: [
      {
        text: 'Look up the sending IP on the blocklist named in the reply and follow its delisting procedure; for Microsoft use the delist portal (sender.office.com).',
      },
      {
        text: "Send notifications through an authenticated relay (your Microsoft 365 or Google Workspace tenant) rather than directly from the helpdesk server's own IP.",
      },
      {
        text: 'If the provider restricted your own account or tenant (Exchange Online 5.1.8, 5.7.705, 5.7.750), check the account for compromise, reset its password, and release it in Microsoft Defender > Restricted entities or through Microsoft support.',
      },
    ],
    reference: `${EXO}; ${GMAIL}`,
  },
  'smtp.policy-rejected': {
    title: "Refused by the receiving organisation's policy (X.7.1, SPF/DKIM/DMARC)",
    severity: 'fail',
    explanation:
      'The receiving server decided not to accept the message from this sender for this recipient: a transport rule, a restricted distribution group, a sender allow-list, a block of external mail, or a failed sender authentication check (SPF, DKIM or DMARC: the sending server is not allowed to send for the From domain). The message itself may be fine.',
    fixes: [
      { text: "Read the text after the code: it usually names the rule or list. Ask the recipient's administrator to allow the helpdesk address." },
      { text: 'For a group that only takes mail from authenticated internal senders, send from an internal, authenticated mailbox.' },
      {
        text: "For SPF/DKIM/DMARC failures add the helpdesk's sending server (or its relay) to the domain's SPF record and sign with DKIM, or send through the tenant that already passes them.",
        commands: ['dig +short TXT example.com', 'dig +short TXT _dmarc.example.com'],
      },
    ],
    reference: `${RFC3463}; ${EXO}; ${RFC7372}`,
  },
  'smtp.spam-rejected': {
    title: 'Message refused as spam',
    severity: 'fail',
    explanation:
      'A content or behaviour filter judged the message to be spam or bulk mail. Helpdesk notifications trip it with link-heavy templates, missing text parts, or a burst of identical messages.',
    fixes: [
      {
        text: "Review the notification template (plain-text part, fewer links, no URL shorteners) and the sending volume; ask the recipient's admin to allow-list the helpdesk address.",
      },
    ],
    reference: `${EXO}; ${GMAIL}`,
  },
  'smtp.content-rejected': {
    title: 'Message content refused: virus, forbidden attachment or format (X.6.x)',
    severity: 'fail',
    explanation:
      'The server would not accept what the message contains or how it is formatted: a virus or a forbidden attachment type, lines longer than allowed, invalid characters in headers, non-ASCII addresses without SMTPUTF8, or a conversion that would lose content.',
    fixes: [
      {
        text: "Remove an attachment the receiver refuses (executables, macros, archives it cannot scan) or share it by link; scan the helpdesk's outgoing attachments.",
      },
      {
        text: "Check the notification template's headers and encoding (UTF-8 with proper MIME encoding, lines under 998 characters); avoid non-ASCII characters in addresses unless both sides support SMTPUTF8.",
      },
    ],
    reference: 'RFC 3463 (X.6.x, X.7.x); RFC 5322 section 2.1.1 (line length); RFC 6531 (SMTPUTF8)',
  },
  'smtp.delivery-expired': {
    title: 'Delivery time expired: the sender gave up retrying (X.4.7)',
    severity: 'fail',
    explanation:
      'The sending server could not deliver within its retry period (a host did not answer, kept deferring, or was unreachable) and returned the message. The final reason is the last temporary error it met.',
    fixes: [
      { text: 'Look for the last error in the report (a timeout, a 4xx reply) and fix that; then send the notification again.' },
      {
        text: 'Agiloft keeps a notification it could not hand to its outbound server for 5 days and retries every 30 minutes; after that it is dropped and must be sent again.',
      },
    ],
    reference: `${RFC3463}; Agiloft — Email Troubleshooting › Outbound Connection Failure Handling`,
  },
  'smtp.delivery-delayed': {
    title: 'Delivery delayed: the sender is still retrying',
    severity: 'warn',
    explanation:
      'A delay notice (an RFC 3464 report with Action: delayed) says the message has not been delivered yet but the sending server keeps trying. Nothing is lost yet.',
    fixes: [
      { text: 'Wait for the retry period to end, or fix the reason named in the notice (a full mailbox, an unreachable host) so the next retry succeeds.' },
    ],
    reference: 'RFC 3464 section 2.3.3 (Action field)',
  },
  'smtp.host-unknown': {
    title: 'Recipient domain or host unknown (no MX, no address)',
    severity: 'fail',
    explanation:
      "The recipient's domain has no mail server that can be found: the domain does not exist, has no MX or A record, or publishes a null MX saying it takes no mail. Usually a typo in the domain part of the address.",
    fixes: [{ text: 'Check the domain part of the recipient address for typos and check its MX record.', commands: ['dig +short MX example.com'] }],
    reference: 'RFC 3463 (X.1.2, X.4.4); RFC 7505 (Null MX, X.1.10)',
  },
  'smtp.mail-loop': {
    title: 'Mail loop: too many hops (X.4.6)',
    severity: 'fail',
    explanation:
      'The message passed through too many servers (its Received headers exceeded the hop limit) or came back to a server it had already left. Forwarding rules that point at each other, or a helpdesk that replies to its own notifications, cause this.',
    fixes: [
      {
        text: 'Look at the Received headers for the repeating servers; break the forwarding loop (mailbox rules, connectors, or the helpdesk sending to its own support address).',
      },
    ],
    reference: 'RFC 3463 (X.4.6); RFC 5321 section 6.3 (loop detection)',
  },
  'smtp.too-many-recipients': {
    title: 'Too many recipients in one message (X.5.3)',
    severity: 'fail',
    explanation: 'The server accepts only a limited number of recipients per message or per connection and this message went over it.',
    fixes: [{ text: 'Send to fewer recipients per message (or use a distribution list); the server may accept the rest in another transaction.' }],
    reference: 'RFC 3463 (X.5.3); RFC 5321 section 4.5.3.1.10',
  },
  'smtp.protocol-error': {
    title: 'SMTP command refused: syntax, sequence or unsupported command (5xx, X.5.x)',
    severity: 'fail',
    explanation:
      'The server did not accept the command as sent: it is unknown, malformed, out of order, or uses a parameter the server does not support. This points at the client (or a proxy in between), not at the mailbox.',
    fixes: [
      {
        text: 'Run maildoctor smtp -v to see the dialogue; check that nothing between the helpdesk and the server (an antivirus or TLS proxy) rewrites it.',
        commands: ['maildoctor smtp --host smtp.example.com --port 587 -v'],
      },
    ],
    reference: 'RFC 5321 section 4.2.2; RFC 3463 (X.5.x)',
  },
  'mail.bounce': {
    title: 'A non-delivery report (bounce) that gives no reason',
    severity: 'warn',
    explanation:
      'The text is the preamble or subject of a bounce: a mail system reports that a message could not be delivered, but this part does not say why. The reason is further down, in the Diagnostic-Code or the server reply it quotes.',
    fixes: [
      {
        text: "Paste the whole report (or run maildoctor eml on the saved bounce) so the status code and the server's reply can be read.",
        commands: ['maildoctor eml bounce.eml'],
      },
    ],
    reference: 'RFC 3464 (An Extensible Message Format for Delivery Status Notifications)',
  },
  'smtp.status-code': {
    title: 'SMTP status code (decoded by class and subject)',
    severity: 'warn',
    explanation:
      'The reply carries a status code that maildoctor decodes by its parts: the class says whether it is success, temporary or permanent, the subject says which area (address, mailbox, mail system, network, protocol, content, security). The evidence gives the decoded meaning.',
    fixes: [
      {
        text: "Read the decoded meaning and the server's text after the code; a temporary (4.x.x) code is usually retried, a permanent one (5.x.x) needs a change.",
      },
    ],
    reference: 'RFC 3463; IANA SMTP Enhanced Status Codes registry; RFC 5321 section 4.2',
  },
  'mail.auto-reply': {
    title: 'An automatic reply (out of office or autoresponder)',
    severity: 'info',
    explanation:
      'The text or the message is an automatic reply: an out-of-office notice or an autoresponder, not a person writing. RFC 3834 asks such replies to carry Auto-Submitted: auto-replied; helpdesks ignore them so they do not open tickets or start reply loops.',
    fixes: [
      {
        text: "Nothing to fix. If such replies open tickets, add the sender or subject to the helpdesk's ignore filter, or make sure Auto-Submitted mail is ignored.",
      },
    ],
    reference: 'RFC 3834 (Recommendations for Automatic Responses to Electronic Mail)',
  },
});
