// Reads the JVM's own "Found one Java-level deadlock" sections that follow a HotSpot dump.
import type { JvmDeadlock } from './types.js';

const NAME = /^"(?<name>.*)":\s*$/;
const WAITING =
  /^\s+waiting (?:to lock monitor \S+ \(object (?<object>0x[0-9a-fA-F]+), a (?<cls>[^)]+)\)|for ownable synchronizer (?<sync>0x[0-9a-fA-F]+), \(a (?<syncCls>[^)]+)\))/;
const HELD = /^\s+which is held by "(?<holder>.*)"\s*$/;

/** True for the line that opens a deadlock section. */
export function isDeadlockStart(line: string): boolean {
  return line.startsWith('Found one Java-level deadlock');
}

/** Collects the links of one deadlock section line by line; `done` once its stack part begins. */
export class DeadlockSectionReader {
  readonly deadlock: JvmDeadlock = { links: [] };
  done = false;
  private thread: string | undefined;
  private waitingFor: string | undefined;

  /** Consumes one line of the section. */
  feed(line: string): void {
    if (this.done) return;
    if (line.startsWith('Java stack information') || /^Found (?:\d+|a total of \d+) deadlocks?/.test(line)) {
      this.done = true;
      return;
    }
    const name = NAME.exec(line)?.groups?.name;
    if (name !== undefined) {
      this.thread = name;
      this.waitingFor = undefined;
      return;
    }
    const w = WAITING.exec(line)?.groups;
    if (w) {
      this.waitingFor = w.object ? `<${w.object.toLowerCase()}> (a ${w.cls})` : `<${(w.sync ?? '').toLowerCase()}> (a ${w.syncCls})`;
      return;
    }
    const holder = HELD.exec(line)?.groups?.holder;
    if (holder !== undefined && this.thread !== undefined) {
      this.deadlock.links.push({ thread: this.thread, waitingFor: this.waitingFor ?? '', heldBy: holder });
      this.thread = undefined;
    }
  }
}
