// First pass over a block: the literal automaton finds the candidate lines and records, per line, the automaton
// states where literals end. Keeping this loop apart from classification keeps it small and fast.
import { FLAGS, LANE_MIN, LANES, MAX_LINE, NEWLINE, RECORD_BODY, RECORD_COUNT, RECORD_HEAD, RECORD_STAMP, TRIGGER } from './first-pass-layout.js';
import { bodyStart, readFrom, stackFrameEnd } from './line-prefix.js';
import type { LiteralSet } from './literal-set.js';
import { stampWords } from './timestamp.js';

/**
 * The candidate lines of one stretch of a block, in order, in ev[0, w): `start, end, count, message start, hour key,
 * ms from the hour, state × count` (RECORD_HEAD words before the states; the time words as stampWords writes them).
 */
export interface LaneEvents {
  ev: Int32Array;
  w: number;
}

/** One stretch of the block, scanned by its own automaton run: its records of lines with a trigger literal (every line when `everyLine`). */
export class Lane implements LaneEvents {
  ev = new Int32Array(1 << 14);
  w = 0;
  /** Start of the line being read, where its message starts, and the end of the stretch. */
  lineStart = 0;
  body = 0;
  end = 0;
  /** Where reading goes on after the side-by-side run stopped (-1: from the start), and in which automaton state. */
  resume = -1;
  resumeState = 0;
  private open = -1;
  /** True once the line being read holds a trigger literal (see TRIGGER). */
  private triggered = false;

  reset(lineStart: number, end: number): void {
    this.w = 0;
    this.open = -1;
    this.triggered = false;
    this.lineStart = lineStart;
    this.end = end;
    this.resume = -1;
    this.resumeState = 0;
  }

  /** Stores the state of a literal's end (the table value `v` with its flags) in the line's record. */
  hit(v: number): void {
    if (this.open < 0) this.open = this.record(this.lineStart, -1);
    if ((v & TRIGGER) !== 0) this.triggered = true;
    const state = v & ~FLAGS;
    this.room(1);
    this.ev[this.w] = state;
    this.w += 1;
    this.ev[this.open + RECORD_COUNT] = (this.ev[this.open + RECORD_COUNT] as number) + 1;
  }

  close(bytes: Uint8Array, end: number, everyLine: boolean): void {
    let at = this.open;
    if (at >= 0 && !this.triggered && !everyLine) {
      // Only guards, proofs or vetoes ended in this line: no rule can match it, so its record goes.
      this.w = at;
      at = -1;
    } else if (at < 0 && everyLine) at = this.record(this.lineStart, end);
    if (at >= 0) {
      this.ev[at + 1] = end;
      stampWords(bytes, this.ev[at] as number, end, this.ev, at + RECORD_STAMP);
    }
    this.open = -1;
    this.triggered = false;
  }

  private record(start: number, end: number): number {
    this.room(RECORD_HEAD);
    const at = this.w;
    this.ev[at] = start;
    this.ev[at + 1] = end;
    this.ev[at + RECORD_COUNT] = 0;
    this.ev[at + RECORD_BODY] = this.body;
    this.w += RECORD_HEAD;
    return at;
  }

  private room(n: number): void {
    if (this.w + n <= this.ev.length) return;
    const bigger = new Int32Array(this.ev.length * 2);
    bigger.set(this.ev);
    this.ev = bigger;
  }
}

/** The candidate lines of one block, in order: lane 0's lines, then lane 1's, and so on; `huge` counts lines longer than MAX_LINE. */
export class CandidateLines {
  readonly lanes: Lane[] = Array.from({ length: LANES }, () => new Lane());
  /** How many lanes the last block used. */
  used = 1;
  huge = 0;
  private set: LiteralSet | undefined;
  private buf: Buffer = Buffer.alloc(0);
  private bytes: Uint8Array = new Uint8Array(0);
  private everyLine = false;

  /** Runs the automaton over the lines of buf[from, to) (`bytes` views the same memory). */
  find(set: LiteralSet, buf: Buffer, bytes: Uint8Array, from: number, to: number, everyLine: boolean): void {
    this.set = set;
    this.buf = buf;
    this.bytes = bytes;
    this.everyLine = everyLine;
    this.huge = 0;
    this.used = this.split(from, to);
    if (this.used === LANES) this.runSideBySide();
    for (let k = 0; k < this.used; k += 1) this.finish(this.lanes[k] as Lane);
  }

  /**
   * Cuts [from, to) into lanes that start at line starts; returns how many. Blocks of LANE_MIN bytes and more are cut
   * into LANES stretches read side by side: one automaton run waits on each table lookup before the next, and four
   * independent runs keep the core busy during those waits.
   */
  private split(from: number, to: number): number {
    const first = this.lanes[0] as Lane;
    if (to - from < LANE_MIN) {
      first.reset(from, to);
      return 1;
    }
    const cuts = [from];
    for (let k = 1; k < LANES; k += 1) {
      const nl = this.buf.indexOf(10, from + Math.floor(((to - from) * k) / LANES));
      if (nl < 0 || nl + 1 >= to || nl + 1 <= (cuts[k - 1] as number)) break;
      cuts.push(nl + 1);
    }
    cuts.forEach((start, k) => (this.lanes[k] as Lane).reset(start, k + 1 < cuts.length ? (cuts[k + 1] as number) : to));
    return cuts.length;
  }

  /**
   * Reads the four lanes a byte each per step until one of them reaches its end. Every lane is made to end just after
   * a newline (the last one is stopped before its last line, which `finish` reads), so an end is only ever reached
   * through a newline event and the plain steps need no bounds test.
   */
  private runSideBySide(): void {
    const { table, classes } = this.set as LiteralSet;
    const bytes = this.bytes;
    const [l0, l1, l2, l3] = this.lanes as [Lane, Lane, Lane, Lane];
    const e0 = l0.end;
    const e1 = l1.end;
    const e2 = l2.end;
    const e3 = this.buf.lastIndexOf(10, l3.end - 1) + 1;
    let i0 = this.start(l0);
    let i1 = this.start(l1);
    let i2 = this.start(l2);
    let i3 = this.start(l3);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    while (i0 < e0 && i1 < e1 && i2 < e2 && i3 < e3) {
      for (;;) {
        const v0 = table[s0 + (classes[bytes[i0] as number] as number)] as number;
        const v1 = table[s1 + (classes[bytes[i1] as number] as number)] as number;
        const v2 = table[s2 + (classes[bytes[i2] as number] as number)] as number;
        const v3 = table[s3 + (classes[bytes[i3] as number] as number)] as number;
        s0 = v0 & ~FLAGS;
        s1 = v1 & ~FLAGS;
        s2 = v2 & ~FLAGS;
        s3 = v3 & ~FLAGS;
        if (((v0 | v1 | v2 | v3) & 3) === 0) {
          i0 += 1;
          i1 += 1;
          i2 += 1;
          i3 += 1;
          continue;
        }
        i0 = (v0 & 3) === 0 ? i0 + 1 : this.event(l0, i0, v0);
        i1 = (v1 & 3) === 0 ? i1 + 1 : this.event(l1, i1, v1);
        i2 = (v2 & 3) === 0 ? i2 + 1 : this.event(l2, i2, v2);
        i3 = (v3 & 3) === 0 ? i3 + 1 : this.event(l3, i3, v3);
        break;
      }
    }
    park(l0, i0, s0);
    park(l1, i1, s1);
    park(l2, i2, s2);
    park(l3, i3, s3);
  }

  /** Reads the rest of a lane one byte at a time. */
  private finish(lane: Lane): void {
    const { table, classes } = this.set as LiteralSet;
    const bytes = this.bytes;
    const to = lane.end;
    let i = lane.resume >= 0 ? lane.resume : this.start(lane);
    let state = lane.resumeState;
    while (i < to) {
      const v = table[state + (classes[bytes[i] as number] as number)] as number;
      state = v & ~FLAGS;
      i = (v & 3) === 0 ? i + 1 : this.event(lane, i, v);
    }
    if (lane.lineStart < to) lane.close(bytes, to, this.everyLine);
  }

  /** Skips the lane's leading stack frames; returns where the automaton starts reading. */
  private start(lane: Lane): number {
    lane.lineStart = this.skipFrames(lane.lineStart, lane.end);
    lane.body = bodyStart(this.bytes, lane.lineStart, lane.end);
    return readFrom(this.bytes, lane.lineStart, lane.body);
  }

  /** Handles a newline or a literal ending at byte `i` of `lane`; returns the next byte to read. */
  private event(lane: Lane, i: number, v: number): number {
    if ((v & NEWLINE) === 0) {
      lane.hit(v);
      return i + 1;
    }
    if (i - lane.lineStart > MAX_LINE) this.huge += 1;
    lane.close(this.bytes, i, this.everyLine);
    lane.lineStart = this.skipFrames(i + 1, lane.end);
    lane.body = bodyStart(this.bytes, lane.lineStart, lane.end);
    return readFrom(this.bytes, lane.lineStart, lane.body);
  }

  /** Skips the stack-frame lines starting at `s` (never classified, so the automaton need not read them); returns the next line's start. */
  private skipFrames(s: number, to: number): number {
    const buf = this.buf;
    let start = s;
    while (start < to && (buf[start] === 9 || buf[start] === 32)) {
      const e = stackFrameEnd(buf, start, to);
      if (e < 0) return start;
      if (e >= to) return to;
      if (e - start > MAX_LINE) this.huge += 1;
      start = e + 1;
    }
    return start;
  }
}

function park(lane: Lane, i: number, state: number): void {
  lane.resume = i;
  lane.resumeState = state;
}
