// Records a protocol conversation for --verbose, redacting credentials before a line is stored and counting the masks.
import { redactCounting, type MaskCounter } from './redact.js';
import type { CheckOutcome, TranscriptLine } from './types.js';

const MAX_LINE = 500;
const MAX_LINES = 400;

/** How a line's text came to the recorder. */
export interface LineOptions {
  /** Replace the text after the command word (and SASL mechanism) with `***`. */
  secret?: boolean;
  /** Secrets the caller already replaced with `***` in the text (a LOGIN password, a client_secret). */
  masked?: number;
}

/** Collects transcript lines with their time since the recorder was made, and how many secrets were masked in them. */
export class Transcript {
  readonly lines: TranscriptLine[] = [];
  readonly #started = performance.now();
  readonly #masks: MaskCounter = { n: 0 };

  /** Adds a line, masked: by `options`, then by the redaction step. */
  add(dir: TranscriptLine['dir'], text: string, options: LineOptions = {}): void {
    if (this.lines.length >= MAX_LINES) return;
    let clean = text.replace(/\r?\n$/, '');
    if (options.secret) {
      const masked = clean.replace(/^(\S+(?:\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER))?).*$/i, (_, head: string) => (head === clean ? '***' : `${head} ***`));
      if (masked !== clean) this.#masks.n += 1;
      clean = masked;
    }
    this.#masks.n += options.masked ?? 0;
    clean = redactCounting(clean, this.#masks);
    if (clean.length > MAX_LINE) clean = `${clean.slice(0, MAX_LINE)}… (${clean.length} chars)`;
    this.lines.push({ dir, text: clean, at: Math.round(performance.now() - this.#started) });
  }

  /** The transcript part of a check's outcome: the lines, and the masks made in them for `redacted: N`. */
  outcome(): Pick<CheckOutcome, 'transcript' | 'transcriptMasks'> {
    return { transcript: this.lines, ...(this.#masks.n > 0 ? { transcriptMasks: this.#masks.n } : {}) };
  }
}
