// Causes shared by the SMTP, IMAP and POP3 checks: configuration anti-patterns and protocol-level trouble.
import { defineCauses } from './types.js';

const BEST_INCOMING = 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Incoming Email Server';
/** Both server kinds: what incoming and outgoing servers share (TLS on every connection, the port fitting its mode). */
const BEST_BOTH = 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices';

/** Mail-protocol causes that are not specific to one of SMTP, IMAP or POP3. */
export const MAIL_CAUSES = defineCauses({
  'mail.cleartext-credentials': {
    title: 'Credentials sent without encryption',
    severity: 'warn',
    explanation:
      'The connection was not encrypted (security "none"), so the user name and password crossed the network in clear text. maildoctor did this only because it was asked to; a helpdesk should never be configured this way.',
    fixes: [{ text: "Use SSL/TLS (465, 993, 995) or STARTTLS (587, 143, 110) in the helpdesk's server settings and in this test." }],
    reference: `${BEST_BOTH}; RFC 8314`,
  },
  'mail.port-security-mismatch': {
    title: 'Security mode does not fit the port',
    severity: 'warn',
    explanation:
      'Ports 465, 993 and 995 expect TLS from the first byte; ports 587, 143 and 110 expect a plain greeting followed by STARTTLS. The combination used here is the documented anti-pattern that ends in timeouts or "wrong version number" errors.',
    fixes: [{ text: 'Pair the port with its mode: 587 with STARTTLS, 465 with SSL/TLS; 993/995 with SSL/TLS, 143/110 with STARTTLS.' }],
    reference: `${BEST_BOTH}; RFC 8314`,
  },
  'mail.basic-auth-microsoft': {
    title: 'Password (Basic Auth) login to Microsoft 365',
    severity: 'warn',
    explanation:
      'Microsoft has disabled Basic Auth for IMAP and POP3 in Exchange Online and is retiring it for SMTP AUTH. A password login that works today can stop without notice; OAuth 2.0 is the supported way.',
    fixes: [
      {
        text: "Switch the helpdesk's mail server settings to OAuth 2.0 and test with a token.",
        commands: ['maildoctor oauth --provider microsoft --tenant <tenant> --client-id <clientId>'],
      },
    ],
    reference: BEST_INCOMING,
  },
  'mail.no-credentials': {
    title: 'No credentials given: login not tested',
    severity: 'info',
    explanation: 'No password or token source was given, so the check stopped after the connection, TLS and capability stages.',
    fixes: [{ text: 'Add --user and --password-env VAR (or --password-file, --oauth-token-env, --oauth-token-file) to test the login too.' }],
    reference: 'maildoctor README › Mail logins (read-only)',
  },
  'mail.password-is-user-name': {
    title: 'The password is the user name',
    severity: 'warn',
    explanation:
      'The password given for this mailbox is the same as its user name, or as the part of it before @: a test or default password. Anyone who knows the mailbox address can log in. maildoctor masks a password wherever it appears, so here it must mask the user name too: that is why the name shows as *** in this report.',
    fixes: [{ text: "Give the mailbox a strong, unique password (or an app password), or move it to OAuth 2.0, and update the helpdesk's server settings." }],
    reference: BEST_BOTH,
  },
  'mail.reply-timeout': {
    title: 'Server stopped answering in the middle of the dialogue',
    severity: 'fail',
    explanation:
      'The server greeted and then did not answer a command within the timeout. An overloaded server, a proxy that holds the connection, or a network that drops packets after the first exchange.',
    fixes: [
      {
        text: "Repeat the test with a longer --timeout; if it persists, check the server's load and any proxy or firewall between this server and the mail server.",
      },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks',
  },
  'mail.connection-closed': {
    title: 'Server closed the connection unexpectedly',
    severity: 'fail',
    explanation: 'The server (or something between) dropped the connection in the middle of the dialogue, without an error reply to explain it.',
    fixes: [{ text: "Retry; if it repeats, look at the server's logs for the reason (connection limits, a crash, an intrusion-prevention rule)." }],
    reference: 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks',
  },
  'mail.protocol-garbage': {
    title: 'Server sent something that is not the expected mail protocol',
    severity: 'fail',
    explanation:
      "A reply was binary, overlong or not shaped like the protocol's replies, so the dialogue could not continue. The port may belong to another service, or a proxy answers in its place.",
    fixes: [
      {
        text: 'Check the host and port in the server settings; compare with openssl to see what answers.',
        commands: ['openssl s_client -connect <host>:<port>'],
      },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks',
  },
  'mail.app-password-required': {
    title: 'Application-specific password required',
    severity: 'fail',
    explanation:
      'The account has two-step verification, so the provider refuses the normal account password for mail protocols. Google answers 534 5.7.9 (SMTP) or [ALERT] Application-specific password required (IMAP).',
    fixes: [{ text: "Prefer OAuth 2.0 for the helpdesk's mailbox; if passwords must be used, create an app password for the mailbox and store that instead." }],
    reference: 'Google Workspace Admin Help: Sign in with app passwords; ServiceOps — Email Server Troubleshooting › Configuration Best Practices',
  },
  'mail.auth.oauth-rejected': {
    title: 'OAuth access token rejected by the mail server',
    severity: 'fail',
    explanation:
      "The server refused the XOAUTH2/OAUTHBEARER login: the token is expired or revoked, was issued for another user, or lacks the mail scope (IMAP.AccessAsUser.All, SMTP.Send, or https://mail.google.com/). The server's JSON status is in the evidence.",
    fixes: [
      {
        text: 'Obtain a fresh token and check its audience, user and scopes; re-authenticate OAuth in the helpdesk if the refresh token was revoked.',
        commands: ['maildoctor oauth --provider microsoft --tenant <tenant> --client-id <clientId>'],
      },
    ],
    reference:
      'ServiceOps — Email Server Troubleshooting › Email Audit Reference › Outgoing Email Audit Messages (Re-authenticate OAuth); Agiloft — Email Troubleshooting › Resetting the OAuth Token',
  },
  'mail.auth.mechanism-unavailable': {
    title: 'The chosen login method is not offered by the server',
    severity: 'fail',
    explanation:
      'The server\'s capability list does not include the mechanism needed (XOAUTH2/OAUTHBEARER for a token, PLAIN/LOGIN or USER for a password). The ServiceOps audit message "No authentication method agreed upon between client and server" is this situation: client and server share no login method.',
    fixes: [
      {
        text: 'Use the method the server offers (see the advertised mechanisms in the evidence). For Microsoft 365 OAuth, SMTP AUTH must be enabled for the mailbox; for a password, encryption (STARTTLS) is usually needed before AUTH is offered.',
      },
      { text: 'When the helpdesk uses OAuth, re-authenticate OAuth in its mail server settings so that it holds a valid token again.' },
    ],
    reference:
      'ServiceOps — Email Server Troubleshooting › Email Audit Reference › Outgoing Email Audit Messages (No authentication method agreed upon between client and server)',
  },
  'mail.java.auth-failed': {
    title: 'Java mail authentication failed (AuthenticationFailedException)',
    severity: 'fail',
    explanation:
      "The helpdesk's JavaMail/Jakarta Mail client could not log in. The text after the exception name is the server's own reply, which names the precise cause.",
    fixes: [
      {
        text: "Reproduce with maildoctor using the same host, port, security and user to see the server's reply and its cause.",
        commands: ['maildoctor smtp --host <host> --user <user> --password-env MAIL_PASSWORD -v'],
      },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis › Reading email.log',
  },
  'mail.java.connect-failed': {
    title: 'Java mail could not connect to the mail server',
    severity: 'fail',
    explanation:
      'JavaMail/Jakarta Mail reports MailConnectException or "Could not connect to SMTP host" when the TCP connection or its TLS setup failed; this is the log side of the audit message "Mail server connection failed".',
    fixes: [{ text: 'Test the port and TLS from this server.', commands: ['maildoctor port <host>:<port>', 'maildoctor tls <host>:<port>'] }],
    reference: 'ServiceOps — Email Server Troubleshooting › Email Audit Reference › Outgoing Email Audit Messages (Mail server connection failed)',
  },
  'mail.java.tls-failed': {
    title: 'Java mail could not start TLS',
    severity: 'fail',
    explanation:
      '"Could not convert socket to TLS" means the STARTTLS handshake failed in the Java runtime: usually a certificate its trust store (cacerts) does not trust, or a protocol version mismatch.',
    fixes: [
      {
        text: 'Check the server certificate and that the Java cacerts trusts its CA; check TLS versions (TLS 1.2+).',
        commands: ['maildoctor tls <host>:<port> --starttls smtp'],
      },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check SSL/TLS certificate',
  },
});
