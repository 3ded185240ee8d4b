// Follows one growing file line by line (tail -F) through rotation by rename and by copytruncate, losing no line.
import { open, stat, type FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { copiesChanged, snapshotCopies, type CopySnapshot } from './rotated-copies.js';

/** Bytes before the read position remembered to recognise the same content later (and in a rotated copy). */
const MARK = 64;

/** Called with each complete line, without its line end. */
export type LineSink = (line: string) => void;

/** A line as handed over: no carriage return, and no hole of NUL bytes a writer that kept its old offset left before it. */
const clean = (line: string) => line.replace(/\r$/, '').replace(/^\0+/, '');

/**
 * One followed file. A truncation (copytruncate) is recognised even when the writer has already written past the old
 * position, because the bytes just before that position are no longer the ones read; the lines written between the
 * last read and the truncation are then read from the rotated copy, and the file again from its start. Rotated copies
 * made since the file was opened (a second rotation within one poll, or a generation that ended before a byte of it
 * was read) are read too.
 */
export class FileTail {
  #handle: FileHandle | undefined;
  #ino = -1;
  #pos = 0;
  #carry = '';
  #mark: Buffer = Buffer.alloc(0);
  /** The rotated copies when this generation of the file was opened. */
  #copies: CopySnapshot = new Map();
  readonly #buf: Buffer;

  constructor(
    readonly path: string,
    readonly maxLine: number,
    chunk = 1 << 20,
  ) {
    this.#buf = Buffer.allocUnsafe(chunk);
  }

  /** Opens the file at its end (like tail -f), or at its start; a missing file is waited for. */
  async open(fromStart: boolean): Promise<void> {
    this.#copies = await snapshotCopies(this.path);
    try {
      const st = await stat(this.path);
      this.#handle = await open(this.path, 'r');
      this.#ino = st.ino;
      this.#pos = fromStart ? 0 : st.size;
      this.#carry = '';
      this.#mark = await readAt(this.#handle, Math.max(0, this.#pos - MARK), this.#pos);
    } catch {
      this.#handle = undefined;
    }
  }

  /** Reads what was appended and hands over complete lines; reads nothing once the file was truncated under it. */
  async drain(sink: LineSink): Promise<void> {
    if (this.#handle) this.#pos = await this.#readFrom(this.#handle, this.#pos, sink, true);
  }

  /** Whether the bytes before the read position are still the ones read (undefined: nothing to compare yet). */
  async #marked(handle: FileHandle): Promise<boolean | undefined> {
    if (this.#mark.length === 0) return undefined;
    return (await readAt(handle, this.#pos - this.#mark.length, this.#pos)).equals(this.#mark);
  }

  /** One round: new lines, then rotation (new inode) or truncation, each followed at once so that no line is skipped. */
  async poll(sink: LineSink): Promise<void> {
    await this.#endedUnread(sink);
    await this.drain(sink);
    const st = await stat(this.path).catch(() => undefined);
    if (!st) return;
    if (!this.#handle || st.ino !== this.#ino) {
      // Renamed away: what was appended to the old file since the drain above is read before the new file is opened,
      // then any generation that was created and renamed away in between (rotated twice within one poll).
      const old = this.#handle ? this.#ino : undefined;
      await this.drain(sink);
      if (old !== undefined) await this.#readNewCopies(sink, old);
      await this.#reopen(sink);
      return;
    }
    if (await this.#truncated(st.size)) {
      const source = await this.#catchUpFromCopy(sink);
      await this.#readNewCopies(sink, source);
      await this.#reopen(sink);
    }
  }

  /**
   * Nothing was read from this generation yet, so neither its size nor its bytes (nor its time stamps, a clock tick
   * apart) can tell that it was copied and truncated since; a rotated copy made since it was opened can, and holds its
   * lines. Looked at only while the file is still empty to this tail.
   */
  async #endedUnread(sink: LineSink): Promise<void> {
    if (!this.#handle || this.#pos !== 0) return;
    const st = await stat(this.path).catch(() => undefined);
    if (st?.ino === this.#ino) await this.#readNewCopies(sink);
  }

  /** Reads what rotated copies gained since this generation was opened (except the copy `skip`, already read). */
  async #readNewCopies(sink: LineSink, skip?: number): Promise<void> {
    const now = await snapshotCopies(this.path, this.#copies);
    for (const range of copiesChanged(this.#copies, now)) {
      if (range.ino === skip) continue;
      const handle = await open(range.path, 'r').catch(() => undefined);
      if (!handle) continue;
      try {
        await readCopy(handle, range.from, this.#buf, this.maxLine, sink);
      } finally {
        await handle.close();
      }
    }
    this.#copies = now;
  }

  /** Closes the file. */
  async close(): Promise<void> {
    await this.#handle?.close();
    this.#handle = undefined;
  }

  async #reopen(sink: LineSink): Promise<void> {
    await this.close();
    await this.open(true);
    await this.drain(sink);
  }

  /** True when the file is shorter than what was read, or the bytes before the read position changed. */
  async #truncated(size: number): Promise<boolean> {
    if (size < this.#pos) return true;
    return this.#handle !== undefined && (await this.#marked(this.#handle)) === false;
  }

  /** Reads the tail of the rotated copy (email.log.1, email.log-20261121) that still holds what was read so far; its inode. */
  async #catchUpFromCopy(sink: LineSink): Promise<number | undefined> {
    const copies = [...(await snapshotCopies(this.path)).values()].sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const c of copies) {
      if (c.size < this.#pos) continue;
      const handle = await open(c.path, 'r').catch(() => undefined);
      if (!handle) continue;
      try {
        const at = await readAt(handle, this.#pos - this.#mark.length, this.#pos);
        if (!at.equals(this.#mark)) continue;
        await this.#readFrom(handle, this.#pos, sink);
        return c.ino;
      } finally {
        await handle.close();
      }
    }
    return undefined;
  }

  /**
   * Reads `handle` from `pos` to its end, emitting complete lines; returns the new position. With `guard`, a chunk is
   * only used when the bytes before it are still the ones read before it: a truncation during the read discards it.
   */
  async #readFrom(handle: FileHandle, from: number, sink: LineSink, guard = false): Promise<number> {
    let pos = from;
    for (;;) {
      if (guard && (await this.#marked(handle)) === false) break;
      const { bytesRead } = await handle.read(this.#buf, 0, this.#buf.length, pos);
      if (bytesRead <= 0) break;
      if (guard && (await this.#marked(handle)) === false) break;
      pos += bytesRead;
      const text = this.#carry + this.#buf.toString('utf8', 0, bytesRead);
      const parts = text.split('\n');
      this.#carry = (parts.pop() ?? '').slice(0, this.maxLine);
      for (const p of parts) sink(clean(p));
      this.#pos = pos;
      this.#mark = bytesRead >= MARK ? Buffer.from(this.#buf.subarray(bytesRead - MARK, bytesRead)) : await readAt(handle, Math.max(0, pos - MARK), pos);
    }
    return pos;
  }
}

async function readAt(handle: FileHandle, from: number, to: number): Promise<Buffer> {
  if (to <= from) return Buffer.alloc(0);
  const buf = Buffer.alloc(to - from);
  const { bytesRead } = await handle.read(buf, 0, buf.length, from);
  return buf.subarray(0, bytesRead);
}

/** Hands over every line of a rotated copy from `from` to its end, the last one even without a line end: the copy is complete. */
async function readCopy(handle: FileHandle, from: number, buf: Buffer, maxLine: number, sink: LineSink): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pos = from;
  let carry = '';
  for (;;) {
    const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
    if (bytesRead <= 0) break;
    pos += bytesRead;
    const parts = (carry + decoder.write(buf.subarray(0, bytesRead))).split('\n');
    carry = (parts.pop() ?? '').slice(0, maxLine);
    for (const p of parts) sink(clean(p));
  }
  const last = carry + decoder.end();
  if (last) sink(clean(last));
}
