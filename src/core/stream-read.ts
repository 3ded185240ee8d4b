// Reads a stream (standard input, a named pipe) whole, but never waits forever for it nor takes more than a bound.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { Socket } from 'node:net';
import { InputError } from './errors.js';

/** How long a read may wait for more data, and how much it may take in all. */
export interface StreamBounds {
  /** Milliseconds without a byte after which the read gives up; 0 waits as long as it takes (a person typing). */
  idleMs: number;
  maxBytes: number;
}

/** Everything `stream` delivers until it ends; an InputError when it goes quiet for `idleMs` or passes `maxBytes`. */
export function readStreamWithin(stream: NodeJS.ReadableStream, what: string, bounds: StreamBounds): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (err?: Error) => {
      clearTimeout(timer);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      if (err) {
        stream.pause();
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        reject(err);
      } else resolve(Buffer.concat(chunks));
    };
    const arm = () => {
      clearTimeout(timer);
      if (bounds.idleMs <= 0) return;
      timer = setTimeout(
        () => finish(new InputError(`nothing arrived on ${what} for ${Math.round(bounds.idleMs / 100) / 10} s; pipe the text in, or give a file`)),
        bounds.idleMs,
      );
    };
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > bounds.maxBytes)
        return finish(new InputError(`${what} holds more than ${Math.round(bounds.maxBytes / 1048576)} MiB; maildoctor reads at most that much from it`));
      chunks.push(buf);
      arm();
    };
    const onEnd = () => finish();
    const onError = (err: Error) => finish(new InputError(`cannot read ${what}: ${err.message}`));
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    arm();
    stream.resume();
  });
}

/** Reads a named pipe without blocking a thread on it: opened non-blocking and read as a socket, under the same bounds. */
export async function readPipeWithin(path: string, what: string, bounds: StreamBounds): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const socket = new Socket({ fd: handle.fd, readable: true, writable: false });
  try {
    return await readStreamWithin(socket, what, bounds);
  } finally {
    socket.destroy();
  }
}
