// Sends the journey's tagged message through the outgoing server (only with --journey: an explicit ask).
import { rootCertificates } from 'node:tls';
import { withSignal } from '../core/timeout.js';
import type { MailCredential } from '../checks/mail/auth.js';
import { tlsOptions, type MailTarget } from '../checks/mail/target.js';

/** What the send step saw. */
export type SendOutcome = { ok: true; ms: number; messageId: string; response: string } | { ok: false; ms: number; error: string };

/** Sends one small tagged message; never throws for server trouble. */
export async function sendTagged(o: {
  target: MailTarget;
  user?: string;
  credential?: MailCredential;
  from: string;
  to: string;
  tag: string;
  timeoutMs: number;
  signal: AbortSignal;
}): Promise<SendOutcome> {
  const started = performance.now();
  const auth =
    o.credential && o.user
      ? o.credential.kind === 'token'
        ? { type: 'OAuth2' as const, user: o.user, accessToken: o.credential.secret.reveal() }
        : { user: o.user, pass: o.credential.secret.reveal() }
      : undefined;
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: o.target.host,
    port: o.target.port,
    secure: o.target.security === 'tls',
    requireTLS: o.target.security === 'starttls',
    ignoreTLS: o.target.security === 'none',
    ...(auth ? { auth } : {}),
    tls: tlsOptions(o.target, rootCertificates),
    connectionTimeout: o.timeoutMs,
    greetingTimeout: o.timeoutMs,
    socketTimeout: o.timeoutMs,
  });
  try {
    const info = await withSignal(
      transport.sendMail({
        from: o.from,
        to: o.to,
        subject: `maildoctor journey ${o.tag}`,
        text: `maildoctor journey test ${o.tag}: sent through the outgoing server to check that it arrives in the incoming mailbox.`,
        headers: { 'X-Maildoctor-Journey': o.tag },
      }),
      o.signal,
      'sending the journey message',
    );
    return { ok: true, ms: Math.round(performance.now() - started), messageId: info.messageId, response: String(info.response ?? '') };
  } catch (err) {
    return { ok: false, ms: Math.round(performance.now() - started), error: err instanceof Error ? err.message : String(err) };
  } finally {
    transport.close();
  }
}
