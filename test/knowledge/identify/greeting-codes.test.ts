// A refusing greeting as clients report it: the reply's words name the reason when they state one, its class otherwise.
import { describe, expect, it } from 'vitest';
import { greetingFindings } from '../../../src/knowledge/identify/greeting-codes.js';

describe('greetingFindings', () => {
  it('reads a Postfix "refused to talk to me" line by the reason its reply states', () => {
    const [f] = greetingFindings('host mx.example.net[192.0.2.7] refused to talk to me: 421 Refused. Your reverse DNS entry does not resolve to an IP.');
    expect(f?.cause).toBe('smtp.blocked');
    expect(f?.evidence.replyCode).toBe(421);
  });

  it('falls back to the reply class when the greeting gives no reason', () => {
    expect(greetingFindings('host mx.example.net[192.0.2.7] refused to talk to me: 554 mx.example.net')[0]?.cause).toBe('smtp.blocked');
    expect(greetingFindings('host mx.example.net[192.0.2.7] refused to talk to me: 421 mx.example.net')[0]?.cause).toBe('smtp.server-busy');
  });

  it("reads JavaMail's connect failure that carries the greeting code", () => {
    const [f] = greetingFindings('javax.mail.MessagingException: Could not connect to SMTP host: mail.example.org, port: 25, response: 554');
    expect(f?.cause).toBe('smtp.blocked');
    expect(f?.how).toBe('code');
  });

  it('finds nothing in a connect failure without a greeting code', () => {
    expect(greetingFindings('Could not connect to SMTP host: mail.example.org, port: 25')).toEqual([]);
    expect(greetingFindings('postfix/smtp[1]: connect to mx.example.net[192.0.2.7]:25: Connection refused')).toEqual([]);
  });
});
