// Peers that misbehave on purpose (a drip, an endless line, a huge IMAP literal, broken DNS), all on 127.0.0.1.
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Socket } from 'node:net';
import dnsPacket from 'dns-packet';
import { closedPort, lineServer, listen, type TestServer } from './net-servers.js';

/** Writes `text` one byte every `everyMs`, over and over, on every connection: always talking, never finishing. */
export function dripServer(text: string, everyMs = 300): Promise<TestServer> {
  return listen(
    createServer((socket: Socket) => {
      let i = 0;
      const timer = setInterval(() => {
        if (socket.destroyed) return clearInterval(timer);
        socket.write(text[i % text.length] as string);
        i += 1;
      }, everyMs);
      socket.on('close', () => clearInterval(timer));
    }),
  );
}

/** Sends `prefix`, then one line that never ends, as fast as the client reads it. */
export function endlessLineServer(prefix: string): Promise<TestServer> {
  const block = Buffer.alloc(64 * 1024, 'A');
  return listen(
    createServer((socket: Socket) => {
      socket.write(prefix);
      const pump = () => {
        while (!socket.destroyed && socket.write(block));
      };
      socket.on('drain', pump);
      pump();
    }),
  );
}

/** An IMAP server whose greeting is fine and whose CAPABILITY answer announces a 999999999-byte literal, then streams it. */
export function hugeLiteralImapServer(): Promise<TestServer> {
  const block = Buffer.alloc(64 * 1024, 'x');
  return listen(
    createServer((socket: Socket) => {
      socket.write('* OK IMAP4rev1 ready\r\n');
      socket.once('data', () => {
        socket.write('* CAPABILITY {999999999}\r\n');
        const pump = () => {
          while (!socket.destroyed && socket.write(block));
        };
        socket.on('drain', pump);
        pump();
      });
    }),
  );
}

/** A UDP DNS server on 127.0.0.1 that answers every query with `reply(query)` (or stays silent on undefined). */
export async function udpDnsServer(reply: (query: Buffer) => Buffer | undefined, port = 0): Promise<{ port: number; close(): Promise<void> }> {
  const socket: UdpSocket = createSocket('udp4');
  socket.on('message', (msg, rinfo) => {
    const out = reply(msg);
    if (out) socket.send(out, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(port, '127.0.0.1', resolve));
  return { port: socket.address().port, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}

/** Answers with the TC (truncated) bit and no records, on a port where TCP is refused: the TCP retry must fail. */
export async function truncatedDnsServer(): Promise<{ port: number; close(): Promise<void> }> {
  const port = await closedPort();
  return udpDnsServer((query) => {
    const q = dnsPacket.decode(query);
    return dnsPacket.encode({
      type: 'response',
      id: q.id,
      flags: dnsPacket.TRUNCATED_RESPONSE | dnsPacket.RECURSION_DESIRED,
      questions: q.questions,
      answers: [],
    });
  }, port);
}

/** Answers every query with bytes that are not DNS (an HTTP error page). */
export function garbageDnsServer(): Promise<{ port: number; close(): Promise<void> }> {
  return udpDnsServer(() => Buffer.from('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'));
}

/** SMTP that greets and offers STARTTLS, then refuses it with 454. */
export function starttlsRefusingSmtpServer(): Promise<TestServer> {
  return lineServer('220 refuse.example.test ESMTP\r\n', (line) => {
    const verb = line.split(' ')[0]?.toUpperCase();
    if (verb === 'EHLO') return '250-refuse.example.test\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n';
    if (verb === 'STARTTLS') return '454 4.7.0 TLS not available due to local problem\r\n';
    return verb === 'QUIT' ? '221 bye\r\n' : '502 5.5.2 not now\r\n';
  });
}

/** IMAP that advertises STARTTLS and answers it with NO. */
export function starttlsRefusingImapServer(): Promise<TestServer> {
  return lineServer('* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\r\n', (line) => {
    const [tag, verb = ''] = line.split(' ');
    if (verb.toUpperCase() === 'CAPABILITY') return `* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\r\n${tag} OK done\r\n`;
    if (verb.toUpperCase() === 'STARTTLS') return `${tag} NO [UNAVAILABLE] TLS is not available right now\r\n`;
    return verb.toUpperCase() === 'LOGOUT' ? `* BYE\r\n${tag} OK bye\r\n` : `${tag} BAD not now\r\n`;
  });
}
