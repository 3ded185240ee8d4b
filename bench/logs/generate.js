// Writes a realistic ServiceOps logs folder (email.log, error.log, service.log) of a chosen size from a fixed seed.
// Usage: node bench/logs/generate.js DIR [SIZE_MB=1024] [SEED=42]
import { mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom as prng } from '../seeded-random.js';

const MAILBOXES = ['support@company.com', 'helpdesk@company.com', 'it-requests@company.com'];
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'];
const DOMAINS = ['example.org', 'contoso.com', 'fabrikam.net', 'company.com'];
const SUBJECTS = ['Printer not working', 'VPN access request', 'Laptop replacement', 'Password reset', 'New joiner onboarding'];

const ROUTINE = {
  email: [
    (r, p) => `INFO  [EmailFetchJob-${p.n(4)}] c.m.s.email.ImapEmailReader - Fetching emails from mailbox ${p.pick(MAILBOXES)} (outlook.office365.com:993)`,
    (r, p) => `INFO  [EmailProcessor-${p.n(4)}] c.m.s.email.EmailAuditService - Incoming mail received successfully messageId=<${p.n(1e9)}@${p.pick(DOMAINS)}> from=${p.pick(USERS)}@${p.pick(DOMAINS)}`,
    (r, p) => `INFO  [EmailProcessor-${p.n(4)}] c.m.s.email.EmailAuditService - Request has been created With Id = INC-${p.n(99999)}`,
    (r, p) => `INFO  [EmailSender-${p.n(4)}] c.m.s.email.SmtpEmailSender - Email Sent Successfully to=${p.pick(USERS)}@${p.pick(DOMAINS)} subject="[INC-${p.n(99999)}] ${p.pick(SUBJECTS)}"`,
    (r, p) => `DEBUG [EmailSender-${p.n(4)}] c.m.s.email.SmtpEmailSender - Opening SMTP session to smtp.office365.com:587 (STARTTLS) for ${p.pick(MAILBOXES)}`,
    (r, p) => `DEBUG [EmailFetchJob-${p.n(4)}] c.m.s.email.ImapEmailReader - Folder INBOX has ${p.n(20)} unread messages, batch size 50`,
    (r, p) => `INFO  [EmailProcessor-${p.n(4)}] c.m.s.email.EmailAuditService - Conversation is created for request: ${p.pick(SUBJECTS)}`,
  ],
  error: [
    (r, p) => `WARN  [http-nio-8080-exec-${p.n(50)}] c.m.s.report.ReportService - Slow query on report ${p.n(500)} took ${p.n(9000)} ms`,
    (r, p) => `ERROR [http-nio-8080-exec-${p.n(50)}] c.m.s.web.GlobalExceptionHandler - Request /api/asset/${p.n(9999)} failed: java.lang.IllegalStateException: asset is locked by another user`,
    (r, p) => `\tat com.motadata.serviceops.asset.AssetService.update(AssetService.java:${p.n(900)})`,
    (r, p) => `\tat org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:${p.n(400)})`,
    (r, p) => `WARN  [pool-${p.n(9)}-thread-${p.n(9)}] c.m.s.cache.CacheManager - Cache region "cmdb" evicted ${p.n(5000)} entries`,
  ],
  service: [
    (r, p) => `INFO  [QuartzScheduler_Worker-${p.n(10)}] c.m.s.scheduler.EmailPollingJob - Email polling job started for ${p.pick(MAILBOXES)}`,
    (r, p) => `INFO  [QuartzScheduler_Worker-${p.n(10)}] c.m.s.scheduler.SlaJob - SLA escalation check completed in ${p.n(900)} ms`,
    (r, p) => `INFO  [http-nio-8080-exec-${p.n(50)}] c.m.s.auth.LoginService - User ${p.pick(USERS)} logged in from 10.0.${p.n(255)}.${p.n(255)}`,
    (r, p) => `DEBUG [QuartzScheduler_Worker-${p.n(10)}] c.m.s.scheduler.JobStore - Next fire time for trigger ReportJob_${p.n(40)} computed`,
  ],
};

/** At least one failure of every kind the rules know, spread over the three logs. */
const FAILURES = {
  email: [
    (r, p) => `ERROR [EmailSender-${p.n(4)}] c.m.s.email.EmailAuditService - SEND_FAILED Outgoing failed: Mail server connection failed`,
    (r, p) => `ERROR [EmailFetchJob-${p.n(4)}] c.m.s.email.ImapEmailReader - Connection refused while connecting to outlook.office365.com:993 for ${p.pick(MAILBOXES)}`,
    (r, p) => `ERROR [EmailSender-${p.n(4)}] c.m.s.email.SmtpEmailSender - com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.office365.com, 587; timeout 30000`,
    (r, p) => `WARN  [EmailFetchJob-${p.n(4)}] c.m.s.email.ImapEmailReader - Read timed out fetching ${p.pick(MAILBOXES)}`,
    (r, p) => `ERROR [EmailSender-${p.n(4)}] c.m.s.email.SmtpEmailSender - javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [${p.pick(MAILBOXES)}]`,
    (r, p) => `ERROR [EmailFetchJob-${p.n(4)}] c.m.s.email.ImapEmailReader - A${p.n(99)} NO AUTHENTICATE failed. mailbox=${p.pick(MAILBOXES)}`,
    (r, p) => `INFO  [EmailProcessor-${p.n(4)}] c.m.s.email.EmailAuditService - RECEIVED_IGNORED Ignoring this Email — sender matched spam/ignore filter from=${p.pick(USERS)}@${p.pick(DOMAINS)}`,
    (r, p) => `INFO  [EmailProcessor-${p.n(4)}] c.m.s.email.EmailAuditService - RECEIVED_IGNORED Ignoring the email — this email was processed before`,
    (r, p) => `WARN  [EmailSender-${p.n(4)}] c.m.s.email.EmailAuditService - SEND_IGNORED Outgoing ignored: Email is ignored As per domain filter in mail-gateway-01`,
    (r, p) => `ERROR [EmailSender-${p.n(4)}] c.m.s.email.EmailAuditService - SEND_FAILED Outgoing failed: 452 4.3.1 Insufficient system storage`,
  ],
  error: [
    (r, p) => `ERROR [EmailFetchJob-${p.n(4)}] c.m.s.oauth.TokenService - OAuth token refresh failed for ${p.pick(MAILBOXES)}: {"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired"}`,
    (r, p) => `ERROR [EmailSender-${p.n(4)}] c.m.s.oauth.TokenService - AADSTS7000222: The provided client secret keys for app '${p.n(1e6)}' are expired. access_token=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl`,
    (r, p) => `ERROR [EmailFetchJob-${p.n(4)}] c.m.s.graph.GraphMailReader - Graph request failed: HTTP/1.1 401 Unauthorized for ${p.pick(MAILBOXES)}`,
    (r, p) => `ERROR [EmailFetchJob-${p.n(4)}] c.m.s.graph.GraphMailReader - ErrorAccessDenied: Access is denied. Check credentials and try again. status 403`,
    (r, p) => `ERROR [EmailSender-${p.n(4)}] c.m.s.email.SmtpEmailSender - javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target`,
    (r, p) => `ERROR [EmailSender-${p.n(4)}] c.m.s.email.SmtpEmailSender - javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)`,
    (r, p) => `ERROR [EmailFetchJob-${p.n(4)}] c.m.s.email.ImapEmailReader - java.security.cert.CertificateExpiredException: NotAfter: Sun Nov 01 23:59:59 UTC 2026`,
    (r, p) => `ERROR [EmailSender-${p.n(4)}] c.m.s.email.SmtpEmailSender - javax.mail.MessagingException: 554 5.2.0 STOREDRV.Submission.Exception`,
  ],
  service: [
    (r, p) => `INFO  [http-nio-8080-exec-${p.n(50)}] c.m.s.email.EmailServerService - Email server configuration updated by admin: authentication type changed to OAUTH`,
    (r, p) => `INFO  [http-nio-8080-exec-${p.n(50)}] c.m.s.email.EmailServerService - Incoming email server ${p.pick(MAILBOXES)} password changed by admin`,
    (r, p) => `ERROR [QuartzScheduler_Worker-${p.n(10)}] c.m.s.scheduler.EmailPollingJob - Email polling job failed: org.quartz.JobExecutionException: mailbox locked`,
  ],
};

const SHARE = { email: 0.5, error: 0.2, service: 0.3 };
const START = Date.UTC(2026, 10, 14, 0, 0, 0);
const SPAN_MS = 7 * 86_400_000;

function pad(n, w) {
  return String(n).padStart(w, '0');
}

function stamp(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)} ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)},${pad(d.getUTCMilliseconds(), 3)}`;
}

/** Writes one log file of about `bytes` bytes. */
function writeLog(path, kind, bytes, seed) {
  const r = prng(seed);
  const p = { n: (k) => Math.floor(r() * k), pick: (a) => a[Math.floor(r() * a.length)] };
  const fd = openSync(path, 'w');
  const est = 150;
  const lines = Math.max(1, Math.floor(bytes / est));
  let written = 0;
  let chunk = [];
  let chunkLen = 0;
  for (let i = 0; written + chunkLen < bytes; i += 1) {
    const t = START + Math.floor((Math.min(i, lines) / lines) * SPAN_MS);
    const table = r() < 0.02 ? FAILURES[kind] : ROUTINE[kind];
    const body = table[Math.floor(r() * table.length)](r, p);
    const line = body.startsWith('\t') ? `${body}\n` : `${stamp(t)} ${body}\n`;
    chunk.push(line);
    chunkLen += line.length;
    if (chunkLen > 4 << 20) {
      written += writeSync(fd, chunk.join(''));
      chunk = [];
      chunkLen = 0;
    }
  }
  written += writeSync(fd, chunk.join(''));
  closeSync(fd);
  return written;
}

/** Generates the folder; returns the files written. */
export function generate(dir, sizeMb = 1024, seed = 42) {
  mkdirSync(dir, { recursive: true });
  const total = sizeMb * 1024 * 1024;
  return Object.entries(SHARE).map(([kind, share], i) => {
    const path = join(dir, `${kind}.log`);
    return { path, bytes: writeLog(path, kind, Math.floor(total * share), seed + i) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, size, seed] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node bench/logs/generate.js DIR [SIZE_MB=1024] [SEED=42]\n');
    process.exit(2);
  }
  for (const f of generate(dir, Number(size ?? 1024), Number(seed ?? 42))) process.stdout.write(`${f.path} ${f.bytes}\n`);
}
