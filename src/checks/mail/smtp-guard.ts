// Helpers of the SMTP probe: nodemailer errors as data, waits bounded by time and connection state, the test message.
import { hostname } from 'node:os';
import type SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { SmtpConnectError } from './smtp-probe.js';

/** The fields of a nodemailer error that say what failed: its code, the system code under it, the reply. */
export function asError(err: unknown): SmtpConnectError {
  const e = err as { code?: string; originalCode?: string; message?: string; response?: string; command?: string };
  return {
    ...(e.code ? { code: e.code } : {}),
    ...(e.originalCode ? { originalCode: e.originalCode } : {}),
    message: e.message ?? String(err),
    ...(typeof e.response === 'string' ? { response: e.response } : {}),
    ...(e.command ? { command: e.command } : {}),
  };
}

/** Resolves with `work`, or rejects when the connection errors or closes, the step times out, or the signal aborts. */
export function guarded<T>(
  conn: SMTPConnection,
  work: (done: (err: unknown, value?: T) => void) => void,
  timeoutMs: number,
  signal: AbortSignal,
  what: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (err: unknown, value?: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      conn.removeListener('error', onError);
      conn.removeListener('end', onEnd);
      if (err) reject(err);
      else resolve(value as T);
    };
    const onError = (err: unknown) => finish(err);
    const onEnd = () => finish(Object.assign(new Error(`the server closed the connection during ${what}`), { code: 'ECONNECTION', kind: 'closed' }));
    const onAbort = () => finish(Object.assign(new Error(`${what} stopped: the check ran out of time`), { code: 'ETIMEDOUT' }));
    const timer = setTimeout(() => finish(Object.assign(new Error(`no reply during ${what} within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    conn.on('error', onError);
    conn.once('end', onEnd);
    work(finish);
  });
}

/** The small plain-text message `--send-to` sends, with a unique Message-ID. */
export function testMessage(from: string, to: string): string {
  const id = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}@maildoctor.invalid`;
  return [
    `From: <${from}>`,
    `To: <${to}>`,
    'Subject: maildoctor test message',
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${id}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `This is a test message sent by maildoctor from ${hostname()} to check outgoing mail.`,
    '',
  ].join('\r\n');
}
