// Causes that `maildoctor audit` concludes from a whole Email Audit export, beyond single messages.
import { defineCauses } from './types.js';

const JOURNEY = 'ServiceOps — Email Server Troubleshooting › How Email Works in ServiceOps › End-to-End Email Journey';
const REFERENCE = 'ServiceOps — Email Server Troubleshooting › Email Audit Reference';

/** Journey gaps, failure spikes and the quality of the export itself. */
export const AUDIT_ANALYSIS_CAUSES = defineCauses({
  'audit.journey.stuck-at-processing': {
    title: 'Emails RECEIVED but never PROCESSED (stopped at step 4)',
    severity: 'fail',
    explanation:
      'These emails were fetched and recorded as RECEIVED (step 3), but no PROCESSED, PROCESSED FAILED, ATTACHMENT PROCESSED or ignore entry for the same server, subject and sender follows. Processing (step 4: creating the ticket or conversation) did not finish, which points at the application side rather than the mailbox: a stuck email job, a crash while creating the request, or a database problem.',
    fixes: [
      {
        text: 'Look in email.log and error.log around the RECEIVED time for an exception while creating the request.',
        commands: ['maildoctor logs /opt/flotomate/main-server/<tenant>/logs'],
      },
      { text: 'Check that the email job triggers are not stuck or blocked.', commands: ['maildoctor quartz --db <database-url>'] },
      { text: 'If the application is hung, take a thread dump before restarting it.', commands: ['maildoctor threaddump --collect'] },
    ],
    reference: JOURNEY,
  },
  'audit.journey.not-sent': {
    title: 'Processed emails whose notification was never SENT (step 6/7)',
    severity: 'warn',
    explanation:
      'A ticket or conversation was created (step 5), but no SENT entry with the same subject or request id follows. Either the notification failed (SEND_FAILED), was dropped by an outgoing filter (SEND_IGNORED), or was never attempted: no outgoing server linked or enabled, or no notification configured for that event.',
    fixes: [
      { text: 'Check that the incoming server is linked to a working outgoing server, or that a primary outgoing server exists and is enabled.' },
      { text: 'Check the notification settings for new requests and replies, and the outgoing spam/ignore filters.' },
    ],
    reference: JOURNEY,
  },
  'audit.journey.outgoing-not-in-export': {
    title: 'No outgoing entries in the export, so steps 6 and 7 cannot be followed',
    severity: 'info',
    explanation:
      'The export (after any filters) holds no SENT, SEND_FAILED or SEND_IGNORED rows, so maildoctor cannot tell whether notifications went out for the processed emails.',
    fixes: [{ text: 'Export the Email Audit for both incoming and outgoing servers over the same period, without a server or status filter.' }],
    reference: JOURNEY,
  },
  'audit.send-failed.spike': {
    title: 'A sudden spike of SEND_FAILED entries',
    severity: 'fail',
    explanation:
      "In this time bucket the number of failed sends is far above the export's own baseline. A sudden spike in SEND_FAILED entries means users are already missing notifications; something changed at that time (a password, an expired token or client secret, a firewall rule, the mail provider).",
    fixes: [
      { text: "Read the failure detail of the spike's entries (listed in the evidence) and fix that cause first." },
      { text: 'Test the outgoing server now.', commands: ['maildoctor smtp --host <smtp-host> --user <user> --password-env SMTP_PASSWORD'] },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices › Outgoing Email Server',
  },
  'audit.ignored.ranked': {
    title: 'Why incoming emails were ignored (RECEIVED IGNORED, ranked)',
    severity: 'info',
    explanation:
      'Incoming emails that were fetched but deliberately not turned into tickets, counted by reason. Acknowledgments, loops and duplicates are expected; filter, Reply-To, archived-user and CC/BCC reasons drop real requests and have their own findings.',
    fixes: [{ text: 'Act on the reasons that are not expected; the others need nothing.' }],
    reference: REFERENCE,
  },
  'audit.export.malformed-rows': {
    title: 'Rows of the export that could not be read',
    severity: 'warn',
    explanation:
      'Some rows have a different number of fields than the header, so they were left out of the analysis. This happens when a file is cut short, edited by hand, or mixes separators.',
    fixes: [{ text: 'Export the Email Audit again, or fix the listed lines, and run maildoctor audit on the new file.' }],
    reference: REFERENCE,
  },
  'audit.export.time-format': {
    title: 'How the event times of the export were read',
    severity: 'info',
    explanation:
      'Exports write times in different shapes. maildoctor looks at the whole time column to decide the format (for example whether 03/04 is the 3rd of April or the 4th of March) and states what it assumed; times without a zone are taken as written, compared as if they were UTC.',
    fixes: [{ text: 'If the assumption is wrong, give the day order explicitly with --date-order dmy or --date-order mdy.' }],
    reference: REFERENCE,
  },
  'audit.export.unreadable-times': {
    title: 'Event times that could not be read',
    severity: 'warn',
    explanation:
      'Some rows have an event time in a different shape from the rest of the column (or none), so they are counted but left out of time filters, journeys and spike detection.',
    fixes: [{ text: 'Check the listed rows in the export; re-export if the column was damaged.' }],
    reference: REFERENCE,
  },
  'audit.export.unknown-status': {
    title: 'Status values not in the documented list',
    severity: 'warn',
    explanation:
      'The export holds status values that are none of RECEIVED, RECEIVED IGNORED, PROCESSED, PROCESSED FAILED, ATTACHMENT PROCESSED, ATTACHMENT PROCESSED FAILED, SENT, SEND_FAILED or SEND_IGNORED. Their rows are counted separately.',
    fixes: [{ text: 'Check that the right column was exported as Status; otherwise report the new status with an example row.' }],
    reference: REFERENCE,
  },
});
