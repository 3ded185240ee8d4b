// Connects to an SMTP server with nodemailer (greeting, EHLO, STARTTLS), then logs in and optionally sends a test message.
import { rootCertificates } from 'node:tls';
import type SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { SMTPConnectionSendInfo } from 'nodemailer/lib/smtp-connection';
import type { Transcript } from '../../core/transcript.js';
import type { MailCredential } from './auth.js';
import { tlsOptions, type MailTarget } from './target.js';
import { smtpStepsHandler, type SmtpSessionSteps, type SmtpStepsInput } from './smtp-auth.js';
import { asError, guarded, testMessage } from './smtp-guard.js';
import { SmtpLog } from './smtp-log.js';

/** What the SMTP probe should do. */
export interface SmtpProbeOptions {
  target: MailTarget;
  user?: string;
  credential?: MailCredential;
  /** Envelope sender to test with MAIL FROM (or to send from). */
  from?: string;
  /** Sends a small test message to this address (explicit only). */
  sendTo?: string;
  timeoutMs: number;
  signal: AbortSignal;
  transcript: Transcript;
}

/** An error of the connection itself (nodemailer's code, the system code under it, the server's reply). */
export interface SmtpConnectError {
  code?: string;
  originalCode?: string;
  message: string;
  response?: string;
  command?: string;
}

/** Everything the probe saw, stage by stage; the check turns it into findings. */
export interface SmtpProbeResult {
  greeting?: string;
  ehlo: string[];
  secure: boolean;
  connectError?: SmtpConnectError;
  steps: SmtpSessionSteps;
  /** An error while running the login or envelope steps (timeout, closed connection). */
  stepsError?: SmtpConnectError;
  sent?: Pick<SMTPConnectionSendInfo, 'accepted' | 'rejected' | 'response'>;
  sendError?: SmtpConnectError;
  ms: { connect?: number; auth?: number; send?: number };
}

const STEPS_METHOD = 'MAILDOCTOR-STEPS';

/** Runs the SMTP stages; never throws for network or server trouble. */
export async function probeSmtp(opts: SmtpProbeOptions): Promise<SmtpProbeResult> {
  const log = new SmtpLog(opts.transcript);
  const { target, timeoutMs, signal } = opts;
  const steps: SmtpSessionSteps = {};
  const result: SmtpProbeResult = { ehlo: [], secure: false, steps, ms: {} };
  const input: SmtpStepsInput = {
    ...(opts.user !== undefined ? { user: opts.user } : {}),
    ...(opts.credential ? { credential: opts.credential } : {}),
    ...(opts.from !== undefined && opts.sendTo === undefined ? { mailFrom: opts.from } : {}),
    log,
    steps,
  };
  const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection');
  const conn = new SMTPConnection({
    host: target.host,
    port: target.port,
    secure: target.security === 'tls',
    requireTLS: target.security === 'starttls',
    ignoreTLS: target.security === 'none',
    name: 'maildoctor.invalid',
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    socketCloseTimeout: 0,
    dnsTimeout: timeoutMs,
    maxResponseSize: 64 * 1024,
    logger: log.logger() as never,
    debug: true,
    tls: tlsOptions(target, rootCertificates),
    customAuth: { [STEPS_METHOD]: smtpStepsHandler(input) },
  });
  conn.on('error', () => undefined);
  const t0 = performance.now();
  try {
    await guarded<void>(conn, (done) => conn.connect((err) => done(err)), timeoutMs * 3, signal, 'connection setup');
    result.ms.connect = Math.round(performance.now() - t0);
  } catch (err) {
    result.connectError = asError(err);
    result.greeting = log.greeting();
    result.ehlo = log.ehloLines();
    conn.close();
    return result;
  }
  result.greeting = log.greeting();
  result.ehlo = log.ehloLines();
  result.secure = conn.secure;
  return finishSession(conn, opts, result, input);
}

/** The mechanism to log in with: XOAUTH2 for a token, PLAIN (else LOGIN) for a password. */
export function chooseMechanism(credential: MailCredential, advertised: string[]): string {
  if (credential.kind === 'token') return 'XOAUTH2';
  return advertised.includes('PLAIN') || !advertised.includes('LOGIN') ? 'PLAIN' : 'LOGIN';
}

/** The AUTH mechanisms an EHLO reply advertises. */
export function authMechanisms(ehlo: string[]): string[] {
  return ehlo
    .filter((l) => /^AUTH[ =]/i.test(l))
    .flatMap((l) => l.slice(5).trim().toUpperCase().split(/\s+/))
    .filter((m, i, all) => m && all.indexOf(m) === i);
}

async function finishSession(conn: SMTPConnection, opts: SmtpProbeOptions, result: SmtpProbeResult, input: SmtpStepsInput): Promise<SmtpProbeResult> {
  const { timeoutMs, signal } = opts;
  const advertised = authMechanisms(result.ehlo);
  const needsSteps = Boolean(opts.credential) || (opts.from !== undefined && opts.sendTo === undefined);
  try {
    if (needsSteps) {
      const mechanism = opts.credential ? chooseMechanism(opts.credential, advertised) : undefined;
      if (mechanism) {
        input.mechanism = mechanism;
        result.steps.mechanism = mechanism;
        if (advertised.length > 0 && !advertised.includes(mechanism)) return result;
      }
      const t = performance.now();
      try {
        await guarded<boolean | undefined>(
          conn,
          (done) => conn.login({ method: STEPS_METHOD, user: opts.user ?? '' }, (err, ok) => done(err, ok)),
          timeoutMs * 4,
          signal,
          'login',
        );
      } catch (err) {
        result.stepsError = asError(err);
        return result;
      }
      result.ms.auth = Math.round(performance.now() - t);
    }
    if (opts.sendTo !== undefined && (!opts.credential || (result.steps.authOk && result.steps.afterAuthOk))) {
      const from = opts.from ?? opts.user ?? `maildoctor@${opts.target.host}`;
      const t = performance.now();
      try {
        const info = await guarded<SMTPConnectionSendInfo>(
          conn,
          (done) => conn.send({ from, to: [opts.sendTo as string] }, testMessage(from, opts.sendTo as string), (err, v) => done(err, v)),
          timeoutMs * 3,
          signal,
          'sending the test message',
        );
        result.sent = { accepted: info.accepted, rejected: info.rejected, response: info.response };
        result.ms.send = Math.round(performance.now() - t);
      } catch (err) {
        result.sendError = asError(err);
      }
    }
    return result;
  } finally {
    if (!result.stepsError) conn.quit();
    conn.close();
  }
}
