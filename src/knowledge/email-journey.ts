// The guide's 7-step journey of an email, as 000 writes it, so findings can name the step where an email stopped.

/** One step of the End-to-End Email Journey table. */
export interface JourneyStep {
  step: number;
  what: string;
  detail: string;
}

/** The seven steps, word for word from ServiceOps — Email Server Troubleshooting › End-to-End Email Journey. */
export const EMAIL_JOURNEY_STEPS: readonly JourneyStep[] = [
  { step: 1, what: 'Email arrives in mailbox', detail: 'Requester sends email to support@company.com' },
  { step: 2, what: 'Incoming server fetches it', detail: 'ServiceOps polls or listens (IMAP IDLE / scheduled polling) and retrieves the email' },
  { step: 3, what: 'Email Audit records RECEIVED', detail: 'ServiceOps logs the email with status RECEIVED' },
  { step: 4, what: 'Email is processed', detail: 'ServiceOps creates a ticket, adds a conversation, or runs an email command' },
  { step: 5, what: 'Audit records PROCESSED', detail: 'ServiceOps confirms ticket or conversation creation in the audit' },
  { step: 6, what: 'Outgoing server sends notification', detail: 'ServiceOps triggers a notification email via the linked outgoing server' },
  { step: 7, what: 'Audit records SENT', detail: 'ServiceOps logs the notification delivery as SENT' },
];

/** The step with this number. */
export function journeyStep(step: number): JourneyStep {
  return EMAIL_JOURNEY_STEPS[step - 1]!;
}
