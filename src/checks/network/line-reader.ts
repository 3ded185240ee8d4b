// Reads CRLF lines from a socket one at a time, each read bounded by a timeout and a signal.
import type { Socket } from 'node:net';

/** Longest line accepted before the peer is judged not to speak a line protocol. */
const MAX_LINE = 8192;

/** Why a line could not be read: nothing in time, the peer closed, a socket error, or binary data. */
export class ReadError extends Error {
  override name = 'ReadError';
  constructor(
    readonly kind: 'timeout' | 'closed' | 'error' | 'binary',
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
    if (this.#buf.length > MAX_LINE) this.#fail(new ReadError('binary', `no line end in the first ${MAX_LINE} bytes`));
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

  /** The next line; rejects with ReadError on timeout, close, error or binary data. */
  async readLine(timeoutMs: number, signal: AbortSignal): Promise<string> {
    for (;;) {
      const line = this.#lines.shift();
      if (line !== undefined) {
        if (/[\x00-\x08\x0e-\x1f]/.test(line)) throw new ReadError('binary', 'the server sent binary data, not a text line');
        return line;
      }
      if (this.#failure) throw this.#failure;
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          this.#wake = undefined;
        };
        const timer = setTimeout(() => {
          done();
          reject(new ReadError('timeout', `no reply within ${timeoutMs} ms`));
        }, timeoutMs);
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
