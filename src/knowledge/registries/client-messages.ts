// The messages mail client libraries print, transcribed from each library: nodemailer and imapflow (as shipped in
// this project's dependencies), Python smtplib and imaplib, .NET System.Net.Mail and MailKit, and the Java runtime.
import type { CauseId } from '../index.js';

/** One library message: the text as the library writes it (matched as a phrase) and the cause it means. */
export interface ClientMessage {
  text: string;
  cause: CauseId;
}

/** A library's messages with their source. */
export interface ClientMessages {
  library: string;
  source: string;
  messages: readonly ClientMessage[];
}

/** Every library whose messages maildoctor knows. */
export const CLIENT_MESSAGES: readonly ClientMessages[] = [
  {
    library: 'nodemailer',
    source: 'nodemailer 10 source (lib/errors.js ERROR_CODES, smtp-connection)',
    messages: [
      { text: 'Invalid login', cause: 'smtp.auth.rejected' },
      { text: 'Missing credentials for', cause: 'mail.no-credentials' },
      { text: 'Unknown authentication method', cause: 'mail.auth.mechanism-unavailable' },
      { text: 'Authentication info was not provided', cause: 'mail.no-credentials' },
      { text: 'Greeting never received', cause: 'tls.no-greeting' },
      { text: 'Error: Connection timeout', cause: 'tcp.timeout' },
      { text: 'Error: Connection closed', cause: 'mail.connection-closed' },
      { text: 'Connection closed unexpectedly', cause: 'mail.connection-closed' },
      { text: 'Server closed the connection', cause: 'mail.connection-closed' },
      { text: 'Error initiating TLS', cause: 'tls.handshake-failed' },
      { text: 'Error upgrading connection with STARTTLS', cause: 'tls.starttls-refused' },
      { text: 'EHLO failed but HELO does not support required STARTTLS', cause: 'tls.starttls-not-offered' },
      { text: 'Invalid greeting. response=', cause: 'tls.bad-greeting' },
      { text: 'Message size larger than allowed', cause: 'smtp.message-too-large' },
      { text: 'No recipients defined', cause: 'audit.outgoing.configuration-or-recipients' },
      { text: 'Proxy socket timed out', cause: 'http.proxy-unreachable' },
      { text: 'Invalid response from proxy', cause: 'http.proxy-refused' },
      { text: 'Server does not support REQUIRETLS extension', cause: 'smtp.starttls-required' },
    ],
  },
  {
    library: 'Node.js',
    source: 'Node.js documentation: Errors (ERR_STREAM_*), messages as Node.js 20 formats them',
    messages: [
      { text: "Hostname/IP doesn't match certificate's altnames", cause: 'tls.hostname-mismatch' },
      { text: 'Client network socket disconnected before secure TLS connection was established', cause: 'tls.handshake-failed' },
      { text: 'write after end', cause: 'mail.connection-closed' },
      { text: 'Premature close', cause: 'mail.connection-closed' },
      { text: 'socket hang up', cause: 'mail.connection-closed' },
      { text: 'read ETIMEDOUT', cause: 'tcp.read-timeout' },
      { text: 'ESOCKETTIMEDOUT', cause: 'tcp.read-timeout' },
    ],
  },
  {
    library: 'Ruby net-smtp / net-protocol',
    source: 'Ruby documentation: Net::SMTP and Net::Protocol exception classes',
    messages: [
      { text: 'Net::ReadTimeout', cause: 'tcp.read-timeout' },
      { text: 'Net::OpenTimeout', cause: 'tcp.timeout' },
      { text: 'Net::SMTPAuthenticationError', cause: 'smtp.auth.rejected' },
      { text: 'Net::SMTPServerBusy', cause: 'smtp.server-busy' },
      { text: 'Net::SMTPSyntaxError', cause: 'smtp.protocol-error' },
    ],
  },
  {
    library: 'PHPMailer / Apache Commons Email',
    source: 'PHPMailer language strings (connect_host, authenticate); Apache Commons Email EmailException messages',
    messages: [
      { text: 'SMTP connect() failed', cause: 'mail.java.connect-failed' },
      { text: 'Sending the email to the following server failed', cause: 'mail.java.connect-failed' },
      { text: 'SMTP Error: Could not authenticate', cause: 'smtp.auth.rejected' },
      { text: 'SMTP Error: Could not connect to SMTP host', cause: 'mail.java.connect-failed' },
    ],
  },
  {
    library: 'imapflow',
    source: 'imapflow 2 source (lib/imap-flow, lib/handler)',
    messages: [
      { text: 'Failed to establish connection in required time', cause: 'tcp.timeout' },
      { text: 'Failed to upgrade connection in required time', cause: 'tls.handshake-timeout' },
      { text: 'Failed to receive greeting from server in required time', cause: 'tls.no-greeting' },
      { text: 'Server does not support STARTTLS', cause: 'tls.starttls-not-offered' },
      { text: 'Unsupported authentication mechanism', cause: 'mail.auth.mechanism-unavailable' },
      { text: 'Unexpected close', cause: 'mail.connection-closed' },
      { text: 'Socket timeout', cause: 'tcp.read-timeout' },
      { text: 'Timed out waiting for mailbox lock', cause: 'imap.in-use' },
    ],
  },
  {
    library: 'Python smtplib / imaplib',
    source: 'Python 3 standard library source (Lib/smtplib.py, Lib/imaplib.py)',
    messages: [
      { text: 'SMTP AUTH extension not supported by server.', cause: 'mail.auth.mechanism-unavailable' },
      { text: 'STARTTLS extension not supported by server.', cause: 'tls.starttls-not-offered' },
      { text: 'No suitable authentication method found.', cause: 'mail.auth.mechanism-unavailable' },
      { text: 'Connection unexpectedly closed', cause: 'mail.connection-closed' },
      { text: 'socket.timeout: timed out', cause: 'tcp.read-timeout' },
      { text: 'please run connect() first', cause: 'mail.connection-closed' },
      { text: 'TLS not supported by server', cause: 'tls.starttls-not-offered' },
      { text: "Couldn't establish TLS session", cause: 'tls.handshake-failed' },
      { text: 'socket error: EOF', cause: 'mail.connection-closed' },
      { text: 'is not writable', cause: 'imap.command-failed' },
    ],
  },
  {
    library: '.NET System.Net.Mail / MailKit',
    source: 'Microsoft Learn: System.Net.Mail.SmtpClient and SmtpStatusCode; .NET runtime resource strings; MailKit API documentation',
    messages: [
      { text: 'The SMTP server requires a secure connection or the client was not authenticated', cause: 'smtp.auth.client-not-authenticated' },
      { text: 'Server does not support secure connections', cause: 'tls.starttls-not-offered' },
      { text: 'The remote certificate is invalid according to the validation procedure', cause: 'tls.verify-failed' },
      { text: 'The remote certificate was rejected by the provided RemoteCertificateValidationCallback', cause: 'tls.verify-failed' },
      { text: 'Authentication failed because the remote party has closed the transport stream', cause: 'tls.handshake-failed' },
      { text: 'The handshake failed due to an unexpected packet format', cause: 'tls.wrong-version-number' },
      { text: 'An existing connection was forcibly closed by the remote host', cause: 'tcp.reset' },
      { text: 'No connection could be made because the target machine actively refused it', cause: 'tcp.refused' },
      { text: 'A connection attempt failed because the connected party did not properly respond after a period of time', cause: 'tcp.timeout' },
      { text: 'No such host is known', cause: 'tcp.name-not-resolved' },
      { text: 'The operation has timed out', cause: 'tcp.read-timeout' },
      { text: 'Unable to connect to the remote server', cause: 'tcp.unreachable' },
      { text: 'Service not available, closing transmission channel', cause: 'smtp.server-busy' },
      { text: 'Mailbox unavailable. The server response was', cause: 'smtp.recipient-rejected' },
      { text: 'An error occurred while attempting to establish an SSL or TLS connection', cause: 'tls.handshake-failed' },
      { text: 'server does not support authentication', cause: 'mail.auth.mechanism-unavailable' },
      { text: 'The IMAP server does not support the STARTTLS extension', cause: 'tls.starttls-not-offered' },
      { text: 'The SMTP server does not support the STARTTLS extension', cause: 'tls.starttls-not-offered' },
      { text: 'The SMTP server has unexpectedly disconnected', cause: 'mail.connection-closed' },
      { text: 'The IMAP server has unexpectedly disconnected', cause: 'mail.connection-closed' },
      { text: 'The POP3 server has unexpectedly disconnected', cause: 'mail.connection-closed' },
      { text: 'The SmtpClient is not connected', cause: 'mail.connection-closed' },
      { text: 'The ImapClient is not connected', cause: 'mail.connection-closed' },
      { text: 'net_io_connectionclosed', cause: 'mail.connection-closed' },
      { text: 'An established connection was aborted by the software in your host machine', cause: 'tcp.reset' },
      { text: 'RemoteCertificateNameMismatch', cause: 'tls.hostname-mismatch' },
      { text: 'RemoteCertificateChainErrors', cause: 'tls.unknown-issuer' },
      { text: 'RemoteCertificateNotAvailable', cause: 'tls.handshake-failed' },
    ],
  },
  {
    library: 'Java runtime and Jakarta Mail',
    source: 'Java SE (JSSE) and Jakarta Mail runtime messages',
    messages: [
      { text: 'No appropriate protocol (protocol is disabled or cipher suites are inappropriate)', cause: 'tls.protocol-version' },
      { text: 'Received fatal alert: protocol_version', cause: 'tls.protocol-version' },
      { text: 'The server selected protocol version TLS10 is not accepted by client preferences', cause: 'tls.protocol-version' },
      { text: 'Received fatal alert: handshake_failure', cause: 'tls.handshake-failed' },
      { text: 'Received fatal alert: certificate_unknown', cause: 'tls.handshake-failed' },
      { text: 'Remote host terminated the handshake', cause: 'tls.handshake-failed' },
      { text: 'Remote host closed connection during handshake', cause: 'tls.handshake-failed' },
      { text: 'Unsupported or unrecognized SSL message', cause: 'tls.wrong-version-number' },
      { text: 'Connection reset by peer', cause: 'tcp.reset' },
      { text: 'Connection closed by server', cause: 'mail.connection-closed' },
      { text: 'Connection closed by remote host', cause: 'mail.connection-closed' },
      { text: 'closed the connection unexpectedly', cause: 'mail.connection-closed' },
      { text: 'Operation timed out', cause: 'tcp.timeout' },
      { text: 'Connection reset', cause: 'tcp.reset' },
      { text: 'Broken pipe', cause: 'tcp.reset' },
      { text: 'Read timed out', cause: 'tcp.read-timeout' },
      { text: 'connect timed out', cause: 'tcp.timeout' },
      { text: 'No route to host', cause: 'tcp.unreachable' },
      { text: 'Network is unreachable', cause: 'tcp.unreachable' },
      { text: 'Connection refused', cause: 'tcp.refused' },
      { text: 'STARTTLS is required but host does not support STARTTLS', cause: 'tls.starttls-not-offered' },
      { text: 'No authentication mechanisms supported by both server and client', cause: 'mail.auth.mechanism-unavailable' },
      { text: 'No authentication mechansims supported by both server and client', cause: 'mail.auth.mechanism-unavailable' },
      { text: 'No login methods supported', cause: 'mail.auth.mechanism-unavailable' },
      { text: 'Invalid Addresses', cause: 'smtp.recipient-rejected' },
      { text: 'Unknown SMTP host', cause: 'tcp.name-not-resolved' },
      { text: 'failed to connect, no password specified?', cause: 'mail.no-credentials' },
      { text: 'Connection dropped by server?', cause: 'imap.connection-dropped' },
      { text: 'Lost folder connection to server', cause: 'imap.connection-dropped' },
      { text: 'Cannot assign requested address', cause: 'tcp.unreachable' },
      { text: 'nodename nor servname provided, or not known', cause: 'tcp.name-not-resolved' },
      { text: 'No address associated with hostname', cause: 'tcp.name-not-resolved' },
    ],
  },
];
