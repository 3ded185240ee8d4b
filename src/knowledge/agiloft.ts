// Facts of "Agiloft — Email Troubleshooting" that maildoctor applies: outbound retry caching, inbound polling, the
// IMAP full scan, the size global variables and the menu paths of the test email and the token reset.

/** Failed outbound mail is cached this many days (Outbound Connection Failure Handling). */
export const OUTBOUND_RETRY_DAYS = 5;
/** ...and resent this often, in minutes. */
export const OUTBOUND_RETRY_MINUTES = 30;
/** Inbound accounts are checked this often by default, in minutes (Inbound Email Processing). */
export const INBOUND_POLL_MINUTES = 1;
/** IMAP accounts respect Mark as Read, but a full check that ignores the flag runs this often, in minutes. */
export const IMAP_FULL_SCAN_MINUTES = 45;

/** Global variables the document names, exactly as it writes them. */
export const GLOBAL_VARIABLES = {
  checkingFrequency: 'Checking frequency for inbound emails (minutes)',
  maxAttachSize: 'Max Email Attach Size',
  maxBodySize: 'Max Email Body Size (without attachments)',
  smtpProperties: 'Custom SMTP Configuration Properties',
} as const;

/** Menu paths, exactly as the document writes them. */
export const MENU = {
  outboundServer: 'Setup > Email and SMS > Configure Email Server',
  inboundAccounts: 'Setup > Email and SMS > Inbound Email Accounts',
  inboundMail: 'Setup > Email and SMS > Configure Inbound Mail',
  globalVariables: 'Setup > System > Manage Global Variables',
} as const;

/** The reference every Agiloft fact cites. */
export const AGILOFT = 'Agiloft — Email Troubleshooting';
