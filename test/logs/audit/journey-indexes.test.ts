import { describe, expect, it } from 'vitest';
import type { AuditStatus } from '../../../src/knowledge/audit-messages.js';
import type { Classification } from '../../../src/logs/audit/classify.js';
import { JourneyFollower } from '../../../src/logs/audit/journey.js';
import type { AuditRow } from '../../../src/logs/audit/row.js';

let line = 0;
function row(step: AuditStatus, subject: string, address: string, id?: string): AuditRow {
  line += 1;
  const match: Classification | null = id ? { cause: 'audit.incoming.request-created', status: 'PROCESSED', disposition: 'normal', captures: { id } } : null;
  return {
    line,
    rawTime: '',
    time: line * 1000,
    server: 'Support Mailbox',
    address,
    subject,
    statusText: step,
    status: step,
    message: '',
    messageId: '',
    match,
    step,
  };
}

describe('journey indexes built only when a row first needs them', () => {
  it('a processing entry matched by subject alone takes the oldest open email, as if that index had been kept all along', () => {
    const f = new JourneyFollower();
    f.add(row('RECEIVED', 'Printer', 'a@example.com'));
    f.add(row('RECEIVED', 'Printer', 'b@example.com'));
    f.add(row('RECEIVED', 'VPN', 'c@example.com'));
    f.add(row('PROCESSED', 'VPN', 'c@example.com', 'INC-3'));
    // Another sender and a Re: prefix: no exact key, so the loose index is built now.
    f.add(row('PROCESSED', 'RE: Printer', 'z@example.com', 'INC-1'));
    const open = f.finish(undefined, (r) => r.time).stuck.map((j) => j.received.address);
    expect(open).toEqual(['b@example.com']);
    // The exact key still wins over an older email of the same subject.
    f.add(row('PROCESSED', 'Printer', 'b@example.com', 'INC-2'));
    expect(f.finish(undefined, (r) => r.time).stuck).toEqual([]);
  });

  it('a notification without a known request id goes to the email processed first, not the one received first', () => {
    const f = new JourneyFollower();
    f.add(row('RECEIVED', 'Printer', 'a@example.com'));
    f.add(row('RECEIVED', 'Printer', 'b@example.com'));
    f.add(row('PROCESSED', 'Printer', 'b@example.com', 'INC-2'));
    f.add(row('PROCESSED', 'Printer', 'a@example.com', 'INC-1'));
    f.add(row('SENT', 'Printer', 'helpdesk@example.com'));
    const result = f.finish(undefined, (r) => r.time);
    expect(result.sent).toBe(1);
    expect(result.notSent.map((j) => [j.received.address, j.requestId])).toEqual([['a@example.com', 'INC-1']]);
  });

  it('a notification naming the request id finds it whatever the subject, and leaves the subject index unbuilt', () => {
    const f = new JourneyFollower();
    f.add(row('RECEIVED', 'Printer', 'a@example.com'));
    f.add(row('PROCESSED', 'Printer', 'a@example.com', 'INC-7'));
    f.add(row('RECEIVED', 'Printer', 'b@example.com'));
    f.add(row('PROCESSED', 'Printer', 'b@example.com', 'INC-8'));
    f.add(row('SENT', 'Request INC-8 created', 'b@example.com'));
    expect(f.finish(undefined, (r) => r.time).notSent.map((j) => j.requestId)).toEqual(['INC-7']);
  });
});
