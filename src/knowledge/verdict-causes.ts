// Conclusions `maildoctor run` draws from several checks together, where no single check is enough.
import { defineCauses } from './types.js';

const NETWORK = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks';

/** Verdicts: one per mailbox, plus cross-evidence conclusions; they sit at the top of the report. */
export const VERDICT_CAUSES = defineCauses({
  'verdict.offline': {
    title: 'This server has no working connection to the outside',
    severity: 'fail',
    explanation: 'Names do not resolve and nothing answers, for every provider checked. The mail settings cannot be judged from here until the server can reach the internet (directly or through its proxy); the individual failures below all follow from this one.',
    fixes: [
      { text: 'Check the network configuration, default route, DNS servers and proxy of this server.', commands: ['cat /etc/resolv.conf', 'ip route', 'env | grep -i _proxy'] },
      { text: 'If the server may only reach certain hosts, ask the network team to allow the mail providers and the relay URL (email-app.serviceops.ai).' },
    ],
    reference: NETWORK,
  },
  'verdict.dns-not-connectivity': {
    title: 'DNS is broken, the network is not',
    severity: 'fail',
    explanation: 'Connections to literal IP addresses work, but host names do not resolve: the guide\'s rule that when a name fails but an IP answers, the problem is DNS resolution, not connectivity.',
    fixes: [{ text: 'Fix the DNS servers in /etc/resolv.conf (or the resolver service) and flush its cache.', commands: ['cat /etc/resolv.conf', 'sudo systemd-resolve --flush-caches'] }],
    reference: NETWORK,
  },
  'verdict.mailbox-ok': {
    title: 'Mailbox chain works end to end',
    severity: 'info',
    explanation: 'Every stage of this server\'s chain (name, port, TLS, login, first command) passed.',
    fixes: [{ text: 'Nothing to fix for this server; if emails still go missing, read the Email Audit and the logs.' }],
    reference: 'ServiceOps — Email Server Troubleshooting › How Email Works in ServiceOps › End-to-End Email Journey',
  },
  'verdict.mailbox-broken': {
    title: 'Mailbox chain stops at a stage',
    severity: 'fail',
    explanation: 'This server\'s chain stopped at the stage named in the detail; the stages after it were not tried. Fixing that stage is the first thing to do for this mailbox.',
    fixes: [{ text: 'Follow the fix of the failing stage below, then run maildoctor again.' }],
    reference: 'ServiceOps — Email Server Troubleshooting › How Email Works in ServiceOps › End-to-End Email Journey',
  },
  'verdict.notifications-failing': {
    title: 'Notifications for this mailbox will fail (SEND_FAILED)',
    severity: 'fail',
    explanation: 'Replies and notifications for tickets from this mailbox go out through an outgoing server that is failing or disabled, so they end as SEND_FAILED in the Email Audit.',
    fixes: [{ text: 'Fix the outgoing server (see its chain) or link the mailbox to a working outgoing server.' }],
    reference: 'ServiceOps — Email Server Troubleshooting › How Email Works in ServiceOps › Incoming and Outgoing Server Linking',
  },
  'verdict.oauth-token-problem': {
    title: 'The network is fine; the OAuth token is the problem',
    severity: 'fail',
    explanation: 'Every server was reachable over TLS, but the logins that use OAuth failed (or the token could not be obtained) while the rest worked. This is a token or consent problem, not connectivity.',
    fixes: [
      { text: 'Reset and re-authorise the OAuth connection; after a password change the old token is revoked.' },
      { text: 'Read the oauth check\'s finding: it names the AADSTS code or the provider error.' },
    ],
    reference: 'Agiloft — Email Troubleshooting › Resetting the OAuth Token',
  },
  'verdict.email-job-hung': {
    title: 'The email job is hung on a read without a timeout',
    severity: 'fail',
    explanation: 'Three pieces of evidence agree: the polling trigger has not fired for longer than it should, the logs show no email fetch since then, and the thread dump shows a mail thread stuck reading a socket. The job waits forever for a server that stopped answering.',
    fixes: [
      { text: 'Collect three thread dumps a few seconds apart for the vendor, then restart the service.', commands: ['maildoctor threaddump --collect --count 3 --interval 10s', 'sudo systemctl restart flotomate-main'] },
      { text: 'Ask the vendor to set a read timeout on the mail connection (mail.imap.timeout / mail.smtp.timeout) so a silent server cannot block polling again.' },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Email Job Scheduler Check (Quartz); ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis',
  },
  'verdict.polling-stopped': {
    title: 'Emails are not being fetched: the polling job stopped',
    severity: 'fail',
    explanation: 'The scheduler and the logs agree that the email polling job has not run recently, although the servers may be fine.',
    fixes: [{ text: 'Restart the ServiceOps service; if the trigger stays abnormal afterwards, escalate to the vendor.', commands: ['sudo systemctl restart flotomate-main'] }],
    reference: 'ServiceOps — Email Server Troubleshooting › Email Job Scheduler Check (Quartz)',
  },
  'verdict.not-checked': {
    title: 'Not checked: a capability that is not available here',
    severity: 'info',
    explanation: 'Part of the configuration asks for a check this installation cannot run (or that needs information the config does not give); it was left out rather than guessed.',
    fixes: [{ text: 'Read the detail for what was left out and what would let maildoctor check it.' }],
    reference: 'maildoctor run',
  },
});
