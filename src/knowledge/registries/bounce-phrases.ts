// What the human-readable part of a bounce or an automatic reply says, by the software that writes it: the phrases
// of Exchange Online, Gmail, Postfix, Exim, Sendmail and qmail non-delivery reports, RFC 3464 report fields, and the
// usual wordings of out-of-office replies.
import type { CauseId } from '../index.js';

/** A phrase of one mail system's bounce or reply text and the reason it states. */
export interface BouncePhrase {
  text: string;
  cause: CauseId;
}

/** The phrases of one mail system, with where they come from. */
export interface BounceSource {
  system: string;
  source: string;
  phrases: readonly BouncePhrase[];
}

/** Every bounce and auto-reply wording maildoctor recognises without a status code. */
export const BOUNCE_PHRASES: readonly BounceSource[] = [
  {
    system: 'Exchange Online',
    source: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (NDR body)',
    phrases: [
      { text: "The email address you entered couldn't be found", cause: 'smtp.recipient-rejected' },
      { text: "wasn't found at", cause: 'smtp.recipient-rejected' },
      { text: "The recipient's mailbox is full and can't accept messages now", cause: 'smtp.mailbox-full' },
      { text: "couldn't be delivered because the recipient's mailbox is full", cause: 'smtp.mailbox-full' },
      { text: 'The message was rejected because it was too large', cause: 'smtp.message-too-large' },
      { text: "is too large for the recipient's email system", cause: 'smtp.message-too-large' },
      { text: "Your message wasn't delivered because the recipient's email provider rejected it", cause: 'smtp.policy-rejected' },
      { text: "Your message couldn't be delivered because delivery to this address is restricted", cause: 'smtp.policy-rejected' },
      { text: "Delivery of your message to the following recipients has been delayed", cause: 'smtp.delivery-delayed' },
      { text: "Office 365 will continue to try to deliver", cause: 'smtp.delivery-delayed' },
      { text: "Microsoft 365 will continue to try to deliver", cause: 'smtp.delivery-delayed' },
      { text: 'Delivery is delayed to these recipients or groups', cause: 'smtp.delivery-delayed' },
      { text: 'has been trying to deliver this message without success and has stopped trying', cause: 'smtp.delivery-expired' },
      { text: "You can't send a message on behalf of this user", cause: 'smtp.sendas-denied' },
    ],
  },
  {
    system: 'Gmail',
    source: 'Google Workspace Admin Help: Gmail SMTP errors and codes; Gmail delivery status notifications',
    phrases: [
      { text: "because the address couldn't be found, or is unable to receive mail", cause: 'smtp.recipient-rejected' },
      { text: 'Address not found', cause: 'smtp.recipient-rejected' },
      { text: 'There was a temporary problem delivering your message to', cause: 'smtp.delivery-delayed' },
      { text: 'Gmail will retry for', cause: 'smtp.delivery-delayed' },
      { text: 'The response from the remote server was', cause: 'smtp.status-code' },
      { text: 'Delivery to the following recipient failed permanently', cause: 'smtp.recipient-rejected' },
      { text: 'Message rejected. See https://support.google.com/mail', cause: 'smtp.policy-rejected' },
    ],
  },
  {
    system: 'Postfix',
    source: 'Postfix documentation: bounce(5), local(8), smtp(8) and postconf(5) reject messages',
    phrases: [
      { text: 'User unknown in local recipient table', cause: 'smtp.recipient-rejected' },
      { text: 'User unknown in virtual mailbox table', cause: 'smtp.recipient-rejected' },
      { text: 'User unknown in virtual alias table', cause: 'smtp.recipient-rejected' },
      { text: 'User unknown in relay recipient table', cause: 'smtp.recipient-rejected' },
      { text: 'unknown user:', cause: 'smtp.recipient-rejected' },
      { text: 'Host or domain name not found', cause: 'smtp.host-unknown' },
      { text: 'Name service error for name=', cause: 'smtp.host-unknown' },
      { text: 'Relay access denied', cause: 'smtp.relay-denied' },
      { text: 'mail forwarding loop for', cause: 'smtp.mail-loop' },
      { text: 'message size exceeds fixed limit', cause: 'smtp.message-too-large' },
      { text: 'Message size exceeds fixed maximum message size', cause: 'smtp.message-too-large' },
      { text: 'cannot update mailbox', cause: 'smtp.mailbox-full' },
      { text: 'exceeded storage allocation', cause: 'smtp.mailbox-full' },
      { text: 'delivery temporarily suspended', cause: 'smtp.delivery-delayed' },
      { text: 'message delayed', cause: 'smtp.delivery-delayed' },
      { text: 'Recipient address rejected: Greylisted', cause: 'smtp.greylisted' },
      { text: 'Client host rejected', cause: 'smtp.blocked' },
      { text: 'Sender address rejected: Domain not found', cause: 'smtp.sender-rejected' },
      { text: 'Too many recipients', cause: 'smtp.too-many-recipients' },
      { text: 'message expired', cause: 'smtp.delivery-expired' },
    ],
  },
  {
    system: 'Exim',
    source: 'The Exim specification: Delivery errors, retry configuration and bounce messages',
    phrases: [
      { text: 'Unrouteable address', cause: 'smtp.host-unknown' },
      { text: 'all relevant MX records point to non-existent hosts', cause: 'smtp.host-unknown' },
      { text: 'retry timeout exceeded', cause: 'smtp.delivery-expired' },
      { text: 'Mailbox quota exceeded', cause: 'smtp.mailbox-full' },
      { text: 'mailbox is full', cause: 'smtp.mailbox-full' },
      { text: 'Too many "Received" headers - suspected mail loop', cause: 'smtp.mail-loop' },
      { text: 'message has not yet been delivered', cause: 'smtp.delivery-delayed' },
      { text: 'No Such User Here', cause: 'smtp.recipient-rejected' },
      { text: 'relay not permitted', cause: 'smtp.relay-denied' },
      { text: 'message too big', cause: 'smtp.message-too-large' },
    ],
  },
  {
    system: 'Sendmail',
    source: 'Sendmail Installation and Operation Guide (DSN and error messages)',
    phrases: [
      { text: '... User unknown', cause: 'smtp.recipient-rejected' },
      { text: 'Host unknown (Name server:', cause: 'smtp.host-unknown' },
      { text: 'Cannot send message for', cause: 'smtp.delivery-expired' },
      { text: 'Warning: could not send message for past', cause: 'smtp.delivery-delayed' },
      { text: 'Too many hops', cause: 'smtp.mail-loop' },
      { text: 'Message is too large', cause: 'smtp.message-too-large' },
      { text: 'Relaying denied', cause: 'smtp.relay-denied' },
    ],
  },
  {
    system: 'qmail',
    source: 'qmail documentation: qmail-send bounce messages',
    phrases: [
      { text: 'Sorry, no mailbox here by that name', cause: 'smtp.recipient-rejected' },
      { text: "Sorry, I couldn't find any host named", cause: 'smtp.host-unknown' },
      { text: "I'm not going to try again; this message has been in the queue too long", cause: 'smtp.delivery-expired' },
      { text: 'This message is looping: it already has my Delivered-To line', cause: 'smtp.mail-loop' },
      { text: 'over the allowed quota', cause: 'smtp.mailbox-full' },
      { text: "Sorry, I wasn't able to establish an SMTP connection", cause: 'tcp.timeout' },
    ],
  },
  {
    system: 'Out-of-office and automatic replies',
    source: 'RFC 3834 (Recommendations for Automatic Responses to Electronic Mail); Microsoft Outlook and Gmail automatic reply subjects',
    phrases: [
      { text: 'Automatic reply:', cause: 'mail.auto-reply' },
      { text: 'Out of Office:', cause: 'mail.auto-reply' },
      { text: 'Out of Office AutoReply', cause: 'mail.auto-reply' },
      { text: 'Auto-Submitted: auto-replied', cause: 'mail.auto-reply' },
      { text: 'I am out of the office', cause: 'mail.auto-reply' },
      { text: "I'm out of the office", cause: 'mail.auto-reply' },
      { text: 'I am currently out of the office', cause: 'mail.auto-reply' },
      { text: 'I will be out of the office', cause: 'mail.auto-reply' },
      { text: 'I am away from the office', cause: 'mail.auto-reply' },
      { text: 'with limited access to email', cause: 'mail.auto-reply' },
      { text: 'Abwesenheitsnotiz', cause: 'mail.auto-reply' },
      { text: 'Réponse automatique', cause: 'mail.auto-reply' },
    ],
  },
];
