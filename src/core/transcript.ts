// Records a protocol conversation for --verbose, redacting credentials before a line is stored.
import { redact } from './redact.js';
import type { TranscriptLine } from './types.js';

const MAX_LINE = 500;
const MAX_LINES = 400;

/** Collects transcript lines with their time since the recorder was made. */
export class Transcript {
  readonly lines: TranscriptLine[] = [];
  readonly #started = performance.now();

  /** Adds a line; `secret: true` replaces its text after the command word with `***`. */
  add(dir: TranscriptLine['dir'], text: string, options: { secret?: boolean } = {}): void {
    if (this.lines.length >= MAX_LINES) return;
    let clean = text.replace(/\r?\n$/, '');
    if (options.secret) clean = clean.replace(/^(\S+(?:\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER))?).*$/i, (_, head: string) => (head === clean ? '***' : `${head} ***`));
    clean = redact(clean);
    if (clean.length > MAX_LINE) clean = `${clean.slice(0, MAX_LINE)}… (${clean.length} chars)`;
    this.lines.push({ dir, text: clean, at: Math.round(performance.now() - this.#started) });
  }
}
