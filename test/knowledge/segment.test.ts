// How `explain -` cuts pasted text into items and groups them.
import { describe, expect, it } from 'vitest';
import { groupItems } from '../../src/knowledge/identify/group.js';
import { splitItems } from '../../src/knowledge/identify/segment.js';
import { identify } from '../../src/knowledge/identify/identify.js';
import { unescapeText } from '../../src/knowledge/identify/normalize.js';

describe('splitItems', () => {
  it('keeps a Java stack trace with its nested cause and frames as one item', () => {
    const items = splitItems(
      'first line\njavax.mail.MessagingException: boom;\n  nested exception is:\n\tjava.net.SocketTimeoutException: Read timed out\n\tat a.b(C.java:1)\n\t... 3 more\nnext line',
    );
    expect(items).toHaveLength(3);
    expect(items[1]).toContain('Read timed out');
    expect(items[2]).toBe('next line');
  });

  it('keeps a Python traceback, a .NET inner exception and a folded SMTP reply together', () => {
    const py = splitItems(
      'Traceback (most recent call last):\n  File "send.py", line 3, in <module>\n    s.login(u, p)\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.8 Username and Password not accepted\')',
    );
    expect(py).toHaveLength(1);
    const net = splitItems(
      'System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data\n   --- End of inner exception stack trace ---\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)',
    );
    expect(net).toHaveLength(1);
    expect(splitItems('421-4.7.0 Try again later,\n421 4.7.0 closing connection')).toHaveLength(1);
  });

  it('keeps an RFC 3464 recipient block together and splits at blank lines', () => {
    expect(splitItems('Final-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1\n\nhello')).toEqual([
      'Final-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1',
      'hello',
    ]);
  });
});

describe('groupItems', () => {
  it('groups by first cause, unexplained items by their text, in order of first appearance', () => {
    const groups = groupItems(['550 5.1.1 User unknown', 'noise', '550 5.1.1 <x@y.z>: Recipient address rejected', 'noise', 'other noise']);
    expect(groups.map((g) => [g.cause, g.count, g.first, g.last])).toEqual([
      ['smtp.recipient-rejected', 2, '550 5.1.1 User unknown', '550 5.1.1 <x@y.z>: Recipient address rejected'],
      [undefined, 2, 'noise', 'noise'],
      [undefined, 1, 'other noise', 'other noise'],
    ]);
  });
});

describe('unescapeText', () => {
  it('turns JSON and HTML escapes back into the characters they stand for', () => {
    expect(unescapeText('550 5.1.1 \\u003cuser@example.com\\u003e: Recipient address rejected\\r\\nQUIT')).toBe(
      '550 5.1.1 <user@example.com>: Recipient address rejected QUIT',
    );
    expect(unescapeText('&lt;a@b.c&gt;: 550 &#53;.1.1 &amp; more')).toBe('<a@b.c>: 550 5.1.1 & more');
    expect(unescapeText('plain text stays')).toBe('plain text stays');
  });
  it('lets an escaped bounce be identified', () => {
    expect(identify('status: 550 5.1.1 \\u003cnobody@example.com\\u003e: Recipient address rejected: User unknown')[0]?.cause).toBe('smtp.recipient-rejected');
  });
});
