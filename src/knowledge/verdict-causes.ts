// Conclusions `maildoctor run` draws over all its checks: each strong fault, chain results, and what several checks agree on.
import { defineCauses } from './types.js';

const GUIDE = 'ServiceOps — Email Server Troubleshooting';
const NETWORK = `${GUIDE} › Advanced Email Diagnostics › Network and Connectivity Checks`;
const QUARTZ = `${GUIDE} › Email Job Scheduler Check (Quartz)`;
const DUMPS = `${GUIDE} › Thread Dump Collection and Analysis`;
const JOURNEY = `${GUIDE} › How Email Works in ServiceOps › End-to-End Email Journey`;
const RESTART = 'sudo systemctl restart flotomate-main';

/** Verdicts: one per strong fault, one per mailbox chain, and the network conclusions; they sit at the top of the report. */
export const VERDICT_CAUSES = defineCauses({
  'verdict.offline': {
    title: 'This server has no working connection to the outside',
    severity: 'fail',
    explanation:
      'Names do not resolve and nothing answers, for every provider checked. The network failures listed with this verdict follow from it and cannot be judged until the server reaches the internet (directly or through its proxy). The other verdicts have causes of their own: a lost connection does not stop a polling job, block a trigger or deadlock threads.',
    fixes: [
      {
        text: 'Check the network configuration, default route, DNS servers and proxy of this server.',
        commands: ['cat /etc/resolv.conf', 'ip route', 'env | grep -i _proxy'],
      },
      { text: 'If the server may only reach certain hosts, ask the network team to allow the mail providers and the relay URL (email-app.serviceops.ai).' },
    ],
    reference: NETWORK,
  },
  'verdict.dns-not-connectivity': {
    title: 'DNS is broken, the network is not',
    severity: 'fail',
    explanation:
      'Connections to literal IP addresses work, but host names do not resolve: when a name fails but an IP address answers, the problem is DNS resolution, not connectivity. The name failures listed with this verdict follow from it.',
    fixes: [
      {
        text: 'Fix the DNS servers in /etc/resolv.conf (or the resolver service) and flush its cache.',
        commands: ['cat /etc/resolv.conf', 'sudo systemd-resolve --flush-caches'],
      },
    ],
    reference: NETWORK,
  },
  'verdict.mailbox-ok': {
    title: 'Mailbox chain works end to end',
    severity: 'info',
    explanation: "Every stage of this server's chain (name, port, TLS, login, first command) passed.",
    fixes: [{ text: 'Nothing to fix for this server; if emails still go missing, read the Email Audit and the logs.' }],
    reference: JOURNEY,
  },
  'verdict.mailbox-broken': {
    title: 'Mailbox chain stops at a stage',
    severity: 'fail',
    explanation:
      "This server's chain stopped at the stage named in the detail, the first one that failed; the stages after it were not tried. Fixing that stage is the first thing to do for this mailbox.",
    fixes: [{ text: "Follow the fix of the failing stage's check below, then run maildoctor again." }],
    reference: JOURNEY,
  },
  'verdict.notifications-failing': {
    title: 'Notifications for this mailbox will fail (SEND_FAILED)',
    severity: 'fail',
    explanation:
      'Replies and notifications for tickets from this mailbox go out through an outgoing server that is failing or disabled, so they end as SEND_FAILED in the Email Audit.',
    fixes: [{ text: 'Fix the outgoing server (see its chain) or link the mailbox to a working outgoing server.' }],
    reference: `${GUIDE} › How Email Works in ServiceOps › Incoming and Outgoing Server Linking`,
  },
  'verdict.oauth-token-problem': {
    title: 'The OAuth token is refused',
    severity: 'fail',
    explanation:
      'The identity provider refused to issue a token, or the mail server refused the token it was given. The network path worked far enough to get that answer, so this is a token, secret or consent problem, not connectivity; every mailbox that uses this OAuth connection stops here.',
    fixes: [
      { text: 'Read the oauth finding: it names the AADSTS code or the provider error, and its fix.' },
      { text: 'After a password change or a replaced client secret, reset and re-authorise the OAuth connection.' },
    ],
    reference: 'Agiloft — Email Troubleshooting › Resetting the OAuth Token',
  },
  'verdict.email-job-hung': {
    title: 'The email job is hung on a read without a timeout',
    severity: 'fail',
    explanation:
      'The thread dump shows a mail thread stuck reading a socket with no timeout, and the scheduler or the logs show that polling stopped since. The job waits forever for a server that stopped answering; on its own such a read can be an ordinary wait, which is why this verdict needs that agreement.',
    fixes: [
      {
        text: 'Collect three thread dumps a few seconds apart for the vendor, then restart the service.',
        commands: ['maildoctor threaddump --collect --count 3 --interval 10s', RESTART],
      },
      {
        text: 'Ask the vendor to set a read timeout on the mail connection (mail.imap.timeout / mail.smtp.timeout) so a silent server cannot block polling again.',
      },
    ],
    reference: `${QUARTZ}; ${DUMPS}`,
  },
  'verdict.polling-stopped': {
    title: 'Emails are not being fetched: polling stopped',
    severity: 'fail',
    explanation:
      'The logs show no email fetch for longer than the allowed gap, so no new email becomes a ticket even where the mail servers are fine. The Quartz trigger and a thread dump tell why the job stopped; the detail says whether they were checked and what they show.',
    fixes: [
      {
        text: 'Check the email polling trigger and take a thread dump before anything else changes.',
        commands: ['maildoctor quartz --db URL', 'maildoctor threaddump --collect'],
      },
      { text: 'Restart the ServiceOps service; if polling does not resume, escalate to the vendor with the dump.', commands: [RESTART] },
    ],
    reference: QUARTZ,
  },
  'verdict.email-trigger-abnormal': {
    title: 'The email polling trigger is not firing normally',
    severity: 'fail',
    explanation:
      'The Quartz row of the email polling job is BLOCKED, in ERROR, paused, no longer scheduled or stale (the detail names which). Normal is WAITING or ACQUIRED with a recent PREV_FIRE_TIME and a near-future NEXT_FIRE_TIME; anything else means emails are not fetched on time.',
    fixes: [
      {
        text: 'Take a thread dump first (it shows what holds the job), then restart the ServiceOps service.',
        commands: ['maildoctor threaddump --collect', RESTART],
      },
      { text: 'If the trigger is still abnormal after the restart, escalate to the vendor with the quartz finding and the dump.' },
    ],
    reference: QUARTZ,
  },
  'verdict.email-threads-deadlocked': {
    title: 'Threads are deadlocked',
    severity: 'fail',
    explanation:
      'The thread dump shows threads that each wait for a lock another one of them holds. They never wake up on their own; a deadlock between email threads permanently stops email processing until the service restarts.',
    fixes: [
      { text: 'Keep the dump for the vendor (it names the threads and locks), then restart the ServiceOps service.', commands: [RESTART] },
      { text: 'Send the dump to the vendor: the same code path will deadlock again.' },
    ],
    reference: DUMPS,
  },
  'verdict.email-threads-blocked': {
    title: 'Email threads are BLOCKED behind another thread',
    severity: 'fail',
    explanation:
      'The thread dump shows email threads BLOCKED on a lock that another thread holds. One dump is one moment: several dumps a few seconds apart, or stopped polling, tell a passing wait from a hang.',
    fixes: [
      {
        text: 'Collect three dumps a few seconds apart and see whether the same threads stay blocked.',
        commands: ['maildoctor threaddump --collect --count 3 --interval 10s'],
      },
      { text: 'If they stay blocked, restart the ServiceOps service and send the dumps to the vendor.', commands: [RESTART] },
    ],
    reference: DUMPS,
  },
  'verdict.ssl-handshake-hang': {
    title: 'Threads hang in a TLS handshake',
    severity: 'fail',
    explanation:
      'The thread dump shows threads stuck in the TLS code (sun.security.ssl / javax.net.ssl), usually because the network path to the mail server stalls or its certificate is not accepted. Mail on that connection waits until the handshake gives up, if it ever does.',
    fixes: [
      { text: 'Test the TLS handshake to the mail servers from this machine.', commands: ['maildoctor tls HOST:PORT'] },
      { text: 'Fix the path or the certificate it shows, then restart the ServiceOps service to free the stuck threads.', commands: [RESTART] },
    ],
    reference: DUMPS,
  },
  'verdict.send-failed-spike': {
    title: 'Notifications are failing now: a SEND_FAILED spike',
    severity: 'fail',
    explanation:
      'The Email Audit shows far more SEND_FAILED entries in a short time than usual: users are already missing notifications. The most common failure text in the detail points at the cause.',
    fixes: [
      {
        text: "Fix what the audit's failure text and the outgoing server's chain show, then watch the audit for new SENT entries.",
        commands: ['maildoctor audit EXPORT.csv --status SEND_FAILED'],
      },
    ],
    reference: `${GUIDE} › Configuration Best Practices › Outgoing Email Server`,
  },
  'verdict.emails-stuck-processing': {
    title: 'Received emails are stuck before processing (step 4)',
    severity: 'fail',
    explanation:
      'The Email Audit shows emails RECEIVED with no PROCESSED or failure entry after them: they were fetched but never turned into tickets or conversations. Processing, not the mail server, is where they stopped.',
    fixes: [
      { text: 'Take a thread dump to see whether the processing threads are blocked or deadlocked.', commands: ['maildoctor threaddump --collect'] },
      { text: 'Read error.log around the times of the stuck emails.', commands: ['maildoctor logs --since 2h'] },
    ],
    reference: JOURNEY,
  },
  'verdict.service-down': {
    title: 'The helpdesk service is not running',
    severity: 'fail',
    explanation:
      'systemd reports the ServiceOps application service as not active. Nothing is fetched, processed or sent while it is down, whatever the mail settings are.',
    fixes: [{ text: 'Start the unit named in the detail and read its journal for why it stopped (the service finding below has the commands).' }],
    reference: QUARTZ,
  },
  'verdict.not-checked': {
    title: 'Not checked: a capability that is not available here',
    severity: 'info',
    explanation:
      'Part of the configuration asks for a check this installation cannot run (or that needs information the config does not give); it was left out rather than guessed.',
    fixes: [{ text: 'Read the detail for what was left out and what would let maildoctor check it.' }],
    reference: 'maildoctor README › A config file',
  },
});

/** A verdict cause id. */
export type VerdictCauseId = keyof typeof VERDICT_CAUSES;

/** How a strong fault's verdict reads when no other check confirms it, per verdict: what would. */
export const UNCONFIRMED_NOTE: Partial<Record<VerdictCauseId, string>> = {
  'verdict.polling-stopped': 'no other check confirms it; the quartz check and a thread dump would say why',
  'verdict.email-trigger-abnormal': 'no other check confirms it; the logs and a thread dump would show its effect and its cause',
  'verdict.email-threads-deadlocked': 'no other check shows its effect; the logs and the quartz check would',
  'verdict.email-threads-blocked': 'one dump is one moment; take three dumps, or check the logs and the quartz trigger, to tell a hang from a wait',
  'verdict.ssl-handshake-hang': 'one dump is one moment; the logs and a tls check of the mail server would confirm it',
  'verdict.send-failed-spike': "no other check confirms it; the outgoing server's chain and the logs would say why",
  'verdict.emails-stuck-processing': 'no other check confirms it; a thread dump and error.log would say why',
  'verdict.oauth-token-problem': 'no other check confirms it',
  'verdict.service-down': 'no other check confirms it',
};
