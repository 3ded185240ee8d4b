// Server and auto-reply wordings without a status code: each family matches its own example and variants written for
// the test, explain names the family's cause first, and prose about the same subjects matches nothing.
import { describe, expect, it } from 'vitest';
import { SERVER_WORDINGS } from '../../../src/knowledge/identify/server-wordings.js';
import { firstCause as first } from '../first-cause.js';

describe('server wordings', () => {
  it.each(SERVER_WORDINGS.map((w) => [w.example, w.cause] as const))('%s -> %s', (example, cause) => {
    expect(first(example)).toBe(cause);
  });

  it('reads out-of-office replies by their shape in six languages', () => {
    for (const text of [
      'Bonjour, je serai en congés du 3 au 21 août inclus. Pendant mon absence, contactez le standard.',
      'Estaré de vacaciones hasta el lunes 4; durante mi ausencia escriba a soporte@example.com.',
      'Sono in ferie fino al 2 settembre, al mio rientro risponderò alla sua email.',
      'Obrigado pela mensagem. Estarei ausente até dia 10 e responderei após o meu regresso.',
      'Guten Tag, ich bin derzeit auf Dienstreise und ab Montag wieder erreichbar.',
      'Ik ben van 1 tot 14 juli afwezig. Tijdens mijn afwezigheid wordt uw e-mail niet doorgestuurd.',
    ])
      expect(first(text), text).toBe('mail.auto-reply');
  });

  it('reads refusals written as words: a blocked address, a rejected attachment, sending too fast, a login the sender skipped', () => {
    expect(first('421 4.7.1 Your IP address has been temporarily blacklisted, try again in an hour')).toBe('smtp.blocked');
    expect(first('554 5.7.1 Rejected attachment: file type .exe')).toBe('smtp.content-rejected');
    expect(first('421 Sie senden zu schnell, bitte versuchen Sie es später erneut')).toBe('smtp.rate-limited');
    expect(first('553 5.7.1 <noreply@example.com>: Sender address rejected: not logged in')).toBe('smtp.auth.client-not-authenticated');
    expect(first('553 5.7.1 <noreply@example.com>: Sender address rejected: Access denied')).toBe('smtp.sender-rejected');
    expect(first('550 5.7.1 User is not permitted to send as billing@example.com')).toBe('smtp.sendas-denied');
    expect(first('550 5.1.0 192.0.2.9 is not allowed to send from <example.com> per its SPF record')).toBe('smtp.policy-rejected');
    expect(first('501 5.5.2 HELO must be a fully-qualified domain name')).toBe('smtp.policy-rejected');
    expect(first('452 A caixa postal do destinatário está sem espaço')).toBe('smtp.mailbox-full');
    expect(first('451 El servidor rechazó temporalmente el mensaje')).toBe('smtp.server-busy');
  });

  it('tells a resolver that failed for now from a name or MX that does not exist, and reads the socket error behind 4.4.1', () => {
    expect(
      first('to=<a@example.net>, relay=none, dsn=4.4.3, status=deferred (Name service error for name=example.net type=A: Host not found, try again)'),
    ).toBe('dns.server-unreachable');
    expect(first('relay: PermFail for 4a1b: relay=example.net, stat=No MX found for domain')).toBe('smtp.host-unknown');
    expect(first('dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.1]:25: No route to host)')).toBe('tcp.unreachable');
    expect(first('dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.1]:25: Connection timed out)')).toBe('tcp.timeout');
    expect(first('fetchmail: login request to helpdesk@imap.example.org failed')).toBe('imap.auth.failed');
  });

  it('leaves prose about absence messages, TLS settings and blocklists alone', () => {
    for (const text of [
      'Puoi impostare un messaggio da inviare quando sei fuori ufficio.',
      'Le message doit ensuite spécifier la durée de l’absence.',
      'Postfix enables TLS support when smtpd_tls_cert_file is set.',
      'The bandwidth limit for IMAP is 2500 MB per day.',
      'The relay connected after several attempts and delivered the queue.',
      'Postfix retries a deferred message after several attempts with a growing delay.',
    ])
      expect(first(text), text).toBe('explain.no-match');
  });
});
