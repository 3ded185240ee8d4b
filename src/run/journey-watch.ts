// Watches the incoming mailbox read-only (EXAMINE) until the journey's tagged message shows up.
import { rootCertificates } from 'node:tls';
import { sleep, withSignal } from '../core/timeout.js';
import type { MailCredential } from '../checks/mail/auth.js';
import { tlsOptions, type MailTarget } from '../checks/mail/target.js';

/** What the watch saw: found after how long, or why not. */
export type WatchOutcome = { found: true; ms: number; polls: number } | { found: false; ms: number; polls: number; error?: string };

const POLL_MS = 1000;

/** Polls the mailbox with SEARCH HEADER until the tag appears or `waitMs` passes; never marks anything seen. */
export async function watchForTag(o: {
  target: MailTarget;
  user: string;
  credential: MailCredential;
  mailbox: string;
  tag: string;
  waitMs: number;
  timeoutMs: number;
  signal: AbortSignal;
}): Promise<WatchOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const auth =
    o.credential.kind === 'token' ? { user: o.user, accessToken: o.credential.secret.reveal() } : { user: o.user, pass: o.credential.secret.reveal() };
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow({
    host: o.target.host,
    port: o.target.port,
    secure: o.target.security === 'tls',
    doSTARTTLS: o.target.security === 'starttls' ? true : o.target.security === 'none' ? false : undefined,
    auth,
    tls: tlsOptions(o.target, rootCertificates),
    logger: false,
    connectionTimeout: o.timeoutMs,
    greetingTimeout: o.timeoutMs,
    socketTimeout: o.timeoutMs * 3,
  });
  client.on('error', () => {});
  let polls = 0;
  try {
    await withSignal(client.connect(), o.signal, 'IMAP login for the journey');
    await withSignal(client.mailboxOpen(o.mailbox, { readOnly: true }), o.signal, 'EXAMINE');
    while (elapsed() < o.waitMs) {
      polls += 1;
      const uids = await withSignal(client.search({ header: { 'x-maildoctor-journey': o.tag } }, { uid: true }), o.signal, 'SEARCH');
      if (uids && uids.length > 0) return { found: true, ms: elapsed(), polls };
      await sleep(Math.min(POLL_MS, Math.max(0, o.waitMs - elapsed())), o.signal);
      await withSignal(client.noop(), o.signal, 'NOOP');
    }
    return { found: false, ms: elapsed(), polls };
  } catch (err) {
    return { found: false, ms: elapsed(), polls, error: err instanceof Error ? err.message : String(err) };
  } finally {
    client.close();
  }
}
