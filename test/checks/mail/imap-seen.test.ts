// The \Seen share of an examined mailbox (Agiloft — Email Troubleshooting › Inbound Email Processing).
import { describe, expect, it } from 'vitest';
import { seenFindings } from '../../../src/checks/mail/imap-seen.js';

describe('a mostly-read INBOX', () => {
  it('is reported when more than half the messages are \\Seen', () => {
    const [f] = seenFindings({ path: 'INBOX', exists: 40, unseen: 3 });
    expect(f).toMatchObject({ cause: 'imap.mostly-seen', evidence: { seen: 37, messages: 40 } });
    expect(f?.detail).toContain('45 minutes');
  });

  it('is not reported for a mostly unread mailbox, a tiny one, or when unseen is unknown', () => {
    expect(seenFindings({ path: 'INBOX', exists: 40, unseen: 30 })).toEqual([]);
    expect(seenFindings({ path: 'INBOX', exists: 4, unseen: 0 })).toEqual([]);
    expect(seenFindings({ path: 'INBOX', exists: 40 })).toEqual([]);
    expect(seenFindings(undefined)).toEqual([]);
  });
});
