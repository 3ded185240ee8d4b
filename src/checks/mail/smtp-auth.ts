// The post-connect part of the SMTP probe as a nodemailer custom auth handler: AUTH, one more command, MAIL FROM.
import type { SMTPConnectionCustomAuthContext, SMTPConnectionCustomAuthResponse } from 'nodemailer/lib/smtp-connection';
import type { MailCredential } from './auth.js';
import { plainPayload, xoauth2Payload } from './auth.js';
import type { SmtpLog } from './smtp-log.js';

/** What happened after the connection was ready. */
export interface SmtpSessionSteps {
  mechanism?: string;
  /** The final reply to AUTH (235 on success). */
  authReply?: string;
  authOk?: boolean;
  /** The decoded JSON of an XOAUTH2 334 challenge (the provider's error status). */
  oauthStatus?: Record<string, unknown>;
  /** The reply to the command sent after a successful AUTH (NOOP). */
  afterAuthReply?: string;
  afterAuthOk?: boolean;
  mailFromReply?: string;
  mailFromOk?: boolean;
}

/** What the handler needs: who logs in with what, and the optional envelope sender to test. */
export interface SmtpStepsInput {
  user?: string;
  credential?: MailCredential;
  mechanism?: string;
  mailFrom?: string;
  log: SmtpLog;
  steps: SmtpSessionSteps;
}

const ok = (r: SMTPConnectionCustomAuthResponse, first: string) => String(r.status).startsWith(first);

function decodeChallenge(text: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(text.trim(), 'base64').toString('utf8'));
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function authenticate(
  ctx: SMTPConnectionCustomAuthContext,
  input: SmtpStepsInput,
  credential: MailCredential,
): Promise<SMTPConnectionCustomAuthResponse> {
  const { log } = input;
  const user = input.user ?? '';
  const send = (command: string, secret = false) => {
    log.sent(command, { secret });
    return ctx.sendCommand(command);
  };
  if (input.mechanism === 'XOAUTH2') {
    let r = await send(`AUTH XOAUTH2 ${xoauth2Payload(user, credential.secret).reveal()}`, true);
    if (r.status === 334) {
      const status = decodeChallenge(r.text ?? r.response.slice(4));
      if (status) input.steps.oauthStatus = status;
      r = await send('');
    }
    return r;
  }
  if (input.mechanism === 'LOGIN') {
    let r = await send('AUTH LOGIN');
    if (r.status !== 334) return r;
    r = await send(Buffer.from(user, 'utf8').toString('base64'));
    if (r.status !== 334) return r;
    return send(credential.secret.derive((p) => Buffer.from(p, 'utf8').toString('base64')).reveal(), true);
  }
  return send(`AUTH PLAIN ${plainPayload(user, credential.secret).reveal()}`, true);
}

/** Builds the handler; it always resolves, leaving what it saw in `input.steps` for the check to judge. */
export function smtpStepsHandler(input: SmtpStepsInput): (ctx: SMTPConnectionCustomAuthContext) => Promise<void> {
  return async (ctx) => {
    const { steps, log } = input;
    if (input.credential) {
      steps.mechanism = input.mechanism ?? 'PLAIN';
      const r = await authenticate(ctx, input, input.credential);
      steps.authReply = r.response.trim();
      steps.authOk = ok(r, '2');
      if (!steps.authOk) return;
      log.sent('NOOP');
      const noop = await ctx.sendCommand('NOOP');
      steps.afterAuthReply = noop.response.trim();
      steps.afterAuthOk = ok(noop, '2');
      if (!steps.afterAuthOk) return;
    }
    if (input.mailFrom !== undefined) {
      log.sent(`MAIL FROM:<${input.mailFrom}>`);
      const r = await ctx.sendCommand(`MAIL FROM:<${input.mailFrom}>`);
      steps.mailFromReply = r.response.trim();
      steps.mailFromOk = ok(r, '2');
      log.sent('RSET');
      await ctx.sendCommand('RSET');
    }
  };
}
