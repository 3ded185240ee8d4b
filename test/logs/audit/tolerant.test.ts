// `audit` keeps the documented status of messages that exports and people write differently.
import { describe, expect, it } from 'vitest';
import { AuditClassifier } from '../../../src/logs/audit/classify.js';

describe('audit classification tolerates how exports write messages', () => {
  it.each([
    ['IGNORING THE E-MAIL: THIS EMAIL WAS PROCESSED BEFORE', 'RECEIVED IGNORED'],
    ['Ignoring this email -- system acknowledgement mail', 'RECEIVED IGNORED'],
    ['Ignoring this E-mail: References and In Reply To are the same.', 'RECEIVED IGNORED'],
    ['Request created with ID #INC-77', 'PROCESSED'],
    ['1 attachment added to Printer broken with ID: INC-4', 'ATTACHMENT PROCESSED'],
    ["Don't create request - Email to Request is off", 'PROCESSED FAILED'],
  ])('%s -> %s', (message, status) => {
    expect(new AuditClassifier().classify(message)?.status).toBe(status);
  });

  it('still knows nothing of unrelated messages', () => {
    expect(new AuditClassifier().classify('Nightly report generated for 42 tickets')).toBeNull();
  });
});
