// The memory the reading thread and the analysing thread share: a few slots that the reader fills with rows and the
// analyser empties, each slot's state (free or filled) beside them so that the reader waits for a free one.
import type { Slot } from './row-batch.js';

/** Slots the reader may fill ahead of the analyser. */
const SLOTS = 4;
/** Text bytes and numbers per slot: a few 256 KiB chunks of an export. */
const TEXT_BYTES = 1 << 20;
const NUMBERS = 1 << 16;
const FREE = 0;
const FILLED = 1;

/** The shared buffers, as sent to the reading thread. */
export interface RingBuffers {
  data: SharedArrayBuffer;
  state: SharedArrayBuffer;
}

/** Slots over shared buffers (new ones, or the ones another thread made). */
export class SlotRing {
  readonly buffers: RingBuffers;
  readonly slots: Slot[];
  private readonly state: Int32Array;

  constructor(buffers?: RingBuffers) {
    const size = TEXT_BYTES + NUMBERS * 8;
    this.buffers = buffers ?? { data: new SharedArrayBuffer(SLOTS * size), state: new SharedArrayBuffer(SLOTS * 4) };
    this.state = new Int32Array(this.buffers.state);
    this.slots = Array.from({ length: SLOTS }, (_, k) => ({
      numbers: new Float64Array(this.buffers.data, k * size, NUMBERS),
      text: Buffer.from(this.buffers.data, k * size + NUMBERS * 8, TEXT_BYTES),
    }));
  }

  /** The slot after `k`. */
  next(k: number): number {
    return (k + 1) % SLOTS;
  }

  /** Marks slot `k` filled (the reader hands it over). */
  fill(k: number): void {
    Atomics.store(this.state, k, FILLED);
  }

  /** Blocks until slot `k` is free (only the reading thread may block). */
  waitFree(k: number): void {
    while (Atomics.load(this.state, k) !== FREE) Atomics.wait(this.state, k, FILLED);
  }

  /** Marks slot `k` free again and wakes a reader waiting for it. */
  free(k: number): void {
    Atomics.store(this.state, k, FREE);
    Atomics.notify(this.state, k);
  }
}
