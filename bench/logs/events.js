// The logical events of a ServiceOps-style logs folder, independent of how a logging layout writes them: time, level,
// thread, logger, message and an optional Java throwable. bench/logs/layouts.js renders them in five layouts.
import { seededRandom } from '../seeded-random.js';

const MAILBOXES = ['support@company.com', 'helpdesk@company.com', 'it-requests@company.com'];
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'jose', 'zoe'];
const DOMAINS = ['example.org', 'contoso.com', 'fabrikam.net', 'company.com'];
/** Subjects as users write them, in several scripts (the logs are UTF-8). */
const SUBJECTS = [
  'Printer not working',
  'VPN access request',
  'Laptop replacement',
  'Password reset',
  'New joiner onboarding',
  'Réinitialisation du mot de passe',
  'Drucker druckt nicht – Büro 3',
  'Доступ к VPN',
  '打印机无法连接',
];

const PKG = 'com.motadata.serviceops';

/** Java frames of a throwable: `at` lines only, as `Throwable.printStackTrace` writes them (the layout adds the tab). */
function frames(p, list) {
  return list.map(([where, file]) => `at ${where}(${file}.java:${1 + p.n(900)})`);
}

const SMTP_FRAMES = [
  ['com.sun.mail.smtp.SMTPTransport.openServer', 'SMTPTransport'],
  ['com.sun.mail.smtp.SMTPTransport.protocolConnect', 'SMTPTransport'],
  ['javax.mail.Service.connect', 'Service'],
  [`${PKG}.email.SmtpEmailSender.send`, 'SmtpEmailSender'],
  [`${PKG}.email.SmtpEmailSender.lambda$sendAll$0`, 'SmtpEmailSender'],
];
const IMAP_FRAMES = [
  ['com.sun.mail.imap.IMAPStore.protocolConnect', 'IMAPStore'],
  ['javax.mail.Service.connect', 'Service'],
  [`${PKG}.email.ImapEmailReader.open`, 'ImapEmailReader'],
  [`${PKG}.email.ImapEmailReader.fetch`, 'ImapEmailReader'],
];
const SOCKET_FRAMES = [
  ['java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect', 'NioSocketImpl'],
  ['java.base/java.net.Socket.connect', 'Socket'],
];
const TLS_FRAMES = [
  ['java.base/sun.security.ssl.Alert.createSSLException', 'Alert'],
  ['java.base/sun.security.ssl.TransportContext.fatal', 'TransportContext'],
  ['java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts', 'CertificateMessage'],
];
const QUARTZ_FRAMES = [
  ['org.quartz.core.JobRunShell.run', 'JobRunShell'],
  ['org.quartz.simpl.SimpleThreadPool$WorkerThread.run', 'SimpleThreadPool'],
];
const WEB_FRAMES = [
  [`${PKG}.asset.AssetService.update`, 'AssetService'],
  ['org.springframework.transaction.interceptor.TransactionInterceptor.invoke', 'TransactionInterceptor'],
  ['org.springframework.aop.framework.ReflectiveMethodInvocation.proceed', 'ReflectiveMethodInvocation'],
];

/** A throwable: its lines after the logged message (exception, frames, causes, `... N more`). */
function throwable(p, head, own, cause) {
  const lines = [head, ...frames(p, own)];
  if (cause) lines.push(`Caused by: ${cause.head}`, ...frames(p, cause.frames), `... ${1 + p.n(30)} more`);
  return lines;
}

/** An event maker: (pick helpers) => { level, thread, logger, message, thrown? }. */
const e = (level, thread, logger, message, thrown) => ({ level, thread, logger: `${PKG}.${logger}`, message, ...(thrown ? { thrown } : {}) });

const ROUTINE = {
  email: [
    (p) => e('INFO', `EmailFetchJob-${p.n(4)}`, 'email.ImapEmailReader', `Fetching emails from mailbox ${p.pick(MAILBOXES)} (outlook.office365.com:993)`),
    (p) =>
      e(
        'INFO',
        `EmailProcessor-${p.n(4)}`,
        'email.EmailAuditService',
        `Incoming mail received successfully messageId=<${p.n(1e9)}@${p.pick(DOMAINS)}> from=${p.pick(USERS)}@${p.pick(DOMAINS)}`,
      ),
    (p) => e('INFO', `EmailProcessor-${p.n(4)}`, 'email.EmailAuditService', `Request has been created With Id = INC-${p.n(99999)}`),
    (p) =>
      e(
        'INFO',
        `EmailSender-${p.n(4)}`,
        'email.SmtpEmailSender',
        `Email Sent Successfully to=${p.pick(USERS)}@${p.pick(DOMAINS)} subject="[INC-${p.n(99999)}] ${p.pick(SUBJECTS)}"`,
      ),
    (p) => e('DEBUG', `EmailSender-${p.n(4)}`, 'email.SmtpEmailSender', `Opening SMTP session to smtp.office365.com:587 (STARTTLS) for ${p.pick(MAILBOXES)}`),
    (p) => e('DEBUG', `EmailFetchJob-${p.n(4)}`, 'email.ImapEmailReader', `Folder INBOX has ${p.n(20)} unread messages, batch size 50`),
    (p) => e('INFO', `EmailProcessor-${p.n(4)}`, 'email.EmailAuditService', `Conversation is created for request: ${p.pick(SUBJECTS)}`),
  ],
  error: [
    (p) => e('WARN', `http-nio-8080-exec-${p.n(50)}`, 'report.ReportService', `Slow query on report ${p.n(500)} took ${p.n(9000)} ms`),
    (p) =>
      e(
        'ERROR',
        `http-nio-8080-exec-${p.n(50)}`,
        'web.GlobalExceptionHandler',
        `Request /api/asset/${p.n(9999)} failed`,
        throwable(p, 'java.lang.IllegalStateException: asset is locked by another user', WEB_FRAMES),
      ),
    (p) => e('WARN', `pool-${p.n(9)}-thread-${p.n(9)}`, 'cache.CacheManager', `Cache region "cmdb" evicted ${p.n(5000)} entries`),
  ],
  service: [
    (p) => e('INFO', `QuartzScheduler_Worker-${p.n(10)}`, 'scheduler.EmailPollingJob', `Email polling job started for ${p.pick(MAILBOXES)}`),
    (p) => e('INFO', `QuartzScheduler_Worker-${p.n(10)}`, 'scheduler.SlaJob', `SLA escalation check completed in ${p.n(900)} ms`),
    (p) => e('INFO', `http-nio-8080-exec-${p.n(50)}`, 'auth.LoginService', `User ${p.pick(USERS)} logged in from 10.0.${p.n(255)}.${p.n(255)}`),
    (p) => e('DEBUG', `QuartzScheduler_Worker-${p.n(10)}`, 'scheduler.JobStore', `Next fire time for trigger ReportJob_${p.n(40)} computed`),
  ],
};

/** At least one failure of every kind the rules know, spread over the three logs; some carry a stack trace. */
const FAILURES = {
  email: [
    (p) => e('ERROR', `EmailSender-${p.n(4)}`, 'email.EmailAuditService', 'SEND_FAILED Outgoing failed: Mail server connection failed'),
    (p) =>
      e(
        'ERROR',
        `EmailFetchJob-${p.n(4)}`,
        'email.ImapEmailReader',
        `Connection refused while connecting to outlook.office365.com:993 for ${p.pick(MAILBOXES)}`,
        throwable(p, "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: outlook.office365.com, 993; timeout -1", IMAP_FRAMES, {
          head: 'java.net.ConnectException: Connection refused',
          frames: SOCKET_FRAMES,
        }),
      ),
    (p) =>
      e(
        'ERROR',
        `EmailSender-${p.n(4)}`,
        'email.SmtpEmailSender',
        'Could not send the notification',
        throwable(p, "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.office365.com, 587; timeout 30000", SMTP_FRAMES, {
          head: 'java.net.SocketTimeoutException: connect timed out',
          frames: SOCKET_FRAMES,
        }),
      ),
    (p) => e('WARN', `EmailFetchJob-${p.n(4)}`, 'email.ImapEmailReader', `Read timed out fetching ${p.pick(MAILBOXES)}`),
    (p) =>
      e(
        'ERROR',
        `EmailSender-${p.n(4)}`,
        'email.SmtpEmailSender',
        `javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [${p.pick(MAILBOXES)}]`,
      ),
    (p) => e('ERROR', `EmailFetchJob-${p.n(4)}`, 'email.ImapEmailReader', `A${p.n(99)} NO AUTHENTICATE failed. mailbox=${p.pick(MAILBOXES)}`),
    (p) =>
      e(
        'INFO',
        `EmailProcessor-${p.n(4)}`,
        'email.EmailAuditService',
        `RECEIVED_IGNORED Ignoring this Email — sender matched spam/ignore filter from=${p.pick(USERS)}@${p.pick(DOMAINS)}`,
      ),
    (p) => e('INFO', `EmailProcessor-${p.n(4)}`, 'email.EmailAuditService', 'RECEIVED_IGNORED Ignoring the email — this email was processed before'),
    (p) =>
      e('WARN', `EmailSender-${p.n(4)}`, 'email.EmailAuditService', 'SEND_IGNORED Outgoing ignored: Email is ignored As per domain filter in mail-gateway-01'),
    (p) => e('ERROR', `EmailSender-${p.n(4)}`, 'email.EmailAuditService', 'SEND_FAILED Outgoing failed: 452 4.3.1 Insufficient system storage'),
  ],
  error: [
    (p) =>
      e(
        'ERROR',
        `EmailFetchJob-${p.n(4)}`,
        'oauth.TokenService',
        `OAuth token refresh failed for ${p.pick(MAILBOXES)}: {"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired"}`,
      ),
    (p) =>
      e(
        'ERROR',
        `EmailSender-${p.n(4)}`,
        'oauth.TokenService',
        `AADSTS7000222: The provided client secret keys for app '${p.n(1e6)}' are expired. access_token=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl`,
      ),
    (p) => e('ERROR', `EmailFetchJob-${p.n(4)}`, 'graph.GraphMailReader', `Graph request failed: HTTP/1.1 401 Unauthorized for ${p.pick(MAILBOXES)}`),
    (p) => e('ERROR', `EmailFetchJob-${p.n(4)}`, 'graph.GraphMailReader', 'ErrorAccessDenied: Access is denied. Check credentials and try again. status 403'),
    (p) =>
      e(
        'ERROR',
        `EmailSender-${p.n(4)}`,
        'email.SmtpEmailSender',
        'Could not open the SMTP session',
        throwable(p, 'javax.mail.MessagingException: Could not convert socket to TLS', SMTP_FRAMES, {
          head: 'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
          frames: TLS_FRAMES,
        }),
      ),
    (p) =>
      e(
        'ERROR',
        `EmailSender-${p.n(4)}`,
        'email.SmtpEmailSender',
        'javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
      ),
    (p) =>
      e('ERROR', `EmailFetchJob-${p.n(4)}`, 'email.ImapEmailReader', 'java.security.cert.CertificateExpiredException: NotAfter: Sun Nov 01 23:59:59 UTC 2026'),
    (p) => e('ERROR', `EmailSender-${p.n(4)}`, 'email.SmtpEmailSender', 'javax.mail.MessagingException: 554 5.2.0 STOREDRV.Submission.Exception'),
  ],
  service: [
    (p) =>
      e(
        'INFO',
        `http-nio-8080-exec-${p.n(50)}`,
        'email.EmailServerService',
        'Email server configuration updated by admin: authentication type changed to OAUTH',
      ),
    (p) => e('INFO', `http-nio-8080-exec-${p.n(50)}`, 'email.EmailServerService', `Incoming email server ${p.pick(MAILBOXES)} password changed by admin`),
    (p) =>
      e(
        'ERROR',
        `QuartzScheduler_Worker-${p.n(10)}`,
        'scheduler.EmailPollingJob',
        'Email polling job failed: mailbox locked',
        throwable(p, 'org.quartz.JobExecutionException: mailbox locked', QUARTZ_FRAMES),
      ),
  ],
};

/** Share of the folder's bytes per log. */
export const SHARE = { email: 0.5, error: 0.2, service: 0.3 };
const START = Date.UTC(2026, 10, 14, 0, 0, 0);
const SPAN_MS = 7 * 86_400_000;
/** Rough bytes an event takes in the classic layout, to spread the events over the week. */
const EVENT_BYTES = 170;

/**
 * Yields the events of one log kind from a seed, about `bytes` bytes' worth in the classic layout: `{ t, level,
 * thread, logger, message, thrown? }` with `t` in epoch ms, spread over one week in time order.
 */
export function* events(kind, bytes, seed) {
  const r = seededRandom(seed);
  const p = { n: (k) => Math.floor(r() * k), pick: (a) => a[Math.floor(r() * a.length)] };
  const total = Math.max(1, Math.floor(bytes / EVENT_BYTES));
  for (let i = 0; ; i += 1) {
    const table = r() < 0.02 ? FAILURES[kind] : ROUTINE[kind];
    yield { t: START + Math.floor((Math.min(i, total) / total) * SPAN_MS), ...table[Math.floor(r() * table.length)](p) };
  }
}
