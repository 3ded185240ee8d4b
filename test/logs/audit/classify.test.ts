import { describe, expect, it } from 'vitest';
import { AUDIT_MESSAGES } from '../../../src/knowledge/audit-messages.js';
import { AuditClassifier } from '../../../src/logs/audit/classify.js';

describe('AuditClassifier', () => {
  const c = new AuditClassifier();

  it.each(AUDIT_MESSAGES.map((m) => [m.cause, m.example, m.status] as const))('classifies the seed example of %s', (cause, example, status) => {
    expect(c.classify(example, status)?.cause).toBe(cause);
    expect(new AuditClassifier().classify(example)?.cause).toBe(cause);
  });

  it('tolerates dash and quote variants and extra spaces', () => {
    expect(c.classify('Ignoring this Email -- system acknowledgment mail')?.cause).toBe('audit.incoming.ignored-system-acknowledgment');
    expect(c.classify('Ignoring  this Email – sender matched spam / ignore filter')?.cause).toBe('audit.incoming.ignored-spam-filter');
    expect(c.classify('Outgoing failed: \u201CInvalid username or password\u201D')?.cause).toBe('audit.outgoing.authentication-failed');
  });

  it('tells Service Request from Request, and captures the id', () => {
    expect(c.classify('Service Request has been created With Id = SR-77')).toMatchObject({
      cause: 'audit.incoming.service-request-created',
      captures: { id: 'SR-77' },
    });
    expect(c.classify('Request has been created With Id = INC-9')).toMatchObject({ cause: 'audit.incoming.request-created', captures: { id: 'INC-9' } });
  });

  it('returns null for wordings no table documents, and remembers answers', () => {
    expect(c.classify('Unable to fetch mail: folder INBOX not found', 'RECEIVED')).toBeNull();
    const runs = c.regexRuns;
    expect(c.classify('Unable to fetch mail: folder INBOX not found', 'RECEIVED')).toBeNull();
    expect(c.regexRuns).toBe(runs);
  });

  it('runs one regex for a message that differs from an earlier one only in its numbers', () => {
    const fresh = new AuditClassifier();
    expect(fresh.classify('Request has been created With Id = INC-1', 'PROCESSED')?.captures.id).toBe('INC-1');
    const runs = fresh.regexRuns;
    expect(fresh.classify('Request has been created With Id = INC-2024', 'PROCESSED')).toMatchObject({
      cause: 'audit.incoming.request-created',
      captures: { id: 'INC-2024' },
    });
    expect(fresh.regexRuns).toBe(runs + 1);
    expect(fresh.classify('Service Request has been created With Id = SR-7', 'PROCESSED')?.cause).toBe('audit.incoming.service-request-created');
  });

  it('answers placeholder-free messages without running a regex', () => {
    const fresh = new AuditClassifier();
    expect(fresh.classify('Email Sent Successfully', 'SENT')?.cause).toBe('audit.outgoing.sent');
    expect(fresh.classify('Incoming mail received successfully', 'RECEIVED')?.cause).toBe('audit.incoming.received');
    expect(fresh.regexRuns).toBe(0);
  });
});
