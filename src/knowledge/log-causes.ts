// Causes the log scanner reports for email.log, error.log and service.log lines, in our own words.
import { defineCauses } from './types.js';

const EMAIL_LOG = 'ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis › Reading email.log';
const ERROR_LOG = 'ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis › Reading error.log';
const SERVICE_LOG = 'ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis › Reading service.log';
const LOGS = 'ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis';

/** One cause per log rule family, plus the scanner's own findings about unreadable input. */
export const LOG_CAUSES = defineCauses({
  'log.connection.failed': {
    title: 'Mail server connection failures in the logs',
    severity: 'fail',
    explanation:
      'The application could not reach the mail server: the connection failed, was refused or timed out. Fetching and sending both stop while this lasts, and the Email Audit shows SEND_FAILED for outgoing mail.',
    fixes: [
      {
        text: 'Check the host and port configured for the server against the lines shown, then test them from this machine.',
        commands: ['maildoctor port HOST:PORT', 'maildoctor tls HOST:PORT'],
      },
      { text: 'If the port is blocked or times out, ask the network team to allow outbound traffic from the helpdesk server to the mail server.' },
    ],
    reference: EMAIL_LOG,
  },
  'log.auth.failed': {
    title: 'Mail server authentication failures in the logs',
    severity: 'fail',
    explanation:
      'The mail server refused the login (SMTP 535, IMAP "AUTHENTICATE failed", javax.mail AuthenticationFailedException, bad credentials). The password changed, expired, or basic authentication is disabled for the mailbox.',
    fixes: [
      { text: 'Re-enter the mailbox password (or app password) in the email server settings and run Test Connection.' },
      {
        text: 'For Microsoft 365, check that SMTP AUTH / IMAP is enabled for the mailbox, or move the server to OAuth.',
        commands: ['maildoctor smtp --host HOST --user ADDRESS --password-env PASS'],
      },
    ],
    reference: EMAIL_LOG,
  },
  'log.oauth.failed': {
    title: 'OAuth token errors in the logs',
    severity: 'fail',
    explanation:
      'Getting or using an OAuth access token failed: invalid_grant (refresh token expired or revoked), invalid_client (wrong or expired client secret), an AADSTS error from Microsoft Entra ID, or HTTP 401/403 from the mail API. Until it is fixed no mail is fetched or sent for that server.',
    fixes: [
      {
        text: 'Read the error code in the sample lines: AADSTS7000215/7000222 mean the client secret is wrong or expired, invalid_grant means the refresh token must be regenerated, AADSTS65001 means admin consent is missing.',
      },
      {
        text: 'Replace the client secret or re-authorise the email server (generate a new token) in the email server settings, then run Test Connection.',
        commands: ['maildoctor oauth --provider microsoft --tenant TENANT --client-id ID --client-secret-env SECRET'],
      },
    ],
    reference: ERROR_LOG,
  },
  'log.tls.pkix': {
    title: 'TLS certificate not trusted by Java (PKIX path building failed)',
    severity: 'fail',
    explanation:
      "The Java runtime could not build a chain from the mail server's certificate to a CA in its trust store. It happens with private CAs, TLS-inspecting proxies or an incomplete chain sent by the server.",
    fixes: [
      { text: 'See which certificate the server presents and whether its chain is complete.', commands: ['maildoctor tls HOST:PORT'] },
      { text: 'Import the issuing CA certificate into the Java trust store used by the application and restart the service.' },
    ],
    reference: ERROR_LOG,
  },
  'log.tls.handshake': {
    title: 'TLS handshake failures in the logs',
    severity: 'fail',
    explanation:
      'The TLS handshake with the mail server failed (SSLHandshakeException, no common protocol or cipher, the remote host closed the handshake). Usually the port and security mode do not match, or one side only allows old TLS versions.',
    fixes: [
      { text: 'Check that the security setting matches the port: SSL/TLS for 465/993/995, STARTTLS for 587/143/110.', commands: ['maildoctor tls HOST:PORT'] },
    ],
    reference: ERROR_LOG,
  },
  'log.tls.cert-expired': {
    title: 'Expired certificate reported in the logs',
    severity: 'fail',
    explanation: 'The certificate presented by the mail server (or a certificate in its chain) is past its expiry date, so Java refuses the connection.',
    fixes: [{ text: "Ask the mail server's administrator to renew the certificate; confirm the dates afterwards.", commands: ['maildoctor tls HOST:PORT'] }],
    reference: ERROR_LOG,
  },
  'log.ignored.received': {
    title: 'Incoming emails ignored (RECEIVED_IGNORED)',
    severity: 'warn',
    explanation:
      'Fetched emails were deliberately not turned into tickets. The Email Audit entry for each one gives the reason (acknowledgment, duplicate, archived sender, CC/BCC, spam filter, Reply-To ignored).',
    fixes: [
      {
        text: 'Open Email Audit for the affected emails and read the reason; the matching audit causes explain which ones need action.',
        commands: ['maildoctor audit EXPORT.csv'],
      },
    ],
    reference: EMAIL_LOG,
  },
  'log.send.failed': {
    title: 'Outgoing emails failed (SEND_FAILED)',
    severity: 'fail',
    explanation:
      'Notifications could not be sent. The text after "Outgoing failed:" or the exception on the same line says why: connection, authentication, OAuth, recipients or the server\'s reply.',
    fixes: [{ text: 'Read the sample lines; fix the connection or credentials of the outgoing server, then check Email Audit for new SENT entries.' }],
    reference: EMAIL_LOG,
  },
  'log.send.ignored': {
    title: 'Outgoing emails ignored by a filter (SEND_IGNORED)',
    severity: 'warn',
    explanation: 'Outgoing notifications were dropped on purpose because a domain or address filter of the outgoing server matched the recipient.',
    fixes: [{ text: 'Review the filters of the outgoing email server and remove the entry that blocks wanted recipients.' }],
    reference: EMAIL_LOG,
  },
  'log.mail.exception': {
    title: 'Email-related exceptions in error.log',
    severity: 'warn',
    explanation:
      "The application logged mail exceptions (MessagingException, SMTPSendFailedException, MailSendException) that no more specific rule explains. The message text after the exception name carries the server's reason.",
    fixes: [
      {
        text: 'Read the sample lines and run the matching check against the server named there; paste an unclear message into explain.',
        commands: ['maildoctor explain "TEXT"'],
      },
    ],
    reference: ERROR_LOG,
  },
  'log.polling.fired': {
    title: 'Email polling job is firing',
    severity: 'info',
    explanation: 'service.log (or email.log) shows the email fetch job running; the last time it ran is the one to compare with the current time.',
    fixes: [{ text: 'Nothing to fix while the last run is recent.' }],
    reference: SERVICE_LOG,
  },
  'log.polling.failed': {
    title: 'Email polling job runs but fails',
    severity: 'warn',
    explanation:
      'The fetch job fired but the run ended in an error (a locked mailbox, an exception in the job). Each failed run is a minute without new tickets from that mailbox.',
    fixes: [
      {
        text: 'Read the error after "failed" in the sample lines and check the mailbox and server it names.',
        commands: ['maildoctor imap --host HOST --user ADDRESS --password-env PASS'],
      },
      { text: 'If every run fails the same way, restart the ServiceOps service and check the Quartz trigger state.', commands: ['maildoctor quartz --db URL'] },
    ],
    reference: SERVICE_LOG,
  },
  'log.polling.stopped': {
    title: 'Polling stopped: no email fetch for longer than expected',
    severity: 'fail',
    explanation:
      'The last email fetch in the logs is older than the allowed gap. The Quartz polling job is blocked, in ERROR, or no longer scheduled, so no new email becomes a ticket even though the server settings are fine.',
    fixes: [
      {
        text: 'Check the email polling trigger (TRIGGER_STATE, PREV_FIRE_TIME, NEXT_FIRE_TIME).',
        commands: ['maildoctor quartz --db URL', 'select * from master.qrtz_triggers'],
      },
      {
        text: 'If the trigger is BLOCKED or ERROR, or the times are stale, restart the ServiceOps service; take a thread dump first if it looks hung.',
        commands: ['maildoctor threaddump --collect'],
      },
      {
        text: 'On Agiloft inbound accounts are checked every minute by default; the "Checking frequency for inbound emails (minutes)" global variable changes that, so allow for its value before calling polling stopped.',
      },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Email Job Scheduler Check (Quartz); Agiloft — Email Troubleshooting › Inbound Email Processing',
  },
  'log.polling.not-seen': {
    title: 'No email polling activity found in the logs',
    severity: 'warn',
    explanation:
      'None of the scanned lines shows the email fetch job running. Either the job never fired in this period, or the logs scanned do not include service.log.',
    fixes: [{ text: "Scan the tenant's service.log, and check the Quartz trigger of the email polling job.", commands: ['maildoctor quartz --db URL'] }],
    reference: SERVICE_LOG,
  },
  'log.config.changed': {
    title: 'Email authentication or configuration changed',
    severity: 'info',
    explanation:
      'service.log records changes to an email server, its authentication or its OAuth token. A failure that starts right after such a change usually comes from the change.',
    fixes: [{ text: 'Compare the time of the change with the first failure; revert or correct the change if they line up.' }],
    reference: SERVICE_LOG,
  },
  'log.grep.match': {
    title: 'Lines matching --grep',
    severity: 'info',
    explanation: 'Lines that match the ad-hoc pattern given with --grep, counted and sampled alongside the rules.',
    fixes: [{ text: 'Read the sample lines; run again with a narrower --since or --address to focus.' }],
    reference: LOGS,
  },
  'log.address.lines': {
    title: 'Lines mentioning the address',
    severity: 'info',
    explanation: 'Lines that contain the address given with --address (the guide\'s "search by address"); only these lines were classified.',
    fixes: [{ text: 'Read the causes found for this address; if there are none, the address never appears in the scanned period.' }],
    reference: EMAIL_LOG,
  },
  'log.input.not-utf8': {
    title: 'Lines that are not UTF-8',
    severity: 'warn',
    explanation: 'Some lines hold bytes that are not valid UTF-8 (another character set, or corruption). They were read as Latin-1 and still classified.',
    fixes: [{ text: "Usually harmless; if many lines are affected, check the logging configuration's encoding." }],
    reference: LOGS,
  },
  'log.input.nul-bytes': {
    title: 'Lines containing NUL bytes',
    severity: 'warn',
    explanation: 'NUL bytes in a text log usually mean the file was pre-allocated or damaged by a crash or a full disk at that point.',
    fixes: [{ text: 'Check free disk space and whether the service crashed around the time of the damaged lines.', commands: ['df -h /opt/flotomate'] }],
    reference: LOGS,
  },
  'log.input.huge-line': {
    title: "Lines longer than the scanner's line limit",
    severity: 'warn',
    explanation:
      'Some lines are several megabytes long (a dumped message body or attachment). Only their beginning was classified; the scan went on after them.',
    fixes: [{ text: "Usually a debug logger writing whole emails; lower that logger's level." }],
    reference: LOGS,
  },
  'log.input.bad-gzip': {
    title: 'Truncated or damaged gzip file',
    severity: 'warn',
    explanation: 'A rotated .gz log ends early or is damaged; the lines before the damage were scanned, the rest is lost.',
    fixes: [{ text: 'Check the file with gzip -t; it was probably copied or rotated while being written.', commands: ['gzip -t FILE.gz'] }],
    reference: LOGS,
  },
  'log.input.no-logs': {
    title: 'No helpdesk logs in this folder',
    severity: 'warn',
    explanation:
      'The folder holds no email.log, error.log or service.log, nor any of their rotations, so nothing about fetching, sending or polling could be read from it. A clean result here would mean nothing: the logs are elsewhere.',
    fixes: [
      {
        text: "Point the check at the tenant's logs folder, or let it find every tenant under /opt/flotomate/main-server/.",
        commands: ['ls /opt/flotomate/main-server/*/logs/', 'maildoctor logs /opt/flotomate/main-server/TENANT/logs'],
      },
    ],
    reference: LOGS,
  },
  'log.input.binary-skipped': {
    title: 'Binary file among the logs skipped',
    severity: 'warn',
    explanation:
      'A file in the logs folder is named like a log or one of its rotations, but holds binary data (plain or inside its gzip) rather than text: a core dump, an encrypted or differently packed copy, or disk damage. It was left out; every other log of the folder was scanned.',
    fixes: [{ text: 'See what the file really is, and move it out of the logs folder if it is not a log.', commands: ['file FILE'] }],
    reference: LOGS,
  },
  'log.input.unreadable': {
    title: 'Log file could not be read',
    severity: 'warn',
    explanation: 'A log file could not be opened or read (permissions, removed during the scan).',
    fixes: [{ text: 'Run maildoctor as a user that can read the logs folder (often root or the service user).' }],
    reference: LOGS,
  },
});
