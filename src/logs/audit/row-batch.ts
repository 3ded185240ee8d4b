// Classified audit rows packed for the trip from the reading thread to the analysing one. Cloning a message costs per
// string (more than reading the row did), so the rows travel through memory both threads share: each row's cells and
// captures as one UTF-8 text, the numbers beside it. The receiving thread decodes a row's text once and cuts its cells
// out of it (as the reader cut them out of the record: a row keeps its own string alive, and nothing more).
import { AUDIT_STATUSES, type AuditStatus } from '../../knowledge/audit-messages.js';
import type { Classification } from './classify.js';
import type { AuditRow } from './row.js';

/** Numbers per row before its lengths: line, status, match head, captures, text bytes. */
const HEAD = 5;
/** Text cells per row: time, server, address, subject, status text, message, message id. */
const WIDTH = 7;
/** A cell length that means "as in the row before". */
const SAME = -1;
/** Text bytes that mean "in the batch's `long` list" (a row too long for a slot, or text UTF-8 cannot carry). */
const LONG = -1;
const STATUS_INDEX = new Map<AuditStatus, number>(AUDIT_STATUSES.map((s, i) => [s, i]));

/** Buffer's own codecs without the argument checks of write and toString (present on every Node Buffer, absent from the types). */
interface DirectUtf8 {
  utf8Write(text: string, offset: number): number;
  utf8Slice(start: number, end: number): string;
}

/** String.prototype.isWellFormed (Node 20), absent from the ES2022 types. */
function wellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/** One slot of the shared memory: the rows' texts and their numbers. */
export interface Slot {
  text: Buffer;
  numbers: Float64Array;
}

/** What goes with a filled slot: how many rows, their distinct matches (captures left out), and texts that did not fit. */
export interface RowBatch {
  count: number;
  heads: Classification[];
  long: string[];
}

/** Fills a slot with classified rows. */
export class RowPacker {
  private slot: Slot | undefined;
  private bytes = 0;
  private at = 0;
  private batch: RowBatch = { count: 0, heads: [], long: [] };
  private byCause = new Map<string, number>();
  private prev: AuditRow | undefined;

  /** Rows packed since the slot was given. */
  get size(): number {
    return this.batch.count;
  }

  /** Starts filling `slot`. */
  start(slot: Slot): void {
    this.slot = slot;
    this.bytes = 0;
    this.at = 0;
    this.batch = { count: 0, heads: [], long: [] };
    this.byCause = new Map();
    this.prev = undefined;
  }

  /** Adds a row (its `match` set) when the slot has room for it; false when it has not (take the batch, start another). */
  add(row: AuditRow): boolean {
    const slot = this.slot!;
    const n = slot.numbers;
    const m = row.match;
    let captures = 0;
    if (m) for (const _ in m.captures) captures += 1;
    const at = this.at;
    if (at + HEAD + WIDTH + 2 * captures > n.length) return false;
    const p = this.prev;
    let k = at + HEAD;
    n[k++] = row.rawTime.length;
    let text = row.rawTime + this.cell(row.server, p?.server, k++);
    n[k++] = row.address.length;
    n[k++] = row.subject.length;
    text += row.address + row.subject + this.cell(row.statusText, p?.statusText, k++);
    text += this.cell(row.message, p?.message, k++) + this.cell(row.messageId, p?.messageId, k++);
    if (m) {
      for (const key in m.captures) {
        const v = m.captures[key] as string;
        text += key + v;
        n[k++] = key.length;
        n[k++] = v.length;
      }
    }
    // UTF-8 takes at most three bytes per UTF-16 unit, and cannot carry a lone surrogate (a JSON export may hold one).
    let size = LONG;
    if (text.length * 3 <= slot.text.length && wellFormed(text)) {
      if (this.bytes + text.length * 3 > slot.text.length) return false;
      size = (slot.text as unknown as DirectUtf8).utf8Write(text, this.bytes);
      this.bytes += size;
    } else this.batch.long.push(text);
    n[at] = row.line;
    n[at + 1] = row.status === undefined ? -1 : (STATUS_INDEX.get(row.status) as number);
    n[at + 2] = m ? this.head(m) : -1;
    n[at + 3] = captures;
    n[at + 4] = size;
    this.at = k;
    this.batch.count += 1;
    this.prev = row;
    return true;
  }

  /** What goes with the filled slot. */
  take(): RowBatch {
    return this.batch;
  }

  /** A repeating cell's text, or nothing when it equals the row before's; its length (or SAME) goes to number `k`. */
  private cell(value: string, before: string | undefined, k: number): string {
    const same = value === before;
    (this.slot as Slot).numbers[k] = same ? SAME : value.length;
    return same ? '' : value;
  }

  /** The head index of a match: one per cause, status and disposition (captures left out). */
  private head(m: Classification): number {
    const heads = this.batch.heads;
    const h = this.byCause.get(m.cause);
    if (h !== undefined) {
      const known = heads[h] as Classification;
      if (known.status === m.status && known.disposition === m.disposition) return h;
    }
    const fresh = heads.push({ cause: m.cause, status: m.status, disposition: m.disposition, captures: {} }) - 1;
    this.byCause.set(m.cause, fresh);
    return fresh;
  }
}

/** Calls `onRow` with each row of a filled slot, as the reader made it (match set, step and time still to come). */
export function unpackRows(slot: Slot, batch: RowBatch, onRow: (row: AuditRow) => void): void {
  const n = slot.numbers;
  const bytes = slot.text as unknown as DirectUtf8;
  const { heads, long } = batch;
  let server = '';
  let statusText = '';
  let message = '';
  let messageId = '';
  let start = 0;
  let longAt = 0;
  for (let i = 0, at = 0; i < batch.count; i += 1) {
    const size = n[at + 4] as number;
    let text: string;
    if (size === LONG) text = long[longAt++] as string;
    else {
      text = bytes.utf8Slice(start, start + size);
      start += size;
    }
    let k = at + HEAD;
    let pos = n[k++] as number;
    const rawTime = text.slice(0, pos);
    let len = n[k++] as number;
    if (len !== SAME) server = text.slice(pos, (pos += len));
    len = n[k++] as number;
    const address = text.slice(pos, (pos += len));
    len = n[k++] as number;
    const subject = text.slice(pos, (pos += len));
    len = n[k++] as number;
    if (len !== SAME) statusText = text.slice(pos, (pos += len));
    len = n[k++] as number;
    if (len !== SAME) message = text.slice(pos, (pos += len));
    len = n[k++] as number;
    if (len !== SAME) messageId = text.slice(pos, (pos += len));
    const h = n[at + 2] as number;
    // A match without captures is its head (matches are only read): one object per batch rather than one per row.
    let match: Classification | null = h < 0 ? null : (heads[h] as Classification);
    const captures = n[at + 3] as number;
    if (match && captures > 0) {
      const found: Record<string, string> = {};
      for (let c = 0; c < captures; c += 1) {
        const key = text.slice(pos, (pos += n[k++] as number));
        found[key] = text.slice(pos, (pos += n[k++] as number));
      }
      match = { cause: match.cause, status: match.status, disposition: match.disposition, captures: found };
    }
    const s = n[at + 1] as number;
    onRow({
      line: n[at] as number,
      rawTime,
      server,
      address,
      subject,
      statusText,
      status: s < 0 ? undefined : AUDIT_STATUSES[s],
      message,
      messageId,
      match,
      step: undefined,
      time: undefined,
    });
    at = k;
  }
}
