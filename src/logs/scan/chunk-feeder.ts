// Cuts a byte stream into blocks of complete lines in one fixed buffer; huge lines are cut and counted.
import { CHUNK, MAX_LINE } from './options.js';

/** Called with buf[from, to) holding complete lines; `base` is the stream offset of buf[0]. */
export type BlockSink = (buf: Buffer, from: number, to: number, base: number) => void;

/** A fixed-size line buffer: constant memory whatever the input size. */
export class ChunkFeeder {
  readonly buf: Buffer;
  len = 0;
  /** Stream offset of buf[0]. */
  base = 0;
  /** True while discarding the rest of a huge line (or the partial first line of a range). */
  skipping = false;
  huge = 0;

  /** `buf` may be a buffer the caller reuses from task to task (fresh memory costs a page fault per 4 KiB). */
  constructor(
    private readonly sink: BlockSink,
    buf: Buffer = Buffer.allocUnsafe(CHUNK),
  ) {
    this.buf = buf;
  }

  /** Free space to read into. */
  space(): Buffer {
    return this.buf.subarray(this.len);
  }

  /** Copies bytes in (for decompressed streams), flushing as the buffer fills. */
  push(data: Uint8Array): void {
    let at = 0;
    while (at < data.length) {
      const n = Math.min(data.length - at, this.buf.length - this.len);
      this.buf.set(data.subarray(at, at + n), this.len);
      at += n;
      this.commit(n);
    }
  }

  /** Accepts `n` bytes written into space(), and scans the complete lines. */
  commit(n: number): void {
    this.len += n;
    if (this.skipping) {
      const nl = this.buf.indexOf(10);
      if (nl < 0 || nl >= this.len) {
        this.drop(this.len);
        return;
      }
      this.skipping = false;
      this.drop(nl + 1);
    }
    const last = this.buf.lastIndexOf(10, this.len - 1);
    if (last >= 0) {
      this.sink(this.buf, 0, last + 1, this.base);
      this.drop(last + 1);
    }
    if (this.len >= MAX_LINE) {
      this.huge += 1;
      this.sink(this.buf, 0, this.len, this.base);
      this.drop(this.len);
      this.skipping = true;
    }
  }

  /** Scans a last line without a newline. */
  end(): void {
    if (this.len > 0 && !this.skipping) this.sink(this.buf, 0, this.len, this.base);
    this.drop(this.len);
  }

  private drop(n: number): void {
    if (n < this.len) this.buf.copyWithin(0, n, this.len);
    this.len -= n;
    this.base += n;
  }
}
