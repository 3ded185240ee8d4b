// Exception classes of the mail stacks a helpdesk runs on: Jakarta Mail / JavaMail (com.sun.mail, org.eclipse.angus),
// java.net and javax.net.ssl, Python smtplib/imaplib/ssl, .NET System.Net.Mail and MailKit. Keyed by the class's
// simple name; `text` names the package and what the API documents the class for.
import { defineRegistry } from './types.js';

/** Java classes (javax.mail and jakarta.mail are the same API before and after the Jakarta rename). */
export const JAVA_EXCEPTIONS = defineRegistry(
  'Jakarta Mail API documentation (jakarta.mail, com.sun.mail / org.eclipse.angus.mail); Java SE API documentation (java.net, javax.net.ssl, java.security.cert); MSAL for Java API documentation (com.microsoft.aad.msal4j)',
  {
    AuthenticationFailedException: { text: 'jakarta.mail: authentication failed', cause: 'mail.java.auth-failed' },
    MailConnectException: { text: 'com.sun.mail.util: could not connect to the server', cause: 'mail.java.connect-failed' },
    NoSuchProviderException: { text: 'jakarta.mail: no provider for the requested protocol', cause: 'mail.java.provider-missing' },
    SendFailedException: { text: 'jakarta.mail: the message could not be sent to some or all recipients', cause: 'smtp.send-failed' },
    SMTPSendFailedException: { text: 'com.sun.mail.smtp: sending failed with an SMTP error reply', cause: 'smtp.send-failed' },
    SMTPAddressFailedException: { text: 'com.sun.mail.smtp: the server refused a recipient address', cause: 'smtp.recipient-rejected' },
    SMTPSenderFailedException: { text: 'com.sun.mail.smtp: the server refused the sender address', cause: 'smtp.sender-rejected' },
    AddressException: { text: 'jakarta.mail.internet: an address could not be parsed', cause: 'mail.address-invalid' },
    FolderNotFoundException: { text: 'jakarta.mail: the folder does not exist', cause: 'imap.mailbox-not-found' },
    FolderClosedException: { text: 'jakarta.mail: the folder was closed (often by the server dropping the connection)', cause: 'imap.connection-dropped' },
    StoreClosedException: { text: 'jakarta.mail: the store was closed (the connection is gone)', cause: 'imap.connection-dropped' },
    ReadOnlyFolderException: { text: 'jakarta.mail: a write was attempted on a read-only folder', cause: 'imap.command-failed' },
    MessageRemovedException: { text: 'jakarta.mail: the message was expunged meanwhile', cause: 'imap.command-failed' },
    ConnectionException: { text: 'com.sun.mail.iap: the IMAP connection failed or was closed by the server', cause: 'imap.connection-dropped' },
    BadCommandException: { text: 'com.sun.mail.iap: the server answered BAD to a command', cause: 'imap.command-failed' },
    CommandFailedException: { text: 'com.sun.mail.iap: the server answered NO to a command', cause: 'imap.command-failed' },
    UnknownHostException: { text: 'java.net: the host name could not be resolved', cause: 'tcp.name-not-resolved' },
    ConnectException: { text: 'java.net: the connection was refused or could not be made', cause: 'tcp.refused' },
    NoRouteToHostException: { text: 'java.net: no route to the host', cause: 'tcp.unreachable' },
    SocketTimeoutException: { text: 'java.net: a connect or read timed out', cause: 'tcp.read-timeout' },
    SocketException: { text: 'java.net: a socket error (reset, broken pipe, closed)', cause: 'tcp.reset' },
    EOFException: { text: 'java.io: the stream ended unexpectedly', cause: 'mail.connection-closed' },
    SSLHandshakeException: { text: 'javax.net.ssl: the TLS handshake failed', cause: 'tls.handshake-failed' },
    SSLPeerUnverifiedException: { text: "javax.net.ssl: the peer's identity (certificate or host name) could not be verified", cause: 'tls.verify-failed' },
    SSLProtocolException: { text: 'javax.net.ssl: an error in the TLS protocol', cause: 'tls.handshake-failed' },
    SSLKeyException: { text: 'javax.net.ssl: a bad TLS key', cause: 'tls.handshake-failed' },
    SSLException: { text: 'javax.net.ssl: a TLS error', cause: 'tls.handshake-failed' },
    CertificateExpiredException: { text: 'java.security.cert: the certificate has expired', cause: 'tls.cert-expired' },
    CertificateNotYetValidException: { text: 'java.security.cert: the certificate is not yet valid', cause: 'tls.cert-not-yet-valid' },
    CertPathValidatorException: {
      text: 'java.security.cert: the certification path could not be validated (no trust anchor, or a member revoked or expired)',
      cause: 'tls.java-pkix',
    },
    CertPathBuilderException: { text: 'java.security.cert: no trusted certification path could be built', cause: 'tls.java-pkix' },
    SunCertPathBuilderException: { text: 'sun.security.provider.certpath: no trusted certification path could be built', cause: 'tls.java-pkix' },
    ValidatorException: { text: 'sun.security.validator: certificate validation failed', cause: 'tls.java-pkix' },
    MsalInteractionRequiredException: {
      text: 'com.microsoft.aad.msal4j: no token can be had silently; the user must sign in interactively',
      cause: 'oauth.interaction-required',
    },
  },
);

/** Python standard-library exceptions (smtplib, imaplib, poplib, ssl, socket). */
export const PYTHON_EXCEPTIONS = defineRegistry('Python 3 standard library documentation: smtplib, imaplib, poplib, ssl, socket', {
  SMTPAuthenticationError: { text: 'smtplib: the server did not accept the username/password combination', cause: 'smtp.auth.rejected' },
  SMTPServerDisconnected: { text: 'smtplib: the server unexpectedly disconnected, or the client is not connected', cause: 'mail.connection-closed' },
  SMTPRecipientsRefused: { text: 'smtplib: all recipient addresses refused', cause: 'smtp.recipient-rejected' },
  SMTPSenderRefused: { text: 'smtplib: the sender address refused', cause: 'smtp.sender-rejected' },
  SMTPDataError: { text: 'smtplib: the server refused to accept the message data', cause: 'smtp.send-failed' },
  SMTPConnectError: { text: 'smtplib: an error occurred during establishment of a connection with the server', cause: 'smtp.server-busy' },
  SMTPHeloError: { text: 'smtplib: the server refused the HELO message', cause: 'smtp.protocol-error' },
  SMTPNotSupportedError: { text: 'smtplib: the command or option is not supported by the server', cause: 'mail.auth.mechanism-unavailable' },
  SSLCertVerificationError: { text: 'ssl: a certificate validation error', cause: 'tls.verify-failed' },
  SSLEOFError: { text: 'ssl: the TLS connection was closed abruptly', cause: 'mail.connection-closed' },
  SSLZeroReturnError: { text: 'ssl: the TLS connection was closed cleanly by the peer', cause: 'mail.connection-closed' },
  ConnectionRefusedError: { text: 'socket: the connection was refused', cause: 'tcp.refused' },
  ConnectionResetError: { text: 'socket: the connection was reset by the peer', cause: 'tcp.reset' },
  TimeoutError: { text: 'socket: a socket operation timed out', cause: 'tcp.timeout' },
  gaierror: { text: 'socket: an address-related error from getaddrinfo', cause: 'tcp.name-not-resolved' },
  EOFError: { text: 'builtins: input ended unexpectedly (the server closed the connection)', cause: 'mail.connection-closed' },
});

/** .NET classes (System.Net.Mail, System.Net.Sockets, System.Security.Authentication, MailKit, MimeKit). */
export const DOTNET_EXCEPTIONS = defineRegistry(
  'Microsoft Learn: .NET API reference (System.Net.Mail.SmtpException, SmtpFailedRecipientException, System.Security.Authentication.AuthenticationException, Microsoft.Identity.Client.MsalUiRequiredException); MailKit API documentation',
  {
    SmtpFailedRecipientException: { text: 'System.Net.Mail: the message could not be delivered to a recipient', cause: 'smtp.recipient-rejected' },
    SmtpFailedRecipientsException: { text: 'System.Net.Mail: the message could not be delivered to all recipients', cause: 'smtp.recipient-rejected' },
    SmtpException: { text: 'System.Net.Mail: the SMTP server did not accept the request', cause: 'smtp.send-failed' },
    SslHandshakeException: { text: 'MailKit.Security: the SSL/TLS handshake failed', cause: 'tls.handshake-failed' },
    ServiceNotConnectedException: { text: 'MailKit: the client is not connected', cause: 'mail.connection-closed' },
    ServiceNotAuthenticatedException: { text: 'MailKit: the client is not authenticated', cause: 'smtp.auth.client-not-authenticated' },
    SmtpCommandException: { text: 'MailKit.Net.Smtp: the server answered a command with an error', cause: 'smtp.command-failed' },
    SmtpProtocolException: { text: 'MailKit.Net.Smtp: the SMTP dialogue broke down', cause: 'mail.connection-closed' },
    ImapCommandException: { text: 'MailKit.Net.Imap: the server answered a command with NO or BAD', cause: 'imap.command-failed' },
    ImapProtocolException: { text: 'MailKit.Net.Imap: the IMAP dialogue broke down', cause: 'mail.connection-closed' },
    Pop3CommandException: { text: 'MailKit.Net.Pop3: the server answered a command with -ERR', cause: 'pop3.command-failed' },
    Pop3ProtocolException: { text: 'MailKit.Net.Pop3: the POP3 dialogue broke down', cause: 'mail.connection-closed' },
    SocketException: { text: 'System.Net.Sockets: a socket error', cause: 'tcp.reset' },
    MsalUiRequiredException: {
      text: 'Microsoft.Identity.Client: no token can be had silently; the user must sign in interactively',
      cause: 'oauth.interaction-required',
    },
  },
);
