// Reads CRLF lines from a socket one at a time, each read bounded by a timeout and a signal.
import type { Socket } from 'node:net';

/** Longest reply line accepted (64 KiB): a mail server's lines are a few hundred bytes; past this it is not one. */
export const MAX_LINE = 64 * 1024;

/** Why a line could not be read: nothing in time, the peer closed, a socket error, binary data, or a line without end. */
export class ReadError extends Error {
  override name = 'ReadError';
  constructor(
    readonly kind: 'timeout' | 'closed' | 'error' | 'binary' | 'too-long',
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Pulls lines off a plain socket for a text protocol dialogue (SMTP, IMAP, POP3). */
export class LineReader {
  #buf = '';
  #lines: string[] = [];
  #failure: ReadError | undefined;
  #wake: (() => void) | undefined;
  readonly #socket: Socket;
  readonly #onData = (chunk: Buffer) => {
    this.#buf += chunk.toString('latin1');
    let i: number;
    while ((i = this.#buf.indexOf('\n')) >= 0) {
      this.#lines.push(this.#buf.slice(0, i).replace(/\r$/, ''));
      this.#buf = this.#buf.slice(i + 1);
    }
    if (this.#buf.length > MAX_LINE) this.#fail(new ReadError('too-long', `the server sent more than ${MAX_LINE / 1024} KiB without ending the line`));
    this.#wake?.();
  };
  readonly #onEnd = () => this.#fail(new ReadError('closed', 'the server closed the connection'));
  readonly #onError = (err: NodeJS.ErrnoException) => this.#fail(new ReadError('error', err.message, err.code));

  constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', this.#onData);
    socket.on('end', this.#onEnd);
    socket.on('close', this.#onEnd);
    socket.on('error', this.#onError);
  }

  #fail(err: ReadError): void {
    this.#failure ??= err;
    this.#wake?.();
  }

  /** The next line within `timeoutMs` from now (bytes trickling in do not extend it); rejects with ReadError. */
  async readLine(timeoutMs: number, signal: AbortSignal): Promise<string> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const line = this.#lines.shift();
      if (line !== undefined) {
        if (/[\x00-\x08\x0e-\x1f]/.test(line)) throw new ReadError('binary', 'the server sent binary data, not a text line');
        return line;
      }
      if (this.#failure) throw this.#failure;
      const left = deadline - performance.now();
      if (left <= 0)
        throw new ReadError(
          'timeout',
          this.#buf.length > 0 ? `no complete line within ${timeoutMs} ms (${this.#buf.length} bytes of one arrived)` : `no reply within ${timeoutMs} ms`,
        );
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          this.#wake = undefined;
        };
        const timer = setTimeout(() => {
          done();
          resolve();
        }, left);
        const onAbort = () => {
          done();
          reject(new ReadError('timeout', 'no reply before the check was stopped'));
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        this.#wake = () => {
          done();
          resolve();
        };
      });
    }
  }

  /** Stops reading so that the socket can be handed to TLS; returns unread bytes (normally none). */
  detach(): string {
    this.#socket.off('data', this.#onData);
    this.#socket.off('end', this.#onEnd);
    this.#socket.off('close', this.#onEnd);
    this.#socket.off('error', this.#onError);
    const rest = this.#lines.map((l) => `${l}\n`).join('') + this.#buf;
    this.#lines = [];
    this.#buf = '';
    return rest;
  }
}
