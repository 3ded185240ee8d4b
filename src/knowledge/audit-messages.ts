// Every Email Audit message of 000, written exactly as the seed writes it, with its documented status.
import type { AUDIT_CAUSES } from './audit-causes.js';
import { compileTemplate } from './template.js';
import type { TextMatcher } from './types.js';

/** The statuses the Email Audit records (ServiceOps — Email Server Troubleshooting › Email Audit Reference). */
export const AUDIT_STATUSES = [
  'RECEIVED',
  'RECEIVED IGNORED',
  'PROCESSED',
  'PROCESSED FAILED',
  'ATTACHMENT PROCESSED',
  'ATTACHMENT PROCESSED FAILED',
  'SENT',
  'SEND_FAILED',
  'SEND_IGNORED',
] as const;

/** One documented audit status. */
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** What the seed's Action column says about a message: fine, fine on purpose, or act on it. */
export type Disposition = 'normal' | 'expected' | 'action';

/** One row of the seed's audit tables. */
export interface AuditMessage {
  cause: keyof typeof AUDIT_CAUSES;
  direction: 'incoming' | 'outgoing';
  /** The message as the seed writes it, placeholders in angle brackets. */
  template: string;
  status: AuditStatus;
  disposition: Disposition;
  /** The seed's own example with values filled in. */
  example: string;
  /** For a free-text placeholder that only this row may claim: a test on the captured `detail`. */
  detailTest?: RegExp;
  /** Regex source prepended to the pattern, to keep a shorter row from matching inside a longer one. */
  guard?: string;
}

/** Detail texts that mean OAuth trouble rather than a plain credential failure. */
const OAUTH_DETAIL = /no authentication method agreed|oauth|xoauth|token|aadsts|invalid_grant|invalid_client|consent|unauthorized_client|bearer/i;
/** Detail texts that mean the server refused the user name or password. */
const AUTH_DETAIL = /password|username|user name|credential|authenticat|535|5\.7\.(?:3|8|139)|login|logon|auth/i;

/** The 25 rows of the incoming and outgoing tables, in the seed's order. */
export const AUDIT_MESSAGES: AuditMessage[] = [
  {
    cause: 'audit.incoming.received',
    direction: 'incoming',
    template: 'Incoming mail received successfully',
    status: 'RECEIVED',
    disposition: 'normal',
    example: 'Incoming mail received successfully',
  },
  {
    cause: 'audit.incoming.ignored-system-acknowledgment',
    direction: 'incoming',
    template: 'Ignoring this Email — system acknowledgment mail',
    status: 'RECEIVED IGNORED',
    disposition: 'expected',
    example: 'Ignoring this Email — system acknowledgment mail',
  },
  {
    cause: 'audit.incoming.ignored-self-reference',
    direction: 'incoming',
    template: 'Ignoring this Email — Reference and In-ReplyTo are same',
    status: 'RECEIVED IGNORED',
    disposition: 'expected',
    example: 'Ignoring this Email — Reference and In-ReplyTo are same',
  },
  {
    cause: 'audit.incoming.ignored-sender-archived',
    direction: 'incoming',
    template: 'Ignoring this email — From Email user is Archived/Deleted',
    status: 'RECEIVED IGNORED',
    disposition: 'action',
    example: 'Ignoring this email — From Email user is Archived/Deleted',
  },
  {
    cause: 'audit.incoming.ignored-cc-bcc-disabled',
    direction: 'incoming',
    template: 'Ignoring this Email — Ticket Creation with CC/BCC is disabled',
    status: 'RECEIVED IGNORED',
    disposition: 'action',
    example: 'Ignoring this Email — Ticket Creation with CC/BCC is disabled',
  },
  {
    cause: 'audit.incoming.ignored-duplicate',
    direction: 'incoming',
    template: 'Ignoring the email — this email was processed before',
    status: 'RECEIVED IGNORED',
    disposition: 'expected',
    example: 'Ignoring the email — this email was processed before',
  },
  {
    cause: 'audit.incoming.ignored-spam-filter',
    direction: 'incoming',
    template: 'Ignoring this Email — sender matched spam/ignore filter',
    status: 'RECEIVED IGNORED',
    disposition: 'action',
    example: 'Ignoring this Email — sender matched spam/ignore filter',
  },
  {
    cause: 'audit.incoming.ignored-reply-to',
    direction: 'incoming',
    template: 'Ignoring this Email — Reply-To email is marked as Ignored',
    status: 'RECEIVED IGNORED',
    disposition: 'action',
    example: 'Ignoring this Email — Reply-To email is marked as Ignored',
  },
  {
    cause: 'audit.incoming.request-created',
    direction: 'incoming',
    template: 'Request has been created With Id = <id>',
    status: 'PROCESSED',
    disposition: 'normal',
    example: 'Request has been created With Id = INC-2',
    guard: String.raw`(?<!Service\s{1,3})`,
  },
  {
    cause: 'audit.incoming.service-request-created',
    direction: 'incoming',
    template: 'Service Request has been created With Id = <id>',
    status: 'PROCESSED',
    disposition: 'normal',
    example: 'Service Request has been created With Id = SR-5',
  },
  {
    cause: 'audit.incoming.conversation-created',
    direction: 'incoming',
    template: 'Conversation is created for request: <name>',
    status: 'PROCESSED',
    disposition: 'normal',
    example: 'Conversation is created for request: IT Device Maintenance',
  },
  {
    cause: 'audit.incoming.approval-command',
    direction: 'incoming',
    template: 'Process Completed For Approval Status Update Through Email Command',
    status: 'PROCESSED',
    disposition: 'normal',
    example: 'Process Completed For Approval Status Update Through Email Command',
  },
  {
    cause: 'audit.incoming.attachments-added',
    direction: 'incoming',
    template: '<N> attachments added to <request> with Id: <name>',
    status: 'ATTACHMENT PROCESSED',
    disposition: 'normal',
    example: '2 attachments added to Email Server is not Working with Id: INC-4',
  },
  {
    cause: 'audit.incoming.guest-not-allowed',
    direction: 'incoming',
    template: 'Guest User is not allowed to create/update request',
    status: 'PROCESSED FAILED',
    disposition: 'action',
    example: 'Guest User is not allowed to create/update request',
  },
  {
    cause: 'audit.incoming.email-to-request-off',
    direction: 'incoming',
    template: 'Do not create Request — Email To Request is OFF',
    status: 'PROCESSED FAILED',
    disposition: 'action',
    example: 'Do not create Request — Email To Request is OFF',
  },
  {
    cause: 'audit.incoming.subject-other-prefix',
    direction: 'incoming',
    template: 'Subject matched with other regex prefix',
    status: 'PROCESSED FAILED',
    disposition: 'action',
    example: 'Subject matched with other regex prefix',
  },
  {
    cause: 'audit.incoming.attachments-failed',
    direction: 'incoming',
    template: 'Failed to process attachments, due to error: <detail>',
    status: 'ATTACHMENT PROCESSED FAILED',
    disposition: 'action',
    example: 'Failed to process attachments, due to error: File size exceeds the 25MB limit',
  },
  {
    cause: 'audit.outgoing.sent',
    direction: 'outgoing',
    template: 'Email Sent Successfully',
    status: 'SENT',
    disposition: 'normal',
    example: 'Email Sent Successfully',
  },
  {
    cause: 'audit.outgoing.attachment-ignored',
    direction: 'outgoing',
    template: 'Email Sent Successfully, <filename> this attachment has been ignored',
    status: 'SENT',
    disposition: 'action',
    example: 'Email Sent Successfully, "Request-List.csv" this attachment has been ignored',
  },
  {
    cause: 'audit.outgoing.connection-failed',
    direction: 'outgoing',
    template: 'Outgoing failed: Mail server connection failed',
    status: 'SEND_FAILED',
    disposition: 'action',
    example: 'Outgoing failed: Mail server connection failed',
  },
  {
    cause: 'audit.outgoing.configuration-or-recipients',
    direction: 'outgoing',
    template: 'Outgoing failed: Email configuration is not proper or Recipients list is empty',
    status: 'SEND_FAILED',
    disposition: 'action',
    example: 'Outgoing failed: Email configuration is not proper or Recipients list is empty',
  },
  {
    cause: 'audit.outgoing.oauth-failed',
    direction: 'outgoing',
    template: 'Outgoing failed: <OAuth configuration error>',
    status: 'SEND_FAILED',
    disposition: 'action',
    example: 'Outgoing failed: No authentication method agreed upon between client and server ',
    detailTest: OAUTH_DETAIL,
  },
  {
    cause: 'audit.outgoing.authentication-failed',
    direction: 'outgoing',
    template: 'Outgoing failed: <authentication error detail>',
    status: 'SEND_FAILED',
    disposition: 'action',
    example: 'Outgoing failed: "Invalid username or password"',
    detailTest: AUTH_DETAIL,
  },
  {
    cause: 'audit.outgoing.failed-other',
    direction: 'outgoing',
    template: 'Outgoing failed: <detail>',
    status: 'SEND_FAILED',
    disposition: 'action',
    example: 'Outgoing failed: 452 4.3.1 Insufficient system storage',
  },
  {
    cause: 'audit.outgoing.ignored-by-filter',
    direction: 'outgoing',
    template: 'Outgoing ignored: Email is ignored As per <filterType> filter in <serverName>',
    status: 'SEND_IGNORED',
    disposition: 'action',
    example: 'Outgoing ignored: Email is ignored as per domain filter in mail-gateway-01 ',
  },
];

/** Capture names that hold the free-text detail whose wording decides between rows. */
const DETAIL_CAPTURES = ['detail', 'authenticationErrorDetail', 'oAuthConfigurationError'];

/** The free-text detail of a match, whichever placeholder captured it. */
function detailOf(groups: Record<string, string>): string {
  return DETAIL_CAPTURES.map((k) => groups[k]).find((v) => v !== undefined) ?? '';
}

/** The text matchers for the audit rows; `detailTest` rows only match when their detail fits. */
export function auditMatchers(): TextMatcher<keyof typeof AUDIT_CAUSES>[] {
  return AUDIT_MESSAGES.map((row) => {
    const compiled = compileTemplate(row.template);
    const base = compiled.pattern;
    const pattern = row.guard ? new RegExp(row.guard + base.source, base.flags) : base;
    const detailTest = row.detailTest;
    const matcher: TextMatcher<keyof typeof AUDIT_CAUSES> = {
      id: row.cause,
      cause: row.cause,
      kind: 'audit',
      pattern,
      ...(detailTest ? { accept: (groups: Record<string, string>) => detailTest.test(detailOf(groups)) } : {}),
      evidence: { status: row.status, disposition: row.disposition, direction: row.direction },
      // A row that only claims certain details is more specific than the catch-all row.
      specificity: compiled.specificity + (detailTest ? 1 : 0),
      example: row.example,
    };
    return matcher;
  });
}

/** Maps an export's status spelling (RECEIVED_IGNORED, Send Failed) to the documented one. */
export function normalizeAuditStatus(text: string): AuditStatus | undefined {
  const key = text
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, ' ');
  return AUDIT_STATUSES.find((s) => s.replace(/_/g, ' ') === key);
}
