// The message inside a wrapper: each layer is peeled, and a text with no wrapper comes back as it was.
import { describe, expect, it } from 'vitest';
import { anyCaseMatchers, restoreCase, singleCase } from '../../../src/knowledge/identify/case-restore.js';
import { joinFoldedLines, mergeMultilineReplies } from '../../../src/knowledge/identify/unfold.js';
import { unwrapMessage } from '../../../src/knowledge/identify/unwrap.js';

describe('unwrapMessage', () => {
  it('drops a log header (Log4j2, Spring Boot, syslog) but keeps a line that does not start with a timestamp', () => {
    expect(unwrapMessage('09:14:22.518 [poller-1] ERROR c.a.MailPoller - 421 Too busy')).toBe('421 Too busy');
    expect(unwrapMessage('2024-03-07 09:14:22.518 ERROR 4312 --- [  main] c.a.MailPoller   : 421 Too busy')).toBe('421 Too busy');
    expect(unwrapMessage('Mar  7 09:14:22 host01 java[4312]: 421 Too busy')).toBe('421 Too busy');
    expect(unwrapMessage('ERROR c.a.MailPoller - 421 Too busy')).toBe('ERROR c.a.MailPoller - 421 Too busy');
  });

  it('reads the message of a JSON log record and the description of a Windows event', () => {
    expect(unwrapMessage('{"level":"ERROR","message":"550 5.1.1 \\"x\\" unknown\\nsecond"}')).toBe('550 5.1.1 "x" unknown second');
    expect(unwrapMessage('{"error":"invalid_grant"}')).toBe('{"error":"invalid_grant"}');
    expect(unwrapMessage('Log Name:      Application\nSource:        Svc\nDescription:\n421 Too busy')).toBe('421 Too busy');
  });

  it('takes the innermost message of an exception chain without frames or class names', () => {
    const chain = 'a.OuterException: poll failed\n\tat a.B.c(B.java:1)\nCaused by: javax.mail.MessagingException: 421 Too busy\n\t... 2 more';
    expect(unwrapMessage(chain)).toBe('421 Too busy');
    expect(unwrapMessage("[Error: connect ECONNREFUSED 127.0.0.1:25] { code: 'ECONNREFUSED' }")).toBe('connect ECONNREFUSED 127.0.0.1:25');
    expect(unwrapMessage("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and\\n5.7.8 Password not accepted')")).toBe(
      '535 5.7.8 Username and 5.7.8 Password not accepted',
    );
  });

  it('reads the remote reply of a delivery report, and removes mail quoting', () => {
    expect(unwrapMessage('Action: failed\nDiagnostic-Code: smtp; 550 5.1.1 unknown user')).toBe('550 5.1.1 unknown user');
    expect(unwrapMessage('<a@b>: host mx[1.2.3.4] said: 552 full (in reply to RCPT TO command)')).toBe('552 full');
    expect(unwrapMessage("Remote Server returned '554 5.7.1 denied'")).toBe('554 5.7.1 denied');
    expect(unwrapMessage('On Mon, X wrote:\n> 421 Too\n> busy')).toBe('421 Too busy');
  });
});

describe('unfold', () => {
  it('merges an RFC 5321 multi-line reply and leaves other lines alone', () => {
    expect(mergeMultilineReplies('550-5.1.1 The account\n550-5.1.1 does not\n550 5.1.1 exist\nnext')).toBe('550 5.1.1 The account does not exist\nnext');
    expect(mergeMultilineReplies('250 OK\n550 no')).toBe('250 OK\n550 no');
    expect(joinFoldedLines('a\n  b\nc')).toBe('a b c');
  });
});

describe('case-restore', () => {
  it('recognises a text in one case and gives registered names their spelling back', () => {
    expect(singleCase('connect econnrefused 127.0.0.1:25')).toBe(true);
    expect(singleCase('connect ECONNREFUSED')).toBe(false);
    expect(restoreCase('connect econnrefused; aadsts50034 javax.mail.authenticationfailedexception')).toBe(
      'connect ECONNREFUSED; AADSTS50034 javax.mail.AuthenticationFailedException',
    );
    expect(anyCaseMatchers().every((m) => m.pattern.flags.includes('i'))).toBe(true);
  });
});
