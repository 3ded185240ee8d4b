// The log classification rules as data: real wordings of Java mail, OAuth, TLS and ServiceOps log lines.
import type { LOG_CAUSES } from './log-causes.js';
import type { TextMatcher } from './types.js';

type LogCause = keyof typeof LOG_CAUSES;

interface Rule {
  id: string;
  cause: LogCause;
  pattern: RegExp;
  specificity: number;
  example: string;
}

/** Mail classes whose exceptions mean "something went wrong with email" when nothing more specific matches. */
const MAIL_EXCEPTIONS = [
  'MessagingException',
  'SendFailedException',
  'SMTPSendFailedException',
  'SMTPAddressFailedException',
  'MailSendException',
  'FolderClosedException',
  'StoreClosedException',
  'AddressException',
];

/** Verbs that mark a configuration or credential change in service.log. */
const CHANGE_VERBS = [
  'updated',
  'changed',
  'modified',
  'saved',
  'deleted',
  'enabled',
  'disabled',
  'reauthorized',
  're-authorized',
  'authorized',
  'refreshed',
  'regenerated',
  'revoked',
];

const RULES: Rule[] = [
  // Connection failures (the guide's first email.log grep) and their Java exception names.
  {
    id: 'log.connection.wording',
    cause: 'log.connection.failed',
    pattern: /\bconnection\s+(?:failed|refused|timed\s+out|reset)\b|\b(?:connect|read)\s+timed\s+out\b/i,
    specificity: 14,
    example: 'java.net.ConnectException: Connection refused (Connection refused)',
  },
  {
    id: 'log.connection.java',
    cause: 'log.connection.failed',
    pattern: /\b(?<exception>MailConnectException|ConnectException|SocketTimeoutException|NoRouteToHostException|UnknownHostException)\b/,
    specificity: 12,
    example: 'java.net.UnknownHostException: smtp.office356.com',
  },
  {
    id: 'log.connection.couldnt-connect',
    cause: 'log.connection.failed',
    pattern: /Couldn't connect to host, port:\s*(?<host>[\w.-]+),\s*(?<port>\d+)/i,
    specificity: 24,
    example: "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.office365.com, 587; timeout -1",
  },
  {
    id: 'log.connection.timed-out',
    cause: 'log.connection.failed',
    pattern: /\btimed\s+out\b/i,
    specificity: 12,
    example: 'IMAP fetch for support@company.com timed out after 30000 ms',
  },
  // Authentication (the guide's second email.log grep).
  {
    id: 'log.auth.smtp-535',
    cause: 'log.auth.failed',
    pattern: /(?:^|[\s:"'])535[\s-](?<reply>.*)/,
    specificity: 10,
    example: '535 5.7.3 Authentication unsuccessful',
  },
  {
    id: 'log.auth.java',
    cause: 'log.auth.failed',
    pattern: /\b(?:AuthenticationFailedException|MailAuthenticationException)\b(?::\s*(?<reason>.*))?/,
    specificity: 20,
    example: 'javax.mail.AuthenticationFailedException: AUTHENTICATE failed.',
  },
  { id: 'log.auth.imap', cause: 'log.auth.failed', pattern: /\b(?:AUTHENTICATE|LOGIN)\s+failed\b/i, specificity: 16, example: 'A2 NO AUTHENTICATE failed.' },
  {
    id: 'log.auth.wording',
    cause: 'log.auth.failed',
    pattern:
      /\bauthentication\s+(?:failed|unsuccessful|failure|error)\b|\b(?:invalid|bad|wrong)\s+(?:credentials|(?:username|user\s*name|login)\s+or\s+password|password)\b|\bUsername and Password not accepted\b/i,
    specificity: 14,
    example: 'Authentication failed for support@company.com: Invalid credentials',
  },
  // OAuth (the guide's error.log token grep) and Microsoft Entra ID codes.
  {
    id: 'log.oauth.error-code',
    cause: 'log.oauth.failed',
    pattern: /\b(?<error>invalid_grant|invalid_client|unauthorized_client|invalid_request|interaction_required|consent_required|access_denied)\b/i,
    specificity: 16,
    example: '{"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired"}',
  },
  {
    id: 'log.oauth.aadsts',
    cause: 'log.oauth.failed',
    pattern: /\bAADSTS(?<aadsts>\d{5,7})\b/,
    specificity: 18,
    example: 'AADSTS7000222: The provided client secret keys for app are expired.',
  },
  {
    id: 'log.oauth.graph-denied',
    cause: 'log.oauth.failed',
    pattern: /\bErrorAccessDenied\b/,
    specificity: 18,
    example: 'Graph API error: ErrorAccessDenied - Access is denied. Check credentials and try again.',
  },
  {
    id: 'log.oauth.http-status',
    cause: 'log.oauth.failed',
    pattern:
      /\b(?:HTTP\/[\d.]+|status(?:\s*code)?|response\s*code)\s*[:=]?\s*(?<httpStatus>401|403)\b|\b(?<status>401|403)\s*[-:]?\s*(?:Unauthori[sz]ed|Forbidden)\b/i,
    specificity: 12,
    example: 'Token request failed: HTTP/1.1 401 Unauthorized',
  },
  {
    id: 'log.oauth.unauthorized',
    cause: 'log.oauth.failed',
    pattern: /\bunauthori[sz]ed\b/i,
    specificity: 9,
    example: 'OAuth request unauthorized for mailbox support@company.com',
  },
  {
    id: 'log.oauth.token',
    cause: 'log.oauth.failed',
    pattern:
      /\btoken\b.{0,60}?\b(?:expired|invalid|revoked|failed|failure|error|not\s+found|missing|rejected)\b|\b(?:failed|unable|error|cannot|could\s+not)\b.{0,60}?\btoken\b/i,
    specificity: 8,
    example: 'Failed to refresh OAuth access token for support@company.com',
  },
  // TLS.
  {
    id: 'log.tls.pkix',
    cause: 'log.tls.pkix',
    pattern: /PKIX path (?:building|validation) failed|unable to find valid certification path|SunCertPathBuilderException/i,
    specificity: 22,
    example:
      'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
  },
  {
    id: 'log.tls.expired',
    cause: 'log.tls.cert-expired',
    pattern: /CertificateExpiredException|certificate\s+(?:has\s+)?expired|\bNotAfter:/i,
    specificity: 21,
    example: 'java.security.cert.CertificateExpiredException: NotAfter: Sun Nov 01 23:59:59 UTC 2026',
  },
  {
    id: 'log.tls.handshake',
    cause: 'log.tls.handshake',
    pattern:
      /SSLHandshakeException|Remote host (?:terminated|closed) the handshake|No appropriate protocol|handshake_failure|Received fatal alert|\bSSLException\b/i,
    specificity: 15,
    example: 'javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
  },
  // Email Audit statuses written into email.log.
  {
    id: 'log.status.received-ignored',
    cause: 'log.ignored.received',
    pattern: /\bRECEIVED[_ ]IGNORED\b|\bIgnoring (?:this|the) e-?mail\b/i,
    specificity: 11,
    example: 'status=RECEIVED_IGNORED subject="Automatic reply: Out of office"',
  },
  {
    id: 'log.status.send-failed',
    cause: 'log.send.failed',
    pattern: /\bSEND[_ ]FAILED\b/i,
    specificity: 11,
    example: 'status=SEND_FAILED to=user@example.org',
  },
  {
    id: 'log.status.send-ignored',
    cause: 'log.send.ignored',
    pattern: /\bSEND[_ ]IGNORED\b/i,
    specificity: 11,
    example: 'status=SEND_IGNORED to=user@blocked.example',
  },
  {
    id: 'log.mail.exception',
    cause: 'log.mail.exception',
    pattern: new RegExp(String.raw`\b(?<exception>${MAIL_EXCEPTIONS.join('|')})\b`),
    specificity: 7,
    example: 'javax.mail.MessagingException: 452 4.3.1 Insufficient system storage',
  },
  // service.log: the polling job and configuration changes.
  {
    id: 'log.polling.fetch',
    cause: 'log.polling.fired',
    pattern: /\bfetch(?:ing|ed)?\s+(?:new\s+|incoming\s+|unread\s+)?e-?mails?\b/i,
    specificity: 10,
    example: 'INFO [EmailFetchJob] Fetching emails from mailbox support@company.com',
  },
  {
    id: 'log.polling.email-poll',
    cause: 'log.polling.fired',
    pattern: /\be-?mail\s+(?:fetch|poll)(?:ing|ed|er)?\b/i,
    specificity: 10,
    example: 'DEBUG Email fetch for support@company.com: 3 new messages',
  },
  {
    id: 'log.polling.job-fired',
    cause: 'log.polling.fired',
    pattern: /\be-?mail\w*\s*(?:polling|scheduler|job)\b.{0,60}?\b(?:fired|started|executing|executed|triggered|running|completed)\b/i,
    specificity: 10,
    example: 'INFO [QuartzScheduler_Worker-1] EmailPollingJob - Email polling job started for support@company.com',
  },
  {
    id: 'log.polling.failed-run',
    cause: 'log.polling.failed',
    pattern:
      /\be-?mail\w*\s*(?:polling|fetch|poll)\w*(?:\s+job)?\b.{0,40}?\b(?:failed|error|stopped|blocked|misfired|exception)\b|\b(?:failed|unable|error)\s+(?:to\s+|while\s+)?(?:fetch|poll)\w*\s+e-?mails?\b/i,
    specificity: 15,
    example: 'ERROR [QuartzScheduler_Worker-3] EmailPollingJob - Email polling job failed: org.quartz.JobExecutionException: mailbox locked',
  },
  {
    id: 'log.config.change',
    cause: 'log.config.changed',
    pattern: new RegExp(
      String.raw`\b(?:e-?mail\s+(?:server|config(?:uration)?|settings?)|(?:incoming|outgoing)\s+(?:e-?mail\s+)?server|authentication(?:\s+(?:type|method))?|oauth(?:\s+(?:token|config(?:uration)?|credentials?))?|client\s+secret|credentials?|password)\b.{0,80}?\b(?:${CHANGE_VERBS.join('|')})\b`,
      'i',
    ),
    specificity: 9,
    example: 'INFO Email server configuration updated by admin: authentication type changed to OAUTH',
  },
];

/** The log rules as text matchers of kind `log`, for the scanner and for explain. */
export function logMatchers(): TextMatcher<LogCause>[] {
  return RULES.map((r) => ({ id: r.id, cause: r.cause, kind: 'log', pattern: r.pattern, specificity: r.specificity, example: r.example }));
}
