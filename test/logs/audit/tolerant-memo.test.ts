import { describe, expect, it } from 'vitest';
import { tolerantAudit } from '../../../src/knowledge/identify/tolerant-audit.js';
import { TolerantMemo } from '../../../src/logs/audit/tolerant-memo.js';

/** A memo over the tolerant layer's cause, and how many messages it really read. */
function memo(): { get: (m: string) => string | null; reads: () => number } {
  let reads = 0;
  const m = new TolerantMemo((message: string) => {
    reads += 1;
    return tolerantAudit(message)[0]?.cause ?? null;
  });
  return { get: (message) => m.get(message), reads: () => reads };
}

describe('tolerant readings remembered across digits', () => {
  it('reads a retyped message once for every request id of the same length, with the answer the tolerant layer gives', () => {
    const m = memo();
    const messages = [
      'Request has been created with id: INC-50001',
      'request has been created with id: INC-73318',
      'Request has been created with id: INC-99999',
    ];
    for (const message of messages) expect(m.get(message)).toBe(tolerantAudit(message)[0]?.cause);
    expect(m.get(messages[0]!)).toBe('audit.incoming.request-created');
    // Case is not folded into the key: the lower-case one is read on its own.
    expect(m.reads()).toBe(2);
  });

  it('reads every message again where a row with a detail test could align, since its digits may decide it', () => {
    const m = memo();
    const auth = 'outgoing failed 535 5.7.3 mailbox refused';
    const other = 'outgoing failed 550 5.7.1 mailbox refused';
    expect(tolerantAudit(auth)[0]?.cause).toBe('audit.outgoing.authentication-failed');
    expect(tolerantAudit(other)[0]?.cause).toBe('audit.outgoing.failed-other');
    expect(m.get(auth)).toBe('audit.outgoing.authentication-failed');
    expect(m.get(other)).toBe('audit.outgoing.failed-other');
    expect(m.get(auth)).toBe('audit.outgoing.authentication-failed');
    expect(m.reads()).toBe(3);
  });

  it('reads messages without digits every time (the classifier remembers those whole)', () => {
    const m = memo();
    m.get('incoming mail received successfully.');
    m.get('incoming mail received successfully.');
    expect(m.reads()).toBe(2);
  });
});
