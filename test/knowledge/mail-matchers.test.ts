import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/checks/explain.js';
import { isCauseId, type CauseId } from '../../src/knowledge/index.js';
import { MAIL_MATCHERS } from '../../src/knowledge/mail-matchers.js';
import { matchText } from '../../src/knowledge/match.js';
import { replyCause } from '../../src/checks/mail/auth-failure.js';

describe('every mail matcher recognises its own example through the shared knowledge base', () => {
  for (const m of MAIL_MATCHERS) {
    it(`${m.id}: ${m.example.slice(0, 70)}`, () => {
      expect(isCauseId(m.cause)).toBe(true);
      expect(matchText(m.example).map((x) => x.cause)).toContain(m.cause);
    });
  }
});

// Wordings as servers, providers and Java mail libraries really print them (not the examples above).
const REAL_WORLD: Array<[string, CauseId]> = [
  ['535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6', 'smtp.auth.rejected'],
  [
    '535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials d9443c01a7336-2a0ac7d8b5asm12345 - gsmtp',
    'smtp.auth.rejected',
  ],
  ['535 5.7.3 Authentication unsuccessful [BN0PR04CA0123.namprd04.prod.outlook.com 2026-11-21T10:00:00.000Z 08DC1234]', 'smtp.auth.unsuccessful'],
  [
    '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0011.EURPRD10.PROD.OUTLOOK.COM]',
    'smtp.auth.client-auth-disabled',
  ],
  [
    '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PR3P191CA0023.EURP191.PROD.OUTLOOK.COM 2026-11-21T09:12:45.511Z 08DC0A5F]',
    'smtp.auth.basic-disabled',
  ],
  [
    "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
    'smtp.auth.security-defaults',
  ],
  [
    '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator. [DB8PR04CA0001.eurprd04.prod.outlook.com]',
    'smtp.auth.mfa-required',
  ],
  ['535 5.7.139 Authentication unsuccessful, account locked. [BY5PR16CA0002.namprd16.prod.outlook.com]', 'smtp.auth.account-locked'],
  [
    'javax.mail.MessagingException: 530 5.7.0 Must issue a STARTTLS command first. o2-20020a170902d4c200b001d0b1d2a2b8sm4101626plg.3 - gsmtp',
    'smtp.starttls-required',
  ],
  ['530 5.7.3 STARTTLS is required to send mail [CH0PR03CA0086.namprd03.prod.outlook.com]', 'smtp.starttls-required'],
  [
    '534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor',
    'mail.app-password-required',
  ],
  ['A1 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)', 'mail.app-password-required'],
  ['454 4.7.0 Temporary authentication failure: Connection lost to authentication server', 'smtp.auth.temporary'],
  ['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints', 'smtp.rate-limited'],
  ['452 4.3.2 Too many connections from your IP, try again later', 'smtp.rate-limited'],
  [
    '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message. 0.35250:0A000000',
    'smtp.sendas-denied',
  ],
  ['550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM6PR04MB1234.eurprd04.prod.outlook.com]', 'smtp.sendas-denied'],
  ['554 5.7.1 <someone@elsewhere.test>: Relay access denied', 'smtp.relay-denied'],
  ['550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', 'smtp.relay-denied'],
  ["552-5.2.3 Your message exceeded Google's message size limits. Please visit https://support.google.com/mail/?p=MaxSizeError", 'smtp.message-too-large'],
  ['552 5.3.4 Message size exceeds fixed maximum message size', 'smtp.message-too-large'],
  ['530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful', 'smtp.auth.client-not-authenticated'],
  ['Outgoing failed: No authentication method agreed upon between client and server ', 'mail.auth.mechanism-unavailable'],
  ['A0001 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)', 'imap.auth.failed'],
  ['a1 NO AUTHENTICATE failed.', 'imap.auth.failed'],
  ['1 NO [UNAVAILABLE] Temporary authentication failure. [vm:2026-11-21 10:00:00]', 'imap.auth.unavailable'],
  ['* BAD [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.', 'imap.privacy-required'],
  ['* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot ready.', 'imap.login-disabled'],
  ['A2 BAD User is authenticated but not connected.', 'imap.not-connected'],
  ["3 NO [NONEXISTENT] Mailbox doesn't exist: Tickets", 'imap.mailbox-not-found'],
  ['-ERR [AUTH] Authentication failed.', 'pop3.auth.failed'],
  ['-ERR Logon failure: unknown user name or bad password.', 'pop3.auth.failed'],
  ['-ERR [AUTH] Username and password not accepted.', 'pop3.auth.failed'],
  ['-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.', 'pop3.plaintext-disallowed'],
  ["-ERR [IN-USE] Couldn't open INBOX: Mailbox is locked", 'pop3.in-use'],
  ['334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==', 'mail.auth.oauth-rejected'],
  ['javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [SN4PR0601CA0014.namprd06.prod.outlook.com]', 'mail.java.auth-failed'],
  ['jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.', 'smtp.auth.basic-disabled'],
  ['javax.mail.AuthenticationFailedException: AUTHENTICATE failed.', 'mail.java.auth-failed'],
  ['com.sun.mail.smtp.SMTPSendFailedException: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied', 'smtp.send-failed'],
  [
    "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.office365.com, 587; timeout -1;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused",
    'mail.java.connect-failed',
  ],
  ['javax.mail.MessagingException: Could not connect to SMTP host: smtp.gmail.com, port: 465;', 'mail.java.connect-failed'],
  [
    'javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is: javax.net.ssl.SSLHandshakeException: PKIX path building failed',
    'mail.java.tls-failed',
  ],
  ['javax.mail.FolderClosedException: * BYE JavaMail Exception: java.io.IOException: Connection dropped by server?', 'imap.connection-dropped'],
  ['jakarta.mail.StoreClosedException: failed to create new store connection', 'imap.connection-dropped'],
  // nodemailer and imapflow messages as a Node-based helpdesk logs them.
  ['Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to', 'smtp.auth.rejected'],
  ['Error: Invalid login: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.', 'smtp.auth.basic-disabled'],
  ['Error: Greeting never received', 'tls.no-greeting'],
  ['Failed to receive greeting from server in required time. Maybe should use TLS?', 'tls.no-greeting'],
  ['Error: Connection closed unexpectedly', 'mail.connection-closed'],
];

describe('real-world wordings are explained (as pasted into `maildoctor explain`)', () => {
  for (const [text, cause] of REAL_WORLD) {
    it(`${cause}: ${text.slice(0, 60)}`, () => {
      const outcome = explainText(text);
      expect(outcome.findings.map((f) => f.cause)).toContain(cause);
    });
  }

  it('a Java exception with a server reply yields both the library cause and the reply cause', () => {
    const causes = explainText(
      'jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.',
    ).findings.map((f) => f.cause);
    expect(causes).toEqual(expect.arrayContaining(['mail.java.auth-failed', 'smtp.auth.basic-disabled']));
  });

  it('the seed OAuth audit example is both the audit row and the mechanism cause', () => {
    const causes = explainText('Outgoing failed: No authentication method agreed upon between client and server ').findings.map((f) => f.cause);
    expect(causes).toEqual(expect.arrayContaining(['audit.outgoing.oauth-failed', 'mail.auth.mechanism-unavailable']));
  });
});

describe('classifying live replies picks the most specific wording', () => {
  it('a Microsoft 5.7.139 reply is not the generic 5.7.139 cause', () => {
    expect(replyCause('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', 'smtp.command-failed').cause).toBe(
      'smtp.auth.client-auth-disabled',
    );
  });
  it('an unknown reply falls back', () => {
    expect(replyCause('550 5.5.0 something unheard of', 'smtp.command-failed')).toEqual({ cause: 'smtp.command-failed' });
  });
  it('ordinary lines do not match any mail wording', () => {
    for (const line of [
      '250 2.0.0 Ok: queued as 4F3A1',
      '* OK [CAPABILITY IMAP4rev1 IDLE AUTH=PLAIN] ready',
      '+OK Dovecot ready.',
      'EHLO maildoctor.invalid',
    ]) {
      expect(replyCause(line, 'smtp.command-failed').matcher).toBeUndefined();
    }
  });
});
