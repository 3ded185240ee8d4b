// A bunyan-style logger for nodemailer that records the SMTP dialogue into a Transcript and keeps the replies.
import { format } from 'node:util';
import type { Transcript } from '../../core/transcript.js';

/** One command and the server's reply to it (the greeting has no command). */
export interface SmtpExchange {
  command?: string;
  reply: string;
}

type LogEntry = { tnx?: string } | undefined;

/** Records client and server lines; credential lines that nodemailer masks are logged by the caller instead. */
export class SmtpLog {
  readonly exchanges: SmtpExchange[] = [];
  #lastCommand: string | undefined;
  readonly #transcript: Transcript;

  constructor(transcript: Transcript) {
    this.#transcript = transcript;
  }

  /** Notes a command the caller sent itself (already redacted by the caller when it carries credentials). */
  sent(command: string, options: { secret?: boolean } = {}): void {
    this.#lastCommand = options.secret ? command.replace(/^(AUTH\s+\S+)\s.*$/i, '$1 ***') : command;
    this.#transcript.add('>', command, options);
  }

  #entry(level: string, entry: LogEntry, message: unknown, ...args: unknown[]): void {
    const text = typeof message === 'string' ? format(message, ...args) : '';
    const tnx = entry?.tnx;
    if (tnx === 'client') {
      if (text.includes('/* secret */')) return;
      this.#lastCommand = text;
      for (const line of text.split(/\r?\n/)) this.#transcript.add('>', line);
    } else if (tnx === 'server') {
      this.exchanges.push({ ...(this.#lastCommand !== undefined ? { command: this.#lastCommand } : {}), reply: text });
      for (const line of text.split(/\r?\n/)) this.#transcript.add('<', line);
    } else if (tnx === 'network' || ((level === 'error' || level === 'warn') && tnx !== 'message')) {
      this.#transcript.add('*', text);
    }
  }

  /** The logger object nodemailer expects. */
  logger(): Record<string, (entry: LogEntry, message?: unknown, ...args: unknown[]) => void> {
    const out: Record<string, (entry: LogEntry, message?: unknown, ...args: unknown[]) => void> = {};
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
      out[level] = (entry, message, ...args) => this.#entry(level, entry, message, ...args);
    }
    return out;
  }

  /** The lines of the last EHLO reply (without the code prefix). */
  ehloLines(): string[] {
    const last = [...this.exchanges].reverse().find((e) => e.command && /^EHLO\b/i.test(e.command));
    if (!last) return [];
    return last.reply
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.replace(/^\d{3}[ -]/, '').trim())
      .filter(Boolean);
  }

  /** The server's first line. */
  greeting(): string | undefined {
    return this.exchanges.find((e) => e.command === undefined)?.reply.split(/\r?\n/)[0];
  }
}
