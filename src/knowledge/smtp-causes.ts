// Causes for the outgoing server (SMTP): each reply code a real server gives, with what to do about it.
import { defineCauses } from './types.js';

const OUT = 'ServiceOps — Email Server Troubleshooting › Email Audit Reference › Outgoing Email Audit Messages';
const MS = 'Microsoft Learn: Fix issues with SMTP AUTH client submission (5.7.139 / 5.7.3)';

/** Causes the smtp check and the SMTP reply matchers report. */
export const SMTP_CAUSES = defineCauses({
  'smtp.auth.rejected': {
    title: 'SMTP login rejected: wrong user name or password (535 5.7.8)',
    severity: 'fail',
    explanation:
      'The server checked the credentials and refused them. This is the "Invalid username or password" of the Email Audit: a changed or expired password, a wrong user name (use the full address), or a typo in the stored password.',
    fixes: [
      {
        text: 'Re-enter the mailbox password in the outgoing server settings (or fix the user name: usually the full email address), then click Test Connection.',
      },
      {
        text: 'Reproduce the login here to confirm the fix.',
        commands: ['maildoctor smtp --host <host> --port <port> --user <user> --password-env MAIL_PASSWORD'],
      },
    ],
    reference: `${OUT} (Outgoing failed: <authentication error detail>)`,
  },
  'smtp.auth.unsuccessful': {
    title: 'Microsoft 365 refused the SMTP login (535 5.7.3 Authentication unsuccessful)',
    severity: 'fail',
    explanation:
      'Exchange Online answers 5.7.3 when the login is refused without saying why: wrong password, SMTP AUTH disabled for the mailbox, or Basic Auth blocked for the tenant.',
    fixes: [
      {
        text: 'Check the password first; then check that Authenticated SMTP is enabled for the mailbox (Microsoft 365 admin center › user › Mail › Manage email apps).',
        commands: ['Get-CASMailbox -Identity <user> | Format-List SmtpClientAuthenticationDisabled'],
      },
      { text: 'Prefer OAuth 2.0 for Microsoft 365.' },
    ],
    reference: MS,
  },
  'smtp.auth.client-auth-disabled': {
    title: 'SMTP AUTH is disabled for this mailbox or tenant (5.7.139 SmtpClientAuthentication is disabled)',
    severity: 'fail',
    explanation:
      'Microsoft 365 accepted the connection but authenticated SMTP submission is switched off for the tenant or the mailbox, so no password (and no token) can send through smtp.office365.com.',
    fixes: [
      {
        text: 'Enable SMTP AUTH for the helpdesk mailbox only (not the whole tenant).',
        commands: ['Set-CASMailbox -Identity <user> -SmtpClientAuthenticationDisabled $false'],
      },
      { text: 'Or send with the Microsoft Graph API / OAuth 2.0 configuration of the helpdesk.' },
    ],
    reference: MS,
  },
  'smtp.auth.basic-disabled': {
    title: 'Basic authentication is disabled (5.7.139)',
    severity: 'fail',
    explanation:
      'The tenant blocks password (Basic) authentication for SMTP. Microsoft has disabled Basic Auth for Exchange Online; only OAuth 2.0 logins work.',
    fixes: [
      {
        text: 'Configure the outgoing server with OAuth 2.0 and re-authenticate; do not try to re-enable Basic Auth.',
        commands: ['maildoctor oauth --provider microsoft --tenant <tenant> --client-id <clientId>'],
      },
    ],
    reference: `${MS}; ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Outgoing Email Server`,
  },
  'smtp.auth.security-defaults': {
    title: 'Security defaults block the legacy login (5.7.139)',
    severity: 'fail',
    explanation: 'Microsoft Entra security defaults (or a policy that blocks legacy authentication) refuse password logins over SMTP, whatever the password.',
    fixes: [{ text: 'Use OAuth 2.0 for the helpdesk mailbox; security defaults cannot be excepted per mailbox.' }],
    reference: MS,
  },
  'smtp.auth.mfa-required': {
    title: 'Sign-in policy requires MFA or blocks this sign-in (5.7.139)',
    severity: 'fail',
    explanation:
      'A conditional access policy or multi-factor requirement applies to the mailbox ("the request did not meet the criteria to be authenticated successfully"); a protocol login cannot satisfy it.',
    fixes: [{ text: 'Ask the identity administrator to exclude the service mailbox from the MFA policy for this app, or move the helpdesk to OAuth 2.0.' }],
    reference: MS,
  },
  'smtp.auth.account-locked': {
    title: 'The account is locked or disabled (5.7.139)',
    severity: 'fail',
    explanation: 'Microsoft refused the login because the user account is locked (too many failed attempts, or blocked by the organisation).',
    fixes: [{ text: 'Unlock or re-enable the account in the admin center, then update the stored password.' }],
    reference: MS,
  },
  'smtp.auth.temporary': {
    title: 'Temporary authentication failure (454 4.7.0)',
    severity: 'fail',
    explanation:
      'The server could not complete the login for a temporary reason (its authentication back end is unreachable or overloaded, or TLS is required for this mechanism).',
    fixes: [{ text: "Retry in a few minutes; if it persists, the provider's or mail server's authentication service needs attention." }],
    reference: `${OUT}; RFC 4954 (454 4.7.0 Temporary authentication failure)`,
  },
  'smtp.auth.client-not-authenticated': {
    title: 'Server says the client is not authenticated (530 5.7.57)',
    severity: 'fail',
    explanation:
      'The session is not authenticated when a command needs it. After an XOAUTH2 login this means Microsoft accepted AUTH for a token that does not belong to this mailbox, and failed on the next command.',
    fixes: [{ text: "Check that the token's user (upn) is the mailbox in --user, and that SMTP.Send is among its scopes." }],
    reference: MS,
  },
  'smtp.starttls-required': {
    title: 'Server requires STARTTLS before login (530 5.7.0)',
    severity: 'fail',
    explanation:
      'The server refuses to authenticate or accept mail on an unencrypted session ("Must issue a STARTTLS command first"). The client is set to no encryption on a STARTTLS port.',
    fixes: [{ text: 'Set the security of the outgoing server to STARTTLS (port 587) or SSL/TLS (port 465).' }],
    reference: 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Outgoing Email Server (Use port 587 with STARTTLS)',
  },
  'smtp.rate-limited': {
    title: 'Too many connections or messages: throttling or a sending quota (421 4.7.0)',
    severity: 'fail',
    explanation:
      'The server refuses this client for now because it opened too many connections or sent too much in a short time, the recipient is receiving too fast, or the sending account used up its hourly or daily sending quota (Gmail 5.4.5, Exchange Online 5.2.2 submission quota, 5.1.90).',
    fixes: [
      {
        text: 'Reduce concurrent connections and retries from the helpdesk; wait and retry. If it persists, ask the provider about the limits for this account or IP.',
      },
      {
        text: 'For a sending quota: wait for the window to reset, spread notifications out, and look for a loop or a rule that sends the same mail many times.',
      },
    ],
    reference: `${OUT}; RFC 5321 (421 service not available)`,
  },
  'smtp.sendas-denied': {
    title: 'Mailbox has no permission to send as this sender (SendAsDenied)',
    severity: 'fail',
    explanation:
      'The login works, but the From address is not the authenticated mailbox and that mailbox lacks Send As rights for it (550 5.7.60 SMTP; Client does not have permissions to send as this sender, or 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException).',
    fixes: [
      {
        text: "Send from the authenticated mailbox's own address, or grant it Send As on the address used.",
        commands: ['Add-RecipientPermission -Identity <from> -Trustee <user> -AccessRights SendAs'],
      },
    ],
    reference: 'Microsoft Learn: SmtpResponse.SendAsDenied Field (Exchange Server); RFC 3463',
  },
  'smtp.relay-denied': {
    title: 'Relay denied: the server will not forward this mail',
    severity: 'fail',
    explanation:
      'The server will not forward mail to this recipient for this client: it is not authenticated, or not allowed to relay from its IP address to external domains.',
    fixes: [{ text: "Authenticate (SMTP AUTH) on port 587, or ask the mail administrator to allow relaying from this server's IP address (a connector)." }],
    reference: `${OUT}; RFC 5321`,
  },
  'smtp.sender-rejected': {
    title: 'Envelope sender refused',
    severity: 'fail',
    explanation:
      'The server refused the MAIL FROM address. The sender does not exist, is not allowed for this login, or its domain is not accepted by this server.',
    fixes: [{ text: "Use the mailbox's own address as the helpdesk's From / sender address." }],
    reference: OUT,
  },
  'smtp.recipient-rejected': {
    title: 'Recipient refused',
    severity: 'fail',
    explanation: 'The server refused the RCPT TO address: the mailbox does not exist, is full, or the server does not accept mail for it from this client.',
    fixes: [{ text: 'Check the recipient address; for a notification template, check the recipients list.' }],
    reference: `${OUT} (Outgoing failed: Email configuration is not proper or Recipients list is empty)`,
  },
  'smtp.message-too-large': {
    title: 'Message too large for the server (552)',
    severity: 'fail',
    explanation: 'The message (with attachments, after encoding that adds about a third) exceeds the size the server accepts.',
    fixes: [{ text: "Lower the helpdesk's maximum attachment size below the server's SIZE limit (shown in the EHLO reply), or share large files by link." }],
    reference:
      "Agiloft — Email Troubleshooting › Some Emails won't Send (size limits); ServiceOps — Email Server Troubleshooting › Email Audit Reference › Outgoing Email Audit Messages (this attachment has been ignored)",
  },
  'smtp.send-failed': {
    title: 'Sending failed (SMTPSendFailedException)',
    severity: 'fail',
    explanation:
      'The Java mail client reports that the server refused the message at some step of the envelope or the data. The server reply after it gives the precise cause.',
    fixes: [
      { text: 'Read the reply code after the exception name (5.7.60, 5.2.0, 5.7.1, 552 ...) and follow its cause.' },
      {
        text: 'Once fixed, send a test email (Agiloft: Setup > Email and SMS > Configure Email Server, "Enter email address to send a test message", Finish). A notification that could not reach the outbound server is retried every 30 minutes for 5 days, then dropped.',
      },
    ],
    reference: `${OUT}; Agiloft — Email Troubleshooting › Testing the Outbound Connection; Agiloft — Email Troubleshooting › Outbound Connection Failure Handling`,
  },
  'smtp.command-failed': {
    title: 'SMTP server refused a command',
    severity: 'fail',
    explanation:
      'The server answered a command with an error reply that maildoctor has no more specific explanation for. The reply code and text are in the evidence.',
    fixes: [{ text: "Look up the reply code and enhanced status code (x.y.z) in the provider's documentation." }],
    reference: 'RFC 5321; RFC 3463 (enhanced status codes)',
  },
  'smtp.message-accepted': {
    title: 'Test message accepted for delivery',
    severity: 'info',
    explanation:
      "The server accepted the test message (250 after DATA); its queue id is in the evidence, so the mail administrator can trace it in the server's logs.",
    fixes: [
      { text: "If the recipient never gets it, trace the queue id on the server and check spam filters and the helpdesk's ignore rules." },
      {
        text: 'Compare with the helpdesk\'s own test email: Setup > Email and SMS > Configure Email Server, type an address under "Enter email address to send a test message", and click Finish. A success message that never arrives points at the outbound server.',
      },
    ],
    reference: 'Agiloft — Email Troubleshooting › Testing the Outbound Connection',
  },
});
