// Rows packed into a shared slot come out as they went in: cells, repeated cells, captures, texts too long for a slot
// or that UTF-8 cannot carry.
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../src/logs/audit/classify.js';
import { RowPacker, unpackRows } from '../../../src/logs/audit/row-batch.js';
import type { AuditRow } from '../../../src/logs/audit/row.js';
import { SlotRing } from '../../../src/logs/audit/slot-ring.js';

const RECEIVED: Classification = { cause: 'audit.incoming.received', status: 'RECEIVED', disposition: 'normal', captures: {} };

function row(line: number, over: Partial<AuditRow> = {}): AuditRow {
  return {
    line,
    rawTime: `01/10/2026 12:00:${String(line % 60).padStart(2, '0')} AM`,
    server: 'Support Mailbox',
    address: `user${line}@example.com`,
    subject: `Printer broken #${line}`,
    statusText: 'RECEIVED',
    status: 'RECEIVED',
    message: 'Incoming mail received successfully',
    messageId: '',
    match: RECEIVED,
    step: undefined,
    time: undefined,
    ...over,
  };
}

/** Packs rows into the ring's slots in turn, unpacking each filled slot, as the two threads do. */
function roundTrip(rows: AuditRow[]): AuditRow[] {
  const ring = new SlotRing();
  const packer = new RowPacker();
  const out: AuditRow[] = [];
  let slot = 0;
  packer.start(ring.slots[slot]!);
  const hand = (): void => {
    unpackRows(ring.slots[slot]!, structuredClone(packer.take()), (r) => out.push(r));
    slot = ring.next(slot);
    packer.start(ring.slots[slot]!);
  };
  for (const r of rows) {
    if (packer.add(r)) continue;
    hand();
    expect(packer.add(r)).toBe(true);
  }
  hand();
  return out;
}

describe('row batches', () => {
  it('carry every cell, the status and the match, repeated cells included', () => {
    const rows = [
      row(2),
      row(3, {
        statusText: 'PROCESSED',
        status: 'PROCESSED',
        message: 'Request has been created With Id = INC-7',
        match: { ...RECEIVED, cause: 'audit.incoming.request-created', status: 'PROCESSED', captures: { id: 'INC-7' } },
      }),
      row(4, { server: 'Office365 SMTP', statusText: 'Sent', status: undefined, match: null, messageId: '<1.2@mail.example.org>' }),
      row(5, { server: 'Office365 SMTP', statusText: 'Sent', status: undefined, match: null, messageId: '<1.2@mail.example.org>' }),
      row(6, { subject: 'パスワードのリセット (51410)', server: 'Helpdesk, Zentrale', address: '' }),
      row(7, {
        message: 'Outgoing failed: "Invalid username or password"',
        match: { ...RECEIVED, captures: { detail: 'Invalid username or password', name: 'x' } },
      }),
    ];
    expect(roundTrip(rows)).toEqual(rows);
  });

  it('fill slot after slot, and carry a text too long for one or with a lone surrogate apart', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => row(i + 2));
    rows[100] = row(102, { subject: 'x'.repeat(400_000) });
    rows[200] = row(202, { subject: 'broken \ud800 half' });
    const back = roundTrip(rows);
    expect(back).toHaveLength(rows.length);
    expect(back).toEqual(rows);
  });
});
