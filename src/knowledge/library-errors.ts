// How the client libraries word a failure that carries no reply of the server (nodemailer 10, imapflow 2): the
// patterns that tell a timeout, a closed connection, oversized or non-protocol data and a certificate problem apart.

/** nodemailer's error messages and the SMTP commands it names in `error.command`. */
export const NODEMAILER = {
  greetingNeverReceived: /Greeting never received/i,
  responseTooLarge: /too large|too long|exceeds maximum|maxResponseSize|response size/i,
  connectionTimeout: /Connection timeout/i,
  timedOut: /timeout|timed out/i,
  closed: /closed/i,
  starttls: /STARTTLS/i,
  ehlo: /^(EHLO|HELO)/i,
  data: /DATA|message/i,
} as const;

/** imapflow's error codes and messages. */
export const IMAPFLOW = {
  /** Timeout codes by the stage they stopped at. */
  timeoutStage: { CONNECT_TIMEOUT: 'connect', GREETING_TIMEOUT: 'greeting', UPGRADE_TIMEOUT: 'starttls' } as Readonly<
    Record<string, 'connect' | 'greeting' | 'starttls'>
  >,
  /** Codes of a line, response or literal longer than the probe's bound. */
  tooLong: /^(LineTooLarge|ResponseTooLarge|LiteralTooLarge)/,
  /** Codes of data that is not IMAP. */
  garbage: /^(ParserError|InvalidResponse|UnexpectedTag|MAX_IMAP_NESTING)/,
  /** Codes of a connection the server closed. */
  closed: /^(NoConnection|EConnectionClosed|ClosedAfterConnect|StateLogout)/,
  /** It stopped before login because no credentials were configured. */
  noLogin: /configure the login|No password configured/i,
  loginDisabled: /Login is disabled/i,
  noAuthMethod: /No matching authentication method/i,
  timedOut: /timed? ?out/i,
  starttls: /STARTTLS/i,
} as const;

/** A certificate failure in a library's message when it gives no error code. */
export const CERTIFICATE_WORDING = /certificate|self[- ]signed|altnames|unable to verify/i;

/** An OpenSSL-style error code named inside a message (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT). */
export function codeInMessage(message: string): string | undefined {
  return /\b([A-Z][A-Z0-9_]{8,})\b/.exec(message)?.[1];
}
