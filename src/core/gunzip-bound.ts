// How far gzip data may unpack: a hard ceiling, and a ratio that gives a gzip bomb away long before it.
import { constants, createGunzip, gunzipSync } from 'node:zlib';
import { InputError } from './errors.js';

/** More output per byte of input than text ever gives (logs and dumps shrink 5-50 times): zeros, a bomb, a damaged stream. */
const BOMB_RATIO = 200;

const mib = (n: number) => `${Math.round(n / 1048576)} MiB`;

/** Why unpacking must stop now, or undefined while `outBytes` from `inBytes` is plausible and within `maxBytes`. */
export function gunzipOverrun(inBytes: number, outBytes: number, maxBytes: number, ratioFloor: number): string | undefined {
  if (outBytes > maxBytes) return `unpacks to more than ${mib(maxBytes)}`;
  if (outBytes > ratioFloor && outBytes > BOMB_RATIO * Math.max(1, inBytes)) {
    return `unpacks to more than ${BOMB_RATIO} times its size (${mib(outBytes)} from the first ${mib(inBytes)}): a gzip bomb or a damaged archive, not a log or dump`;
  }
  return undefined;
}

/** Unpacks gzip data chunk by chunk, stopping with an InputError naming the file as soon as it overruns. */
export function gunzipWithin(buf: Buffer, path: string, what: string, maxBytes: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const gz = createGunzip({ chunkSize: 1 << 20 });
    const chunks: Buffer[] = [];
    let out = 0;
    gz.on('data', (chunk: Buffer) => {
      out += chunk.length;
      const overrun = gunzipOverrun(gz.bytesWritten, out, maxBytes, 64 * 1024 * 1024);
      if (overrun) {
        gz.destroy();
        reject(new InputError(`${what} ${path} ${overrun}; maildoctor stopped reading it there`));
      } else chunks.push(chunk);
    });
    gz.on('end', () => resolve(Buffer.concat(chunks)));
    gz.on('error', (err) => reject(new InputError(`${what} ${path} is not a readable gzip file: ${err.message}`)));
    gz.end(buf);
  });
}

/**
 * What the first bytes of a gzip file unpack to, for a look at its contents (a few KiB in give at most a few MiB out,
 * a bomb included); undefined when they are not gzip data, which the full read then reports.
 */
export function gunzipHead(head: Buffer): Buffer | undefined {
  if (head[0] !== 0x1f || head[1] !== 0x8b) return undefined;
  try {
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return undefined;
  }
}
