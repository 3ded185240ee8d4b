// How `explain -` cuts pasted text into items and groups them.
import { describe, expect, it } from 'vitest';
import { groupItems } from '../../src/knowledge/identify/group.js';
import { splitItems } from '../../src/knowledge/identify/segment.js';

describe('splitItems', () => {
  it('keeps a Java stack trace with its nested cause and frames as one item', () => {
    const items = splitItems('first line\njavax.mail.MessagingException: boom;\n  nested exception is:\n\tjava.net.SocketTimeoutException: Read timed out\n\tat a.b(C.java:1)\n\t... 3 more\nnext line');
    expect(items).toHaveLength(3);
    expect(items[1]).toContain('Read timed out');
    expect(items[2]).toBe('next line');
  });

  it('keeps a Python traceback, a .NET inner exception and a folded SMTP reply together', () => {
    const py = splitItems('Traceback (most recent call last):\n  File "send.py", line 3, in <module>\n    s.login(u, p)\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.8 Username and Password not accepted\')');
    expect(py).toHaveLength(1);
    const net = splitItems('System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data\n   --- End of inner exception stack trace ---\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)');
    expect(net).toHaveLength(1);
    expect(splitItems('421-4.7.0 Try again later,\n421 4.7.0 closing connection')).toHaveLength(1);
  });

  it('keeps an RFC 3464 recipient block together and splits at blank lines', () => {
    expect(splitItems('Final-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1\n\nhello')).toEqual(['Final-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1', 'hello']);
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
