// Follows one growing file line by line (tail -F) through rotation by rename and by copytruncate, losing no line.
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Bytes before the read position remembered to recognise the same content later (and in a rotated copy). */
const MARK = 64;

/** Called with each complete line, without its line end. */
export type LineSink = (line: string) => void;

/**
 * One followed file. A truncation (copytruncate) is recognised even when the writer has already written past the old
 * position, because the bytes just before that position are no longer the ones read; the lines written between the
 * last read and the truncation are then read from the rotated copy, and the file again from its start.
 */
export class FileTail {
  #handle: FileHandle | undefined;
  #ino = -1;
  #pos = 0;
  #carry = '';
  #mark: Buffer = Buffer.alloc(0);
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
    await this.drain(sink);
    const st = await stat(this.path).catch(() => undefined);
    if (!st) return;
    if (!this.#handle || st.ino !== this.#ino) {
      // Renamed away: what was appended to the old file since the drain above is read before the new file is opened.
      await this.drain(sink);
      await this.#reopen(sink);
      return;
    }
    if (await this.#truncated(st.size)) {
      await this.#catchUpFromCopy(sink);
      await this.#reopen(sink);
    }
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

  /** Reads the tail of the rotated copy (email.log.1, email.log-20261121) that still holds what was read so far. */
  async #catchUpFromCopy(sink: LineSink): Promise<void> {
    const dir = dirname(this.path);
    const base = basename(this.path);
    const names = await readdir(dir).catch(() => [] as string[]);
    const copies = names.filter((n) => n !== base && n.startsWith(base) && /^[.-]/.test(n.slice(base.length)) && !n.endsWith('.gz'));
    const candidates = await Promise.all(copies.map(async (n) => ({ path: join(dir, n), st: await stat(join(dir, n)).catch(() => undefined) })));
    candidates.sort((a, b) => (b.st?.mtimeMs ?? 0) - (a.st?.mtimeMs ?? 0));
    for (const c of candidates) {
      if (!c.st || c.st.size < this.#pos) continue;
      const handle = await open(c.path, 'r').catch(() => undefined);
      if (!handle) continue;
      try {
        const at = await readAt(handle, this.#pos - this.#mark.length, this.#pos);
        if (!at.equals(this.#mark)) continue;
        await this.#readFrom(handle, this.#pos, sink);
        return;
      } finally {
        await handle.close();
      }
    }
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
      // A writer that kept its old offset after a truncation leaves a hole of NUL bytes before its next line.
      for (const p of parts) sink(p.replace(/\r$/, '').replace(/^\0+/, ''));
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
