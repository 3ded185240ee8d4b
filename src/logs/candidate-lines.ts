// First pass over a block: the literal automaton finds the candidate lines and records, per line, the automaton
// states where literals end. Keeping this loop apart from classification keeps it small and fast.
import { isTimestamp, skipLogPrefix, stackFrameEnd, TIMESTAMP_LEN } from './line-prefix.js';
import { NEWLINE, type LiteralSet } from './literal-set.js';
import { MAX_LINE } from './options.js';

/**
 * The candidate lines of one block, in order: `start, end, count, state × count` for each line with a literal
 * (every line when `everyLine`); `huge` counts lines longer than MAX_LINE.
 */
export class CandidateLines {
  ev = new Int32Array(1 << 16);
  w = 0;
  huge = 0;
  private open = -1;

  /** Runs the automaton over the lines of buf[from, to) (`bytes` views the same memory). */
  find(set: LiteralSet, buf: Buffer, bytes: Uint8Array, from: number, to: number, everyLine: boolean): void {
    const { table, classes } = set;
    this.w = 0;
    this.huge = 0;
    this.open = -1;
    let lineStart = this.skipFrames(buf, from, to);
    let i = bodyStart(bytes, lineStart, to);
    let state = 0;
    while (i < to) {
      const v = table[state + (classes[bytes[i] as number] as number)] as number;
      state = v & ~3;
      if ((v & 3) === 0) {
        i += 1;
        continue;
      }
      if ((v & NEWLINE) !== 0) {
        if (i - lineStart > MAX_LINE) this.huge += 1;
        this.close(lineStart, i, everyLine);
        lineStart = this.skipFrames(buf, i + 1, to);
        i = bodyStart(bytes, lineStart, to);
        continue;
      }
      this.hit(lineStart, state);
      i += 1;
    }
    if (lineStart < to) this.close(lineStart, to, everyLine);
  }

  /** Skips the stack-frame lines starting at `s` (never classified, so the automaton need not read them); returns the next line's start. */
  private skipFrames(buf: Buffer, s: number, to: number): number {
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

  private hit(lineStart: number, state: number): void {
    if (this.open < 0) this.open = this.record(lineStart, -1);
    this.room(1);
    this.ev[this.w] = state;
    this.w += 1;
    this.ev[this.open + 2] = (this.ev[this.open + 2] as number) + 1;
  }

  private close(lineStart: number, end: number, everyLine: boolean): void {
    if (this.open >= 0) this.ev[this.open + 1] = end;
    else if (everyLine) this.record(lineStart, end);
    this.open = -1;
  }

  private record(start: number, end: number): number {
    this.room(3);
    const at = this.w;
    this.ev[at] = start;
    this.ev[at + 1] = end;
    this.ev[at + 2] = 0;
    this.w += 3;
    return at;
  }

  private room(n: number): void {
    if (this.w + n <= this.ev.length) return;
    const bigger = new Int32Array(this.ev.length * 2);
    bigger.set(this.ev);
    this.ev = bigger;
  }
}

/** Where the automaton starts reading the line at `s`: after its timestamp and Log4j prefix when it has them. */
function bodyStart(bytes: Uint8Array, s: number, to: number): number {
  return s + TIMESTAMP_LEN + 1 < to && isTimestamp(bytes, s) ? skipLogPrefix(bytes, s + TIMESTAMP_LEN, to) + 1 : s;
}
