// The plain-text part of STARTTLS for SMTP (EHLO, STARTTLS), IMAP (CAPABILITY, STARTTLS) and POP3 (CAPA, STLS).
import type { Socket } from 'node:net';
import type { Transcript } from '../../core/transcript.js';
import { LineReader, ReadError } from './line-reader.js';
import type { CauseId } from '../../knowledge/index.js';
import { imapGreetingCause, pop3GreetingCause, smtpGreetingCause } from '../../knowledge/mail-replies.js';

/** The protocols whose STARTTLS dialogue maildoctor speaks. */
export type StarttlsProtocol = 'smtp' | 'imap' | 'pop3';

/** Causes the dialogue can end in before any TLS byte is sent. */
export type DialogueCause = Extract<
  CauseId,
  'tls.no-greeting' | 'tls.server-busy' | 'tls.bad-greeting' | 'tls.starttls-not-offered' | 'tls.starttls-refused' | 'tcp.reset' | 'mail.reply-too-long'
>;

/** How the plain-text dialogue ended: ready for the handshake, or which step failed and why. */
export type DialogueOutcome =
  | { ok: true; greeting: string; capabilities: string[] }
  | {
      ok: false;
      stage: 'greeting' | 'capabilities' | 'starttls';
      cause: DialogueCause;
      message: string;
      reply?: string;
      greeting?: string;
      capabilities?: string[];
    };

/** The client name maildoctor announces in EHLO. */
export const EHLO_NAME = 'maildoctor.invalid';

/** One line exchange on a plain socket, with the transcript kept. */
export class PlainSession {
  readonly reader: LineReader;
  constructor(
    readonly socket: Socket,
    readonly timeoutMs: number,
    readonly signal: AbortSignal,
    readonly transcript?: Transcript,
  ) {
    this.reader = new LineReader(socket);
  }
  /** Reads one line and records it. */
  async line(): Promise<string> {
    const l = await this.reader.readLine(this.timeoutMs, this.signal);
    this.transcript?.add('<', l);
    return l;
  }
  /** Sends one command line and records it. */
  send(text: string): void {
    this.transcript?.add('>', text);
    this.socket.write(`${text}\r\n`);
  }
  /** Reads an SMTP reply, joining continuation lines (`250-...`). */
  async smtpReply(): Promise<{ code: number; lines: string[] }> {
    const lines: string[] = [];
    for (;;) {
      const l = await this.line();
      lines.push(l);
      const m = /^(\d{3})([ -]?)/.exec(l);
      if (!m) return { code: 0, lines };
      if (m[2] !== '-') return { code: Number(m[1]), lines };
    }
  }
  /** Reads IMAP lines until the tagged reply of `tag`. */
  async imapReply(tag: string): Promise<{ status: string; lines: string[] }> {
    const lines: string[] = [];
    for (;;) {
      const l = await this.line();
      lines.push(l);
      if (l.startsWith(`${tag} `)) return { status: (l.split(' ')[1] ?? '').toUpperCase(), lines };
    }
  }
  /** Reads a POP3 multi-line reply up to the lone dot. */
  async pop3Multi(): Promise<string[]> {
    const lines: string[] = [];
    for (;;) {
      const l = await this.line();
      if (l === '.') return lines;
      lines.push(l);
    }
  }
}

const printable = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);

/** Classifies a failed read during the dialogue. */
function readFailure(
  err: unknown,
  stage: 'greeting' | 'capabilities' | 'starttls',
  extra: { greeting?: string; capabilities?: string[] } = {},
): DialogueOutcome {
  if (!(err instanceof ReadError)) throw err;
  if (err.kind === 'binary') return { ok: false, stage, cause: 'tls.bad-greeting', message: err.message, ...extra };
  if (err.kind === 'too-long') return { ok: false, stage, cause: 'mail.reply-too-long', message: err.message, ...extra };
  if (err.kind === 'timeout')
    return { ok: false, stage, cause: stage === 'greeting' ? 'tls.no-greeting' : 'tls.starttls-refused', message: err.message, ...extra };
  return {
    ok: false,
    stage,
    cause: stage === 'greeting' ? 'tls.server-busy' : 'tcp.reset',
    message: `${err.message}${err.code ? ` (${err.code})` : ''}`,
    ...extra,
  };
}

/** The dialogue's end at a greeting that is a refusal (busy) or not the protocol's greeting at all. */
function refusedGreeting(cause: DialogueCause, busy: string, protocol: string, greeting: string): DialogueOutcome {
  return {
    ok: false,
    stage: 'greeting',
    cause,
    message: cause === 'tls.server-busy' ? busy : `not ${protocol} greeting`,
    reply: printable(greeting),
    greeting,
  };
}

async function smtp(s: PlainSession): Promise<DialogueOutcome> {
  let greeting: string;
  try {
    const g = await s.smtpReply();
    greeting = g.lines.join('\n');
    if (g.code !== 220) return refusedGreeting(smtpGreetingCause(greeting), `the server answered ${g.code} instead of a 220 greeting`, 'an SMTP', greeting);
  } catch (err) {
    return readFailure(err, 'greeting');
  }
  let capabilities: string[] = [];
  try {
    s.send(`EHLO ${EHLO_NAME}`);
    const ehlo = await s.smtpReply();
    capabilities = ehlo.lines.slice(1).map((l) => l.slice(4).trim());
    if (ehlo.code !== 250)
      return {
        ok: false,
        stage: 'capabilities',
        cause: 'tls.starttls-not-offered',
        message: `EHLO was answered ${ehlo.code}`,
        reply: printable(ehlo.lines.join(' ')),
        greeting,
      };
    if (!capabilities.some((c) => /^STARTTLS\b/i.test(c)))
      return { ok: false, stage: 'capabilities', cause: 'tls.starttls-not-offered', message: 'STARTTLS is not in the EHLO reply', greeting, capabilities };
    s.send('STARTTLS');
    const st = await s.smtpReply();
    if (st.code !== 220)
      return {
        ok: false,
        stage: 'starttls',
        cause: st.code === 421 ? 'tls.server-busy' : 'tls.starttls-refused',
        message: `STARTTLS was answered ${st.code}`,
        reply: printable(st.lines.join(' ')),
        greeting,
        capabilities,
      };
  } catch (err) {
    return readFailure(err, 'starttls', { greeting, capabilities });
  }
  return { ok: true, greeting, capabilities };
}

async function imap(s: PlainSession): Promise<DialogueOutcome> {
  let greeting: string;
  try {
    greeting = await s.line();
    const refused = imapGreetingCause(greeting);
    if (refused) return refusedGreeting(refused, 'the server said BYE instead of a greeting', 'an IMAP', greeting);
  } catch (err) {
    return readFailure(err, 'greeting');
  }
  let capabilities: string[] = [];
  try {
    s.send('a1 CAPABILITY');
    const cap = await s.imapReply('a1');
    capabilities = cap.lines.filter((l) => /^\* CAPABILITY /i.test(l)).flatMap((l) => l.slice(13).trim().split(/\s+/));
    if (!capabilities.some((c) => c.toUpperCase() === 'STARTTLS'))
      return { ok: false, stage: 'capabilities', cause: 'tls.starttls-not-offered', message: 'STARTTLS is not in the CAPABILITY list', greeting, capabilities };
    s.send('a2 STARTTLS');
    const st = await s.imapReply('a2');
    if (st.status !== 'OK')
      return {
        ok: false,
        stage: 'starttls',
        cause: 'tls.starttls-refused',
        message: `STARTTLS was answered ${st.status}`,
        reply: printable(st.lines.at(-1) ?? ''),
        greeting,
        capabilities,
      };
  } catch (err) {
    return readFailure(err, 'starttls', { greeting, capabilities });
  }
  return { ok: true, greeting, capabilities };
}

async function pop3(s: PlainSession): Promise<DialogueOutcome> {
  let greeting: string;
  try {
    greeting = await s.line();
    const refused = pop3GreetingCause(greeting);
    if (refused) return refusedGreeting(refused, 'the server answered -ERR instead of a greeting', 'a POP3', greeting);
  } catch (err) {
    return readFailure(err, 'greeting');
  }
  let capabilities: string[] = [];
  try {
    s.send('CAPA');
    const first = await s.line();
    if (/^\+OK/i.test(first)) capabilities = await s.pop3Multi();
    const capaKnown = /^\+OK/i.test(first);
    if (capaKnown && !capabilities.some((c) => /^STLS\b/i.test(c)))
      return { ok: false, stage: 'capabilities', cause: 'tls.starttls-not-offered', message: 'STLS is not in the CAPA list', greeting, capabilities };
    s.send('STLS');
    const st = await s.line();
    if (!/^\+OK/i.test(st))
      return {
        ok: false,
        stage: 'starttls',
        cause: capaKnown ? 'tls.starttls-refused' : 'tls.starttls-not-offered',
        message: 'STLS was answered -ERR',
        reply: printable(st),
        greeting,
        capabilities,
      };
  } catch (err) {
    return readFailure(err, 'starttls', { greeting, capabilities });
  }
  return { ok: true, greeting, capabilities };
}

/** Runs the plain-text dialogue up to the point where the TLS handshake must start. */
export function starttlsDialogue(protocol: StarttlsProtocol, session: PlainSession): Promise<DialogueOutcome> {
  if (protocol === 'smtp') return smtp(session);
  if (protocol === 'imap') return imap(session);
  return pop3(session);
}

/** The port's usual STARTTLS protocol, for `--starttls auto`. */
export function starttlsForPort(port: number): StarttlsProtocol | undefined {
  if (port === 25 || port === 587 || port === 2525) return 'smtp';
  if (port === 143) return 'imap';
  if (port === 110) return 'pop3';
  return undefined;
}
