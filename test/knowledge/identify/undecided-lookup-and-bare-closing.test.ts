// Client side, generalisation round 6: a lookup said to have failed for now in either order of its words, which outranks a
// name or a domain said to be unknown in the same text (whether the name exists was never decided), and an error whose
// whole message is that the connection closed. Texts written for this test in the shapes mail programs use, none taken
// from the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('undecided lookups and bare closings', () => {
  it.each([
    // The temporary qualifier before the lookup it qualifies.
    ['relay: Temporary failure in MX lookup for example.org', 'dns.server-unreachable'],
    ['mta: temporary error during DNS lookup of mail.example.net', 'dns.server-unreachable'],
    ['queue: Temporary MX resolution error resolving example.com', 'dns.server-unreachable'],
    // A statement that the MX could not be resolved yields to the temporary reason given with it.
    ['smtp-out: Failed to resolve MX for [relay:example.net,smtp]: Temporary failure in MX lookup', 'dns.server-unreachable'],
    // An error whose only message is that the connection or socket closed.
    ['{"error":{"type":"SmtpError","message":"client: Connection closed"}}', 'mail.connection-closed'],
    ['ImapError: Socket closed.', 'mail.connection-closed'],
    ["err: 'connection was closed'", 'mail.connection-closed'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });

  it.each([
    // Without the temporary qualifier, a domain without mail servers stays unknown.
    ['smtp-out: Failed to resolve MX for [relay:example.net,smtp]: No MX found for domain', 'smtp.host-unknown'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });

  it.each([
    // A closing logged without an error, and closings in ordinary sentences.
    'C: QUIT S: 221 2.0.0 Bye, connection closed by client request',
    'Nightly job: connection closed after the last mailbox was polled, as scheduled',
  ])('%s matches nothing', (text) => {
    expect(cause(text)).toBe('explain.no-match');
  });
});
