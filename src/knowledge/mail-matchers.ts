// Server replies, provider bodies and Java mail exception texts of SMTP, IMAP and POP3, as text matchers.
import type { DELIVERY_CAUSES } from './delivery-causes.js';
import type { IMAP_CAUSES } from './imap-causes.js';
import type { MAIL_CAUSES } from './mail-causes.js';
import type { POP3_CAUSES } from './pop3-causes.js';
import type { SMTP_CAUSES } from './smtp-causes.js';
import type { TLS_CAUSES } from './tls-causes.js';
import type { TextMatcher } from './types.js';

/** A cause id the mail matchers may point at. */
export type MailCauseId =
  | keyof typeof SMTP_CAUSES
  | keyof typeof IMAP_CAUSES
  | keyof typeof POP3_CAUSES
  | keyof typeof MAIL_CAUSES
  | keyof typeof TLS_CAUSES
  | keyof typeof DELIVERY_CAUSES;

function m(id: string, cause: MailCauseId, pattern: RegExp, specificity: number, example: string): TextMatcher<MailCauseId> {
  return { id, cause, kind: 'error', pattern, specificity, example };
}

/** Every mail-protocol wording maildoctor recognises; the checks classify live replies with the same list. */
export const MAIL_MATCHERS: readonly TextMatcher<MailCauseId>[] = [
  // SMTP authentication (Postfix/Dovecot SASL, Gmail, Microsoft 365).
  m('smtp.535-5.7.8', 'smtp.auth.rejected', /\b535[ -](?<code>5\.7\.8)\b.*/, 20, '535 5.7.8 Error: authentication failed: authentication failure'),
  m(
    'gmail.bad-credentials',
    'smtp.auth.rejected',
    /Username and Password not accepted.*/i,
    45,
    '535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8  https://support.google.com/mail/?p=BadCredentials',
  ),
  m(
    'ms.5.7.139.credentials',
    'smtp.auth.rejected',
    /5\.7\.139 Authentication unsuccessful, the user credentials were incorrect.*/i,
    60,
    '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
  ),
  m(
    'smtp.535-5.7.3',
    'smtp.auth.unsuccessful',
    /\b535[ -](?<code>5\.7\.3) Authentication unsuccessful.*/i,
    30,
    '535 5.7.3 Authentication unsuccessful [SN4PR0601CA0014.namprd06.prod.outlook.com]',
  ),
  m('ms.5.7.139', 'smtp.auth.unsuccessful', /\b(?<code>5\.7\.139)\b.*/, 15, '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria'),
  m(
    'ms.5.7.139.client-auth-disabled',
    'smtp.auth.client-auth-disabled',
    /SmtpClientAuthentication is disabled for the (?<scope>Tenant|Mailbox).*/i,
    60,
    '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.',
  ),
  m(
    'ms.5.7.139.basic-disabled',
    'smtp.auth.basic-disabled',
    /basic authentication is disabled.*/i,
    55,
    '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BN9PR03CA0612.namprd03.prod.outlook.com]',
  ),
  m(
    'ms.5.7.139.security-defaults',
    'smtp.auth.security-defaults',
    /security defaults policy.*/i,
    58,
    "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
  ),
  m(
    'ms.5.7.139.mfa',
    'smtp.auth.mfa-required',
    /(?:did not meet the criteria to be authenticated successfully|multi-?factor authentication|\bMFA\b).*/i,
    50,
    '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.',
  ),
  m(
    'ms.5.7.139.locked',
    'smtp.auth.account-locked',
    /5\.7\.139 Authentication unsuccessful, (?:the )?(?:user )?account (?:is )?(?:locked|disabled).*/i,
    52,
    '535 5.7.139 Authentication unsuccessful, account locked.',
  ),
  m(
    'smtp.534-5.7.9',
    'mail.app-password-required',
    /\b534[ -](?<code>5\.7\.9)\b.*/,
    25,
    '534-5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor',
  ),
  m(
    'gmail.app-password',
    'mail.app-password-required',
    /Application-specific password required.*/i,
    48,
    '[ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)',
  ),
  m('smtp.454-4.7.0', 'smtp.auth.temporary', /\b454[ -](?<code>4\.7\.0)\b.*/, 20, '454 4.7.0 Temporary authentication failure'),
  m(
    'smtp.530-5.7.57',
    'smtp.auth.client-not-authenticated',
    /\b530[ -](?<code>5\.7\.57)\b.*/,
    30,
    '530 5.7.57 Client not authenticated to send mail. [MN2PR15CA0057.namprd15.prod.outlook.com]',
  ),
  m(
    'smtp.530-5.7.0-auth-required',
    'smtp.auth.client-not-authenticated',
    /\b530[ -](?<code>5\.7\.0) Authentication Required.*/i,
    40,
    '530-5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError',
  ),
  m(
    'smtp.530-5.7.0-starttls',
    'smtp.starttls-required',
    /(?:\b530[ -](?<code>5\.7\.0) )?Must issue a STARTTLS command first.*/i,
    50,
    '530 5.7.0 Must issue a STARTTLS command first',
  ),
  m('smtp.5.7.3-starttls', 'smtp.starttls-required', /\b(?<code>5\.7\.3) STARTTLS is required.*/i, 45, '530 5.7.3 STARTTLS is required to send mail'),
  m(
    'smtp.421-4.7.0',
    'smtp.rate-limited',
    /\b421[ -](?<code>4\.7\.0)\b.*/,
    22,
    '421 4.7.0 Try again later, closing connection. (EHLO) s12-20020a05600c, gsmtp',
  ),
  m(
    'smtp.too-many-connections',
    'smtp.rate-limited',
    /\b(?:too many (?:concurrent )?connections|rate limit(?:ed|ing)?|too many (?:messages|errors))\b.*/i,
    35,
    '421 4.7.0 Error: too many connections from 192.0.2.10',
  ),
  m('smtp.550-5.7.60', 'smtp.sendas-denied', /\b550[ -](?<code>5\.7\.60)\b.*/, 30, '550 5.7.60 SMTP; Client does not have permissions to send as this sender'),
  m(
    'ms.sendas-exception',
    'smtp.sendas-denied',
    /(?:554[ -]5\.2\.0 )?STOREDRV\.Submission\.Exception:SendAsDeniedException.*|SendAsDenied.*/i,
    55,
    '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
  ),
  m(
    'smtp.relay-denied',
    'smtp.relay-denied',
    /(?:\b5[05]\d[ -](?<code>5\.7\.(?:1|54))\b.*)?(?:Relay access denied|Unable to relay|relaying denied|relay not permitted|not permitted to relay)(?<rest>.*)/i,
    40,
    '550 5.7.1 Unable to relay for helpdesk@example.com',
  ),
  // An out-of-office reply says, in the first person, that the writer is away and when or how they will answer.
  m(
    'autoreply.absence',
    'mail.auto-reply',
    /\bI(?:'m| am| will be| shall be|'ll be)\s+(?:currently\s+|presently\s+|now\s+)?(?:out of (?:the )?office|away from (?:the |my )?(?:office|desk)|on (?:(?:annual|parental|sick|maternity|paternity|medical|study|holiday|vacation) )?(?:leave|vacation|holidays?|PTO)|off work)\b.*|\b(?:respond|reply|answer|get back to you)\b[^.\n]{0,40}\b(?:upon|on|after) my return\b.*/i,
    30,
    'I am currently on parental leave and will answer your message after my return.',
  ),
  m(
    'smtp.sender-login-mismatch',
    'smtp.sendas-denied',
    /\bSender address rejected:? not owned by (?:the )?(?:authenticated )?user\b.*/i,
    46,
    '553 5.7.1 <ceo@example.com>: Sender address rejected: not owned by user helpdesk@example.com',
  ),
  m(
    'smtp.sender-mismatch',
    'smtp.sender-rejected',
    /\b553[ -](?<code>5\.7\.1)\b.*Sender address rejected(?!:? not (?:owned by|logged in)).*/i,
    45,
    '553 5.7.1 <ceo@example.com>: Sender address rejected: Access denied',
  ),
  m(
    'smtp.550-5.1.1',
    'smtp.recipient-rejected',
    /\b550[ -](?<code>5\.1\.1)\b.*/,
    25,
    '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  ),
  m(
    'smtp.552-size',
    'smtp.message-too-large',
    /\b552[ -](?:(?<code>5\.[23]\.[34]) )?.*(?:(?<!\b(?:mail ?box|inbox|account|storage|quota)\b[^.;\n]{0,30})\bsize\b|too (?:big|large)|exceeds? (?:the )?(?:fixed |maximum |max )?(?:message )?size).*/i,
    30,
    '552 5.3.4 Message size exceeds fixed maximum message size',
  ),
  m(
    'smtp.no-auth-method',
    'mail.auth.mechanism-unavailable',
    /No authentication method agreed upon between client and server.*/i,
    60,
    'No authentication method agreed upon between client and server',
  ),
  m(
    'xoauth2.status-json',
    'mail.auth.oauth-rejected',
    /(?:\beyJzdGF0dXMiOiI0MD[A-Za-z0-9+/=]*|\{"status":"(?<status>40\d)","schemes":"[Bb]earer".*)/,
    40,
    '334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJtYWlsIn0=',
  ),
  // IMAP response codes and provider texts.
  m('imap.authenticationfailed', 'imap.auth.failed', /\[AUTHENTICATIONFAILED\].*/i, 40, 'A1 NO [AUTHENTICATIONFAILED] Authentication failed.'),
  // After "Outgoing failed:" the words are the outgoing (SMTP) server's login failure, not an IMAP reply.
  m('imap.login-failed', 'imap.auth.failed', /(?<!Outgoing failed:\s*["']?)\b(?:LOGIN|AUTHENTICATE) failed\b.*/i, 25, 'a1 NO LOGIN failed.'),
  m('imap.unavailable', 'imap.auth.unavailable', /\[UNAVAILABLE\].*/i, 40, 'A1 NO [UNAVAILABLE] Temporary authentication failure. [host1:2026-11-22 00:00:00]'),
  m(
    'imap.privacyrequired',
    'imap.privacy-required',
    /\[PRIVACYREQUIRED\].*|Plaintext authentication disallowed on non-secure.*/i,
    40,
    'A1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
  ),
  m(
    'imap.logindisabled',
    'imap.login-disabled',
    /\bLOGINDISABLED\b.*/,
    30,
    '* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED',
  ),
  m('ms.not-connected', 'imap.not-connected', /User is authenticated but not connected.*/i, 60, 'A2 BAD User is authenticated but not connected.'),
  m(
    'imap.nonexistent',
    'imap.mailbox-not-found',
    /\[NONEXISTENT\].*|Mailbox doesn't exist.*|Folder not found.*/i,
    35,
    "A3 NO [NONEXISTENT] Mailbox doesn't exist: Helpdesk",
  ),
  // POP3 replies.
  m(
    'pop3.auth-failed',
    'pop3.auth.failed',
    /-ERR (?:\[AUTH\] )?(?:Authentication failed|Logon failure|invalid user or password|\[AUTH\] Username and password not accepted|Username and password not accepted).*/i,
    50,
    '-ERR [AUTH] Authentication failed.',
  ),
  m(
    'pop3.plaintext',
    'pop3.plaintext-disallowed',
    /-ERR \[AUTH\] Plaintext authentication disallowed.*/i,
    55,
    '-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
  ),
  m('pop3.in-use', 'pop3.in-use', /-ERR \[IN-USE\].*/i, 40, '-ERR [IN-USE] Mailbox is locked by another POP3 session.'),
  // What the Node mail libraries (nodemailer, imapflow) print for a peer that goes quiet or away.
  m('nodemailer.greeting-timeout', 'tls.no-greeting', /Greeting never received.*/i, 40, 'Error: Greeting never received'),
  m(
    'imapflow.greeting-timeout',
    'tls.no-greeting',
    /Failed to receive greeting from server in required time.*/i,
    45,
    'Failed to receive greeting from server in required time. Maybe should use TLS?',
  ),
  m(
    'mail.closed-unexpectedly',
    'mail.connection-closed',
    /Connection closed unexpectedly.*|Unexpected socket close.*/i,
    35,
    'Error: Connection closed unexpectedly',
  ),
  // Java mail (JavaMail / Jakarta Mail) exception texts from the helpdesk's own logs.
  m(
    'java.auth-failed',
    'mail.java.auth-failed',
    /\b(?:javax|jakarta)\.mail\.AuthenticationFailedException\b/,
    30,
    'jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.',
  ),
  m(
    'java.smtp-send-failed',
    'smtp.send-failed',
    /\bcom\.sun\.mail\.smtp\.SMTPSendFailedException\b|\borg\.eclipse\.angus\.mail\.smtp\.SMTPSendFailedException\b/,
    30,
    'com.sun.mail.smtp.SMTPSendFailedException: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied',
  ),
  m(
    'java.connect-failed',
    'mail.java.connect-failed',
    /\b(?:com\.sun|org\.eclipse\.angus)\.mail\.util\.MailConnectException: Couldn't connect to host(?<rest>.*)|Could not connect to SMTP host: (?<host>[^\s,]+), port: (?<port>\d+).*/,
    40,
    "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.office365.com, 587; timeout -1",
  ),
  m(
    'java.tls-failed',
    'mail.java.tls-failed',
    /Could not convert socket to TLS.*/i,
    45,
    'javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: PKIX path building failed',
  ),
  m(
    'java.folder-closed',
    'imap.connection-dropped',
    /\b(?:javax|jakarta)\.mail\.(?:FolderClosedException|StoreClosedException)\b.*/,
    35,
    '* BYE JavaMail Exception: java.io.IOException: Connection dropped by server? javax.mail.FolderClosedException',
  ),
];
