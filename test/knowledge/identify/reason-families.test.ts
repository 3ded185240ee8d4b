// Reasons read by family (a topic word near a verdict word) and by clause ("<what> rejected: <why>"), the code's subject
// deciding only what it can speak of; texts written for this test in the shapes servers use, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('reason families read by nearness', () => {
  it.each([
    ['554 Relay rejected for policy reasons', 'smtp.relay-denied'],
    ['550 5.7.1 Unauthorized relay attempt from 10.1.2.3', 'smtp.relay-denied'],
    ['550 5.7.0 Relay access is not allowed without authentication', 'smtp.relay-denied'],
    ['554 5.7.1 Rejected because of a bad IP', 'smtp.blocked'],
    ['550 Mail from your server is refused due to bad reputation', 'smtp.blocked'],
    ['571 Your mail was blocked by our filtering system; request removal of the block at our postmaster page', 'smtp.blocked'],
    ['452 Sorry, to many messages from you in the last 10 minutes', 'smtp.rate-limited'],
    ['553 5.7.1 You are not allowed to send mail as <a@example.com>', 'smtp.sendas-denied'],
    ['553 From address not verified', 'smtp.sendas-denied'],
    ['502 5.5.1 STARTTLS not implemented', 'tls.starttls-not-offered'],
    ['450 Your sending volume is unusually high, please slow down', 'smtp.rate-limited'],
    ['421 Maximum number of commands per session reached, closing connection', 'smtp.rate-limited'],
    ['Your server has been restricted because of excessive traffic', 'smtp.rate-limited'],
    ['421 [XY12] Message from 192.0.2.1 temporarily deferred', 'smtp.rate-limited'],
    ['421, «4.7.0», TLS requis pour ce domaine, fermeture de la connexion', 'smtp.starttls-required'],
    ['421, „4.7.0“ – Ihre IP steht nicht auf der weißen Liste, Verbindung wird beendet', 'smtp.blocked'],
    ['IMAP login from 192.0.2.1 rejected: too many connections for this account', 'imap.limit'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });
});

describe('the clause after "rejected:" and the code subject', () => {
  it.each([
    // The words after the colon say why; a rate limit there outranks the mailbox code the server chose.
    ['450 4.2.1 Sender IP address rejected: too many mails from your domain in the last 5 minutes', 'smtp.rate-limited'],
    // A refused client is not a media problem (X.6) however the server coded it.
    ['550 5.6.2 Client IP address rejected: your host has no reverse DNS name', 'smtp.blocked'],
    // A generic "access denied" after the colon does not hide the refused client before it.
    ['554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: Access denied', 'smtp.blocked'],
    // Storage words under a mail-system code (X.3) are the server's disk, not a full mailbox.
    ['452 4.3.1 Cannot write queue file: no space left on device', 'smtp.server-busy'],
    // qmail's code comes last; the reason stands before it, inside a client's report.
    ["Server Response: '553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)', Port: 25", 'smtp.relay-denied'],
    // A network status that says "no answer" names its socket error in words.
    ['status=deferred (delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused) dsn=4.4.1', 'tcp.refused'],
    ['Server responded with 451 Timeout waiting for client input', 'smtp.server-busy'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });
});

describe('STARTTLS refused by IMAP and POP3', () => {
  it.each([
    ['C: a1 STARTTLS\nS: a1 BAD Unknown command', 'tls.starttls-not-offered'],
    ['a2 STARTTLS\na2 NO TLS support not enabled', 'tls.starttls-refused'],
    ['C: STLS\nS: -ERR Command not supported', 'tls.starttls-not-offered'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });
});

describe('an expiry against the socket error of its attempts', () => {
  it('the expiry is what a report of retries until timeout states', () => {
    expect(cause("Diagnostic-Code: smtp; 5.4.7 - Delivery expired (message too old) 'Connection timed out'")).toBe('smtp.delivery-expired');
  });
  it('a reason the receiving side gave still outranks the expiry', () => {
    expect(cause('mailbox is full: retry timeout exceeded')).toBe('smtp.mailbox-full');
  });
});

describe('generalisation round 2: storage limits, protocol names inside program names, unverified apps, read timeouts', () => {
  it.each([
    // A mailbox's storage with a limit reached or used up, in either order.
    ['550 Recipient storage limit has been reached for this account', 'smtp.mailbox-full'],
    ['452 Storage allocation exhausted for user bob', 'smtp.mailbox-full'],
    // A refused login takes the protocol a class or package name carries (Horde_Imap_Client, PHPIMAP).
    ['Horde_Imap_Client_Exception: Authentication failed.', 'imap.auth.failed'],
    ['Webklex\\PHPIMAP\\Exceptions\\AuthFailedException: login failed', 'imap.auth.failed'],
    // Google's verification screen in its wordings: app, Google and verification with a negation.
    ['This application has not yet been verified by Google', 'oauth.google.app-unverified'],
    ['Sign-in stopped: the app did not complete the Google verification process', 'oauth.google.app-unverified'],
    // A command that timed out waited on an open connection.
    ['IMAP command timed out after 60 s', 'tcp.read-timeout'],
    // What was refused decides: a refused client host, whatever the reply says of it.
    ['554 5.7.1 Client host [192.0.2.8] blocked: host appears to be infected', 'smtp.blocked'],
    // A multi-line reply joined onto one line keeps its repeated prefixes out of the words; the domain is the subject.
    ['Remote server said: 550-The destination domain example.invalid does not 550 exist here', 'smtp.host-unknown'],
    // A dot inside an address does not end the clause: the IP and its verdict stay one statement.
    ['550 Sending IP 192.0.2.44 has been suspended for abuse', 'smtp.blocked'],
    // A server that did not answer in time on an open connection.
    ['The mail server did not respond within 30 seconds', 'tcp.read-timeout'],
    // SPF, DKIM or DMARC named beside "must authenticate" is sender authentication, not SMTP AUTH.
    ['550 5.7.1 Sender must authenticate with SPF or DKIM to deliver here', 'smtp.policy-rejected'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });
  it.each([
    'The certificate is not verified by Google Trust Services',
    'DKIM signature not verified',
    'Storage array rebuilt, 40% used',
    '* BYE Server signing off (no errors)',
  ])('%s matches nothing', (text) => {
    expect(cause(text)).toBe('explain.no-match');
  });
});
