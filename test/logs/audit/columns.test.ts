import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../src/logs/audit/columns.js';
import { inferColumns } from '../../../src/logs/audit/infer-columns.js';

describe('mapColumns', () => {
  it('matches header names loosely and in any order', () => {
    expect(mapColumns(['Status', 'change_summary', 'SUBJECT', 'From / To', 'Email Server', 'Event Time'])).toEqual({
      status: 0,
      message: 1,
      subject: 2,
      address: 3,
      server: 4,
      time: 5,
    });
    expect(mapColumns(['Date', 'Mailbox', 'Sender', 'Recipient', 'Audit Message', 'State', 'Message-ID'])).toEqual({
      time: 0,
      server: 1,
      from: 2,
      to: 3,
      message: 4,
      status: 5,
      messageId: 6,
    });
    expect(mapColumns(['From / To Email', 'Sender Email', 'To Address', 'Total'])).toEqual({ address: 0, from: 1, to: 2 });
    expect(mapColumns(['Message Type', 'Message Size', 'Change Summary', 'Status'])).toEqual({ message: 2, status: 3 });
  });
});

describe('inferColumns', () => {
  it('finds status, message, time and address columns of a header-less paste by content', () => {
    const rows = [
      ['13/11/2026 09:00 AM', 'Support', 'a@example.com', 'Printer', 'RECEIVED', 'Incoming mail received successfully'],
      ['13/11/2026 09:01 AM', 'Support', 'a@example.com', 'Printer', 'PROCESSED', 'Request has been created With Id = INC-1'],
      ['13/11/2026 09:02 AM', 'SMTP', 'b@example.com', 'Request INC-1 created', 'SENT', 'Email Sent Successfully'],
      ['13/11/2026 09:05 AM', 'Support', 'c@example.com', 'VPN', 'RECEIVED', 'Incoming mail received successfully'],
    ];
    expect(inferColumns(rows)).toEqual({ status: 4, message: 5, time: 0, address: 2, server: 1, subject: 3 });
  });
});
