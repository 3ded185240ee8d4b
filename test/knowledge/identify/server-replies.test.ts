// Server replies read by general mechanisms rather than one documented wording: providers' reply tags, phrases in
// another word form, Dovecot's service limit, a bare POP3 [IN-USE] and the reason words after a reply code.
import { describe, expect, it } from 'vitest';
import { identify } from '../../../src/knowledge/identify/identify.js';

const first = (text: string) => identify(text)[0];

describe('provider reply tags', () => {
  it('reads Yahoo, Outlook.com, Comcast and NetEase tags whatever words surround them', () => {
    expect(first('421 4.7.0 [TS02] Messages from 192.0.2.8 deferred')?.cause).toBe('smtp.rate-limited');
    // Yahoo documents TS03 as "All messages from x.x.x.x permanently deferred" (Yahoo Help SLN3436): a block, like TSS06.
    expect(first('421 4.7.1 [TS03] Messages from 192.0.2.8 deferred')?.cause).toBe('smtp.blocked');
    expect(first('553 5.7.2 [TSS09] All messages from 192.0.2.8 are refused')?.cause).toBe('smtp.blocked');
    expect(first('550 SC-002 Mail rejected by Outlook.com for policy reasons.')?.cause).toBe('smtp.blocked');
    expect(first('554 mx.example.net RL000010 Too many sessions, slow down')?.cause).toBe('smtp.rate-limited');
    expect(first('421 HL:IFC 192.0.2.8 has sent too much mail')?.cause).toBe('smtp.rate-limited');
    const tag = first('451 4.7.500 Server busy (S3114)');
    expect(tag?.cause).toBe('smtp.rate-limited');
    expect(tag?.evidence.provider).toBe('Outlook.com');
  });

  it('ignores look-alike identifiers that are not tags', () => {
    expect(identify('Ticket SC-0012 was updated by the helpdesk').map((i) => i.cause)).not.toContain('smtp.blocked');
    expect(identify('build [TSX01] finished').map((i) => i.cause)).not.toContain('smtp.rate-limited');
  });
});

describe('phrases in another word form', () => {
  it('finds a documented phrase written with a contraction spelt out', () => {
    const f = first('The email address you entered could not be found.');
    expect(f?.cause).toBe('smtp.recipient-rejected');
    expect(f?.how).toBe('tolerant');
  });
});

describe('server logs and bare codes', () => {
  it("reads Dovecot's login service at its process limit as an IMAP session limit", () => {
    expect(first('dovecot: master: Warning: service(imap-login): process_limit (512) reached, client connections are being dropped')?.cause).toBe('imap.limit');
  });

  it('reads a POP3 [IN-USE] code quoted without its -ERR, and a locked maildrop in words', () => {
    expect(first('POP3 error: [IN-USE] unable to open the maildrop')?.cause).toBe('pop3.in-use');
    expect(first('-ERR maildrop already locked by another session')?.cause).toBe('pop3.in-use');
    expect(identify('+OK Mailbox locked and ready').map((i) => i.cause)).not.toContain('pop3.in-use');
  });

  it('reads a login that may not send as the envelope sender as send-as refused', () => {
    expect(first('553 5.7.1 <boss@example.com>: Sender address rejected: not owned by user desk@example.com')?.cause).toBe('smtp.sendas-denied');
    expect(first('553 5.7.1 <boss@example.com>: Sender address rejected: Access denied')?.cause).toBe('smtp.sender-rejected');
  });

  it('reads the reason words after a reply code', () => {
    expect(first('550 5.7.1 [192.0.2.8] is blocked')?.cause).toBe('smtp.blocked');
    expect(first('554 5.7.1 Sender rejected: you have exceeded your daily quota')?.cause).toBe('smtp.rate-limited');
    expect(first('Fehler SMTP (421): (Service not available)')?.cause).toBe('smtp.server-busy');
  });

  it('reads the reason written before a qmail code that ends the reply', () => {
    expect(first("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")?.cause).toBe('smtp.relay-denied');
  });

  it('reads STARTTLS demands and disabled AUTH from the words after a generic security code', () => {
    expect(first('530 5.7.0 Encryption required: please use STARTTLS')?.cause).toBe('smtp.starttls-required');
    expect(first('502 5.7.0 Authentication disabled')?.cause).toBe('mail.auth.mechanism-unavailable');
  });
});

describe('POP3 replies in words and delivery report fields', () => {
  it('reads a locked maildrop and too-frequent logins from a POP3 -ERR without a code', () => {
    expect(first('-ERR maildrop is busy, try later')?.cause).toBe('pop3.in-use');
    expect(first('-ERR Login limit reached for this hour')?.cause).toBe('pop3.login-delay');
  });

  it('reads an RFC 3464 report field as a bounce without a reason', () => {
    expect(first('Final-Recipient: rfc822; desk@example.com')?.cause).toBe('mail.bounce');
  });
});

describe('out-of-office replies in the first person', () => {
  it('reads an absence statement as an automatic reply, and ordinary prose as nothing', () => {
    expect(first("Hello, I'm currently on annual leave until 3 June.")?.cause).toBe('mail.auto-reply');
    expect(first('Thanks, I will get back to you upon my return next week.')?.cause).toBe('mail.auto-reply');
    expect(identify('I am on the helpdesk rota this week').map((i) => i.cause)).not.toContain('mail.auto-reply');
  });
});

describe('reasons stated without a code', () => {
  it('reads demanded authentication, a banned sender, a missing address and suspicious content from the words alone', () => {
    expect(first('Relaying requires SMTP authentication is required first')?.cause).toBe('smtp.auth.client-not-authenticated');
    expect(first('Connection rejected: the client 198.51.100.4 is blacklisted')?.cause).toBe('smtp.blocked');
    expect(first('Delivery failed: the e-mail address does not exist')?.cause).toBe('smtp.recipient-rejected');
    expect(first('Blocked: this message looks suspicious because of the links within it')?.cause).toBe('smtp.spam-rejected');
  });

  it('reads forbidden content, a quoted enhanced code and a bounce log tuple', () => {
    expect(first('552 5.7.0 Forbidden attachments found in the message')?.cause).toBe('smtp.content-rejected');
    expect(first('553 "5.7.1" relaying denied for this client')?.cause).toBe('smtp.relay-denied');
    expect(first(`Response: "('550', ['No such active account here.'])"`)?.cause).toBe('smtp.recipient-rejected');
  });

  it('keeps a temporary authentication failure temporary', () => {
    expect(first('454 4.7.0 Temporary authentication failure')?.cause).toBe('smtp.auth.temporary');
    expect(first('501 5.7.0 Authentication failed')?.cause).toBe('smtp.auth.rejected');
  });
});

describe('delays, viruses, per-time quotas and other languages', () => {
  it('reads delay notices, virus refusals and per-time quotas without a code', () => {
    expect(first('Warning: your message could not be delivered for the past 12 hours')?.cause).toBe('smtp.delivery-delayed');
    expect(first('Message refused: a virus was found in the attachment')?.cause).toBe('smtp.content-rejected');
    expect(first('Rejected: only 20 messages per hour are allowed for this account')?.cause).toBe('smtp.rate-limited');
  });

  it('reads unknown recipients written in French, German and Spanish, and curly apostrophes', () => {
    expect(first('Erreur : destinataire inconnu')?.cause).toBe('smtp.recipient-rejected');
    expect(first('Fehler: Empfänger unbekannt')?.cause).toBe('smtp.recipient-rejected');
    expect(first('Error: usuario desconocido')?.cause).toBe('smtp.recipient-rejected');
    expect(first('Error: the mailbox doesn\u2019t exist')?.cause).toBe('smtp.recipient-rejected');
  });

  it('reads a temporary DNS lookup failure as a temporary server problem, not a policy refusal', () => {
    expect(first('451 4.4.0 Temporary SPF DNS lookup failure')?.cause).toBe('smtp.server-busy');
  });
});

describe('short refusals without a code', () => {
  it('reads the reason words a reply would carry after a code', () => {
    expect(first('Mailbox quota reached for this user')?.cause).toBe('smtp.mailbox-full');
    expect(first('Relaying not allowed from your network')?.cause).toBe('smtp.relay-denied');
    expect(first('Please authenticate first')?.cause).toBe('smtp.auth.client-not-authenticated');
    expect(first('TLS required but not offered by the next hop')?.cause).toBe('tls.starttls-not-offered');
    expect(first('Giving up on delivery after 5 days')?.cause).toBe('smtp.delivery-expired');
  });

  it('leaves prose and long documents that merely mention a reason alone', () => {
    expect(identify('Greylisting would explain the delay we saw yesterday').map((i) => i.cause)).not.toContain('smtp.greylisted');
    expect(identify(`${'Notes about our mail setup. '.repeat(15)}The quota is full.`).map((i) => i.cause)).not.toContain('smtp.mailbox-full');
  });
});

describe('enhanced codes the registry does not list', () => {
  it('reads the subject of an unlisted code (X.6 content, X.7 policy, X.5 protocol), and says nothing more for a routing subject', () => {
    expect(first('554 5.6.299 Rejected')?.cause).toBe('smtp.content-rejected');
    expect(first('550 5.7.299 Rejected')?.cause).toBe('smtp.policy-rejected');
    expect(first('500 5.5.299 Rejected')?.cause).toBe('smtp.protocol-error');
    expect(first('451 4.4.299 Rejected')?.cause).toBe('smtp.status-code');
  });
});
