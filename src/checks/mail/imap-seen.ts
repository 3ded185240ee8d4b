// Agiloft reads IMAP accounts by the \Seen flag, with a full scan only every 45 minutes: a mostly-read INBOX is slow.
import type { FindingInput } from '../../core/types.js';
import { IMAP_FULL_SCAN_MINUTES } from '../../knowledge/agiloft.js';

/** Fewer messages than this say nothing about how the mailbox is read. */
const MIN_MESSAGES = 5;

/** The finding when most of the examined mailbox is \Seen; nothing when unseen is unknown or few messages are read. */
export function seenFindings(mailbox: { path: string; exists: number; unseen?: number } | undefined): FindingInput[] {
  if (!mailbox || mailbox.unseen === undefined || mailbox.exists < MIN_MESSAGES) return [];
  const seen = mailbox.exists - mailbox.unseen;
  if (seen * 2 <= mailbox.exists) return [];
  return [
    {
      cause: 'imap.mostly-seen',
      detail: `${seen} of ${mailbox.exists} messages in ${mailbox.path} are marked \\Seen: an Agiloft IMAP account only picks up read mail in its full check every ${IMAP_FULL_SCAN_MINUTES} minutes`,
      evidence: { mailbox: mailbox.path, messages: mailbox.exists, seen, unseen: mailbox.unseen },
    },
  ];
}
