// `maildoctor explain` as a user runs it: codes standing alone get a specific cause, and `explain -` groups what repeats.
import { describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';

describe('explain names a specific cause for a code standing alone', () => {
  it.each([
    ['5.7.708', 'smtp.blocked', 'code'],
    ['AADSTS50034', 'oauth.user.not-found', 'exact'],
    ['550 5.1.1', 'smtp.recipient-rejected', 'code'],
    ['unauthorized_client', 'oauth.client.unauthorized', 'code'],
    ['javax.mail.AuthenticationFailedException', 'mail.java.auth-failed', 'exact'],
  ])('explain "%s" -> %s (match: %s)', async (text, cause, how) => {
    const { report } = await runJson(['explain', text]);
    const first = report.results[0].findings[0];
    expect(first.cause).toBe(cause);
    expect(first.evidence.match).toBe(how);
    expect(first.detail).toContain(`(match: ${how})`);
    expect(first.title.length).toBeGreaterThan(3);
  });

  it('decodes an enhanced code no table lists by its class and subject', async () => {
    const { report } = await runJson(['explain', '550 5.2.99 something odd']);
    const first = report.results[0].findings[0];
    expect(first.cause).toBe('smtp.status-code');
    expect(first.evidence).toMatchObject({ classMeaning: 'Permanent Failure', subjectMeaning: 'Mailbox Status' });
  });

  it('an audit message written differently keeps its documented status, marked tolerant', async () => {
    const { report } = await runJson(['explain', 'IGNORING THE E-MAIL: this email was already processed before.']);
    expect(report.results[0].findings[0]).toMatchObject({
      cause: 'audit.incoming.ignored-duplicate',
      evidence: { status: 'RECEIVED IGNORED', match: 'tolerant' },
    });
  });
});

describe('explain - reads a mix of log lines, bounce text and stack traces', () => {
  const stdin = [
    '2026-11-21 10:15:32,123 ERROR [emailjob-2] Outgoing failed: Mail server connection failed',
    '2026-11-21 10:16:32,456 ERROR [emailjob-2] Outgoing failed: Mail server connection failed',
    '2026-11-21 10:17:02,001 ERROR [emailjob-3] javax.mail.MessagingException: Could not connect to SMTP host: smtp.office365.com, port: 587;',
    '  nested exception is:',
    '\tjava.net.ConnectException: Connection refused (Connection refused)',
    '\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2209)',
    '\t... 12 more',
    '2026-11-21 10:18:00,000 ERROR [emailjob-3] java.net.ConnectException: Connection refused',
    '550-5.1.1 The email account that you tried to reach does not exist. Please try',
    "550 5.1.1 double-checking the recipient's email address. https://support.google.com/mail/?p=NoSuchUser",
    '',
    'Final-Recipient: rfc822; jane.doe@example.net',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <jane.doe@example.net>: Recipient address',
    '    rejected: User unknown in virtual mailbox table',
    'an ordinary line nobody documented',
  ].join('\n');

  it('groups identical and same-cause items into one result each, with a count and the first and last example', async () => {
    const { report } = await runJson(['explain', '-'], { stdin });
    const byCause = Object.fromEntries(report.results.map((r: any) => [r.findings[0].cause, r]));
    expect(Object.keys(byCause)).toEqual(['audit.outgoing.connection-failed', 'tcp.refused', 'smtp.recipient-rejected', 'explain.no-match']);
    const refused = byCause['tcp.refused'];
    expect(refused.evidence.occurrences).toBe(2);
    expect(refused.findings[0].evidence.firstExample).toContain('Could not connect to SMTP host');
    expect(refused.findings[0].evidence.firstExample).toContain('at com.sun.mail.smtp.SMTPTransport.openServer');
    expect(refused.findings[0].evidence.lastExample).toBe('2026-11-21 10:18:00,000 ERROR [emailjob-3] java.net.ConnectException: Connection refused');
    expect(refused.summary).toMatch(/^2×: /);
    expect(byCause['audit.outgoing.connection-failed'].evidence.occurrences).toBe(2);
    expect(byCause['smtp.recipient-rejected'].evidence.occurrences).toBe(2);
    expect(byCause['explain.no-match'].evidence.occurrences).toBeUndefined();
    expect(refused.evidence.distinctItems).toBeUndefined();
  });

  it('lists every distinct item of a group with -v', async () => {
    const { report } = await runJson(['explain', '-', '-v'], { stdin });
    const refused = report.results.find((r: any) => r.findings[0].cause === 'tcp.refused');
    expect(refused.evidence.distinctItems).toHaveLength(2);
    expect(refused.evidence.distinctItems[1]).toBe('2026-11-21 10:18:00,000 ERROR [emailjob-3] java.net.ConnectException: Connection refused');
    const identical = report.results.find((r: any) => r.findings[0].cause === 'audit.outgoing.connection-failed');
    expect(identical.evidence.distinctItems).toHaveLength(2);
  });
});
