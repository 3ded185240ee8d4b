// Reusable TLS peers on 127.0.0.1: implicit-TLS endpoints per test certificate, and small STARTTLS SMTP/IMAP/POP3 servers.
import { createServer, type Socket } from 'node:net';
import { createSecureContext, createServer as createTlsServer, TLSSocket, type SecureContext } from 'node:tls';
import { testCerts } from './certs.js';
import { listen, type TestServer } from './net-servers.js';

/** Which test certificate an endpoint presents. */
export type CertName = 'valid' | 'selfSigned' | 'expired' | 'wrongHost' | 'expiringSoon';

function pair(name: CertName): { key: string; cert: string } {
  const c = testCerts()[name];
  return { key: c.key, cert: c.cert };
}

/** An implicit-TLS server presenting `cert` that writes `banner` after the handshake. */
export function tlsServer(cert: CertName, banner = '220 tls.test ESMTP ready\r\n'): Promise<TestServer> {
  const server = createTlsServer(pair(cert), (s) => {
    s.on('error', () => {});
    s.write(banner);
  });
  server.on('tlsClientError', () => {});
  return listen(server as unknown as Parameters<typeof listen>[0]);
}

/** How a STARTTLS server behaves. */
export type StarttlsMode = 'ok' | 'no-starttls' | 'busy' | 'refuse';

interface Dialect {
  greeting: string;
  busy: string;
  /** Answers one plain-text line; `upgrade` starts TLS after the reply. */
  answer(line: string, mode: StarttlsMode): { reply: string; upgrade?: boolean; close?: boolean };
  /** Answers a line after the upgrade. */
  secure(line: string): string;
}

const SMTP: Dialect = {
  greeting: '220 smtp.test ESMTP maildoctor-test\r\n',
  busy: '421 4.3.2 Service not available, too many connections\r\n',
  answer(line, mode) {
    const cmd = line.split(' ')[0]?.toUpperCase();
    if (cmd === 'EHLO') return { reply: `250-smtp.test\r\n250-PIPELINING\r\n${mode === 'no-starttls' ? '' : '250-STARTTLS\r\n'}250 8BITMIME\r\n` };
    if (cmd === 'STARTTLS' && mode !== 'no-starttls')
      return mode === 'refuse'
        ? { reply: '454 4.7.0 TLS not available due to temporary reason\r\n' }
        : { reply: '220 2.0.0 Ready to start TLS\r\n', upgrade: true };
    if (cmd === 'QUIT') return { reply: '221 2.0.0 Bye\r\n', close: true };
    return { reply: '502 5.5.2 Error: command not recognized\r\n' };
  },
  secure: (line) => (/^EHLO/i.test(line) ? '250-smtp.test\r\n250 AUTH PLAIN LOGIN\r\n' : /^QUIT/i.test(line) ? '221 2.0.0 Bye\r\n' : '502 5.5.2 Error\r\n'),
};

const IMAP: Dialect = {
  greeting: '* OK [CAPABILITY IMAP4rev1] imap.test ready\r\n',
  busy: '* BYE Too many connections\r\n',
  answer(line, mode) {
    const [tag, cmd] = line.split(' ');
    if (cmd?.toUpperCase() === 'CAPABILITY')
      return { reply: `* CAPABILITY IMAP4rev1 ${mode === 'no-starttls' ? '' : 'STARTTLS '}LOGINDISABLED\r\n${tag} OK done\r\n` };
    if (cmd?.toUpperCase() === 'STARTTLS' && mode !== 'no-starttls')
      return mode === 'refuse' ? { reply: `${tag} NO TLS unavailable\r\n` } : { reply: `${tag} OK Begin TLS negotiation now\r\n`, upgrade: true };
    return { reply: `${tag} BAD unknown\r\n` };
  },
  secure: (line) => `${line.split(' ')[0]} OK done\r\n`,
};

const POP3: Dialect = {
  greeting: '+OK pop3.test ready\r\n',
  busy: '-ERR [SYS/TEMP] too many connections\r\n',
  answer(line, mode) {
    const cmd = line.toUpperCase();
    if (cmd === 'CAPA') return { reply: `+OK\r\nUSER\r\n${mode === 'no-starttls' ? '' : 'STLS\r\n'}.\r\n` };
    if (cmd === 'STLS' && mode !== 'no-starttls')
      return mode === 'refuse' ? { reply: '-ERR TLS not available\r\n' } : { reply: '+OK Begin TLS\r\n', upgrade: true };
    return { reply: '-ERR unknown\r\n' };
  },
  secure: () => '+OK\r\n',
};

const DIALECTS = { smtp: SMTP, imap: IMAP, pop3: POP3 } as const;

function lines(socket: Socket, onLine: (line: string) => void): void {
  let buf = '';
  socket.on('data', (chunk: Buffer) => {
    buf += chunk.toString('latin1');
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i).replace(/\r$/, '');
      buf = buf.slice(i + 1);
      onLine(line);
    }
  });
}

function upgrade(socket: Socket, context: SecureContext, dialect: Dialect): void {
  socket.removeAllListeners('data');
  const secure = new TLSSocket(socket, { isServer: true, secureContext: context });
  secure.on('error', () => {});
  lines(secure, (line) => secure.write(dialect.secure(line)));
}

/** A plain-text SMTP/IMAP/POP3 server that offers STARTTLS (or not: then the command is unknown to it, as to a server without TLS), or answers busy, or refuses it. */
export function starttlsServer(protocol: keyof typeof DIALECTS, mode: StarttlsMode = 'ok', cert: CertName = 'valid'): Promise<TestServer> {
  const dialect = DIALECTS[protocol];
  const context = createSecureContext(pair(cert));
  return listen(
    createServer((socket) => {
      if (mode === 'busy') {
        socket.end(dialect.busy);
        return;
      }
      socket.write(dialect.greeting);
      lines(socket, (line) => {
        const a = dialect.answer(line, mode);
        socket.write(a.reply);
        if (a.close) socket.end();
        if (a.upgrade) upgrade(socket, context, dialect);
      });
    }),
  );
}
