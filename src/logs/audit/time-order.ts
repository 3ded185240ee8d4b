// Gives an export's rows to the journey follower in time order as they stream in, for exports written oldest first
// or a little out of order; says when that did not work, so that the journeys are followed again over sorted rows.
import type { DateOrder } from './time-format.js';
import { PHASE } from './chronology.js';
import type { ClassifiedRow } from './classified.js';
import type { JourneyFollower } from './journey.js';
import { Reorder } from './reorder.js';

/** How far out of time order rows may come and still stream. */
const REORDER_MS = 300_000;

/** A row waiting for the journey follower: its time, journey step and place in the file. */
interface Waiting {
  row: ClassifiedRow;
  t: number;
  phase: number;
  seq: number;
}

/** True when `a` goes to the follower before `b` (time, then journey step, then file order), as a full sort puts them. */
function before(a: Waiting, b: Waiting | undefined): boolean {
  if (!b) return false;
  return a.t !== b.t ? a.t < b.t : a.phase !== b.phase ? a.phase < b.phase : a.seq < b.seq;
}

/**
 * Rows wait until rows REORDER_MS later have come, then go to the follower in time order (journey-step order at equal
 * times, then file order). A row that comes later than that, an export written newest first, or a change of the day
 * order the rows were read in means the follower's result does not hold.
 */
export class TimeOrder {
  private readonly waiting = new Reorder<Waiting>(before);
  private latest = -Infinity;
  private lastOut: Waiting | undefined;
  private order: DateOrder | undefined;
  private seq = 0;
  private ascending = true;
  private descending = true;
  private prev = -Infinity;
  private disordered = false;
  private untimed = 0;

  constructor(private readonly follower: JourneyFollower) {}

  /** Takes a row with a journey step read at time `t` in day order `order` (NaN: this order cannot read it). */
  add(row: ClassifiedRow, t: number, order: DateOrder): void {
    if (order !== this.order) {
      if (this.seq > 0) this.disordered = true;
      this.order = order;
    }
    // A row only the other day order can read is left out, as it will be if this order holds.
    if (Number.isNaN(t)) return;
    row.time = t;
    if (t < this.prev) this.ascending = false;
    if (t > this.prev && this.seq > 0) this.descending = false;
    this.prev = t;
    const entry: Waiting = { row, t, phase: PHASE[row.step!], seq: this.seq };
    this.seq += 1;
    if (before(entry, this.lastOut)) this.disordered = true;
    this.waiting.push(entry);
    if (t > this.latest) this.latest = t;
    while (this.waiting.size > 0 && (this.waiting.peek() as Waiting).t < this.latest - REORDER_MS) this.emit(this.waiting.shift() as Waiting);
  }

  /** Counts a row with a journey step but no readable time (journeys leave it out when any row has a time). */
  addUntimed(): void {
    this.untimed += 1;
  }

  /** Gives the follower the rows still waiting. */
  drain(): void {
    while (this.waiting.size > 0) this.emit(this.waiting.shift() as Waiting);
  }

  /**
   * Whether the follower's result holds for the day order the column decided and `anyTime` (whether any kept row has
   * a time): not when rows came too late, newest first, in another day order, or all without a time.
   */
  held(order: DateOrder, anyTime: boolean): boolean {
    const inOrder = !this.disordered && (this.order === undefined || this.order === order) && (this.ascending || !this.descending);
    return inOrder && (this.untimed === 0 || anyTime);
  }

  private emit(entry: Waiting): void {
    this.lastOut = entry;
    this.follower.add(entry.row);
  }
}
