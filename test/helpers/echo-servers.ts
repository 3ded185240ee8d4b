// Mail servers that refuse every login and echo the client's credentials back inside their error replies (a leak test's peers).
import type { Socket } from 'node:net';
import { lineServer, type TestServer } from './net-servers.js';

/** IMAP: advertises PLAIN and XOAUTH2 with SASL-IR, answers LOGIN and AUTHENTICATE with NO quoting what the client sent. */
export function echoImapServer(): Promise<TestServer> {
  const pending = new WeakMap<Socket, string>();
  return lineServer('* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2] echo ready\r\n', (line, socket) => {
    const tag0 = pending.get(socket);
    if (tag0) {
      const tag = tag0;
      pending.delete(socket);
      return `${tag} NO [AUTHENTICATIONFAILED] Invalid credentials (you sent ${line})\r\n`;
    }
    const [tag = '*', command = ''] = line.split(' ');
    const verb = command.toUpperCase();
    if (verb === 'CAPABILITY') return `* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2\r\n${tag} OK done\r\n`;
    if (verb === 'ID') return `* ID NIL\r\n${tag} OK done\r\n`;
    if (verb === 'LOGIN') return `${tag} NO [AUTHENTICATIONFAILED] Authentication failed for: ${line}\r\n`;
    if (verb === 'AUTHENTICATE') {
      if (line.split(' ').length > 3) return `${tag} NO [AUTHENTICATIONFAILED] bad payload ${line.split(' ')[3]}\r\n`;
      pending.set(socket, tag);
      return '+ \r\n';
    }
    if (verb === 'LOGOUT') return `* BYE\r\n${tag} OK bye\r\n`;
    return `${tag} BAD unknown command ${line}\r\n`;
  });
}

/** POP3: USER/PASS and SASL, each refused with -ERR that repeats the client's line. */
export function echoPop3Server(): Promise<TestServer> {
  return lineServer('+OK echo POP3 ready\r\n', (line) => {
    const verb = (line.split(' ')[0] ?? '').toUpperCase();
    if (verb === 'CAPA') return '+OK\r\nUSER\r\nSASL PLAIN XOAUTH2\r\n.\r\n';
    if (verb === 'USER') return '+OK send PASS\r\n';
    if (verb === 'PASS' || verb === 'AUTH') return `-ERR [AUTH] Authentication failed: ${line}\r\n`;
    if (verb === 'QUIT') return '+OK bye\r\n';
    return `-ERR unknown ${line}\r\n`;
  });
}

/** SMTP: offers AUTH PLAIN LOGIN XOAUTH2 and answers 535 with the client's payload quoted (AUTH LOGIN: after the password). */
export function echoSmtpServer(): Promise<TestServer> {
  const step = new WeakMap<Socket, number>();
  return lineServer('220 echo.example.test ESMTP echo\r\n', (line, socket) => {
    if (step.get(socket) === 1) {
      step.set(socket, 2);
      return '334 UGFzc3dvcmQ6\r\n';
    }
    if (step.get(socket) === 2) {
      step.delete(socket);
      return `535 5.7.8 Authentication credentials invalid: ${line}\r\n`;
    }
    const verb = (line.split(' ')[0] ?? '').toUpperCase();
    if (verb === 'EHLO') return '250-echo.example.test\r\n250-AUTH PLAIN LOGIN XOAUTH2\r\n250 8BITMIME\r\n';
    if (verb === 'HELO') return '250 echo.example.test\r\n';
    if (verb === 'AUTH') {
      if (/^AUTH LOGIN$/i.test(line)) {
        step.set(socket, 1);
        return '334 VXNlcm5hbWU6\r\n';
      }
      return `535 5.7.8 Authentication credentials invalid: ${line}\r\n`;
    }
    if (verb === 'QUIT') return '221 bye\r\n';
    return `502 unknown ${line}\r\n`;
  });
}
