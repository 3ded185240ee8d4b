// The first pass of a scan task over its line buffer: in WebAssembly when dist/logs/scan/first-pass.wasm is built (from
// wasm/first-pass.ts), else the same pass in JavaScript (candidate-lines.ts). Both give the same candidate lines.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CandidateLines, type LaneEvents } from './candidate-lines.js';
import { canonicalise, type YearHint } from './canonical-lines.js';
import { CANON_SCRATCH, CHUNK, CLASSES_AT, FLAGS, H_HUGE, H_USED, H_W, HEADER_AT, HEADER_BYTES, LANE_CAP, LANES, TABLE_AT } from './first-pass-layout.js';
import type { LiteralSet } from './literal-set.js';

/** What a scan task reads into and finds candidate lines with. */
export interface FirstPass {
  /** The task's line buffer (inside WebAssembly memory when that runs the pass). */
  readonly buffer: Buffer;
  lanes: LaneEvents[];
  used: number;
  huge: number;
  /** Finds the candidate lines of buf[from, to); `bytes` views the same memory. */
  find(set: LiteralSet, buf: Buffer, bytes: Uint8Array, from: number, to: number, everyLine: boolean): void;
  /** False when this pass would have to fall back to JavaScript for `set` (its automaton outgrows the room made for another). */
  suits(set: LiteralSet): boolean;
  /** Rewrites the JSON and syslog lines of buf[from, to) in place as plain lines (see canonical-lines.ts); returns the new end. */
  canonicalise(buf: Buffer, from: number, to: number, hint: YearHint): number;
}

const PAGE = 1 << 16;

interface Exports {
  dataEnd(): number;
  find(bufAt: number, from: number, to: number, every: number, eventsAt: number, laneCap: number, headerAt: number): number;
  canonicalise(bufAt: number, from: number, to: number, scratchAt: number, headerAt: number, year: number, month: number, day: number): number;
}

let compiled: WebAssembly.Module | null | undefined;

/**
 * The compiled module, looked for beside this file (dist) and in dist when running from sources; null without it, or
 * when its own static data would reach into the header.
 */
function wasmModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  for (const rel of ['./first-pass.wasm', '../../../dist/logs/scan/first-pass.wasm']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (!existsSync(path)) continue;
    const mod = new WebAssembly.Module(readFileSync(path));
    const probe = new WebAssembly.Instance(mod, { env: { memory: new WebAssembly.Memory({ initial: 1 }), abort: () => undefined } })
      .exports as unknown as Exports;
    if (probe.dataEnd() <= HEADER_AT) compiled = mod;
    break;
  }
  return compiled;
}

/** True when the WebAssembly first pass is available. */
export function wasmFirstPassAvailable(): boolean {
  return wasmModule() !== null;
}

/** A first pass for scanning with `set`: WebAssembly when built (unless `js` is asked for), else JavaScript. */
export function createFirstPass(set: LiteralSet, js = false): FirstPass {
  const mod = js ? null : wasmModule();
  return mod ? new WasmFirstPass(mod, set) : new JsFirstPass();
}

/** The JavaScript pass with its own line buffer. */
class JsFirstPass extends CandidateLines implements FirstPass {
  readonly buffer = Buffer.allocUnsafe(CHUNK);
  private scratch: Buffer | undefined;

  suits(): boolean {
    return true;
  }

  canonicalise(buf: Buffer, from: number, to: number, hint: YearHint): number {
    return canonicalise(buf, from, to, hint, (this.scratch ??= Buffer.allocUnsafe(CANON_SCRATCH)));
  }
}

/** The WebAssembly pass: one memory holding the automaton, the line buffer and the lanes' events. */
class WasmFirstPass implements FirstPass {
  readonly buffer: Buffer;
  lanes: LaneEvents[] = [];
  used = 1;
  huge = 0;
  private readonly exports: Exports;
  private readonly memory: WebAssembly.Memory;
  private readonly header: Int32Array;
  private readonly bufAt: number;
  private readonly eventsAt: number;
  private readonly scratchAt: number;
  private readonly laneViews: Int32Array[];
  private loaded: LiteralSet | undefined;
  private readonly tableRoom: number;
  /** Scans what the WebAssembly pass cannot (a buffer from elsewhere, a lane that overflowed its events). */
  private fallback: CandidateLines | undefined;

  constructor(mod: WebAssembly.Module, set: LiteralSet) {
    this.tableRoom = set.table.byteLength;
    this.bufAt = TABLE_AT + this.tableRoom;
    this.eventsAt = this.bufAt + CHUNK;
    this.scratchAt = this.eventsAt + LANES * LANE_CAP * 4;
    const bytes = this.scratchAt + CANON_SCRATCH;
    this.memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) });
    this.exports = new WebAssembly.Instance(mod, { env: { memory: this.memory, abort: () => undefined } }).exports as unknown as Exports;
    this.buffer = Buffer.from(this.memory.buffer, this.bufAt, CHUNK);
    this.header = new Int32Array(this.memory.buffer, HEADER_AT, HEADER_BYTES / 4);
    this.laneViews = Array.from({ length: LANES }, (_, k) => new Int32Array(this.memory.buffer, this.eventsAt + k * LANE_CAP * 4, LANE_CAP));
    this.load(set);
  }

  suits(set: LiteralSet): boolean {
    return set.table.byteLength <= this.tableRoom;
  }

  private load(set: LiteralSet): boolean {
    if (this.loaded === set) return true;
    if (!this.suits(set)) return false;
    // Table words become the byte offsets of their rows (flags kept) and columns are times four: a step is an add and a load.
    const table = new Int32Array(this.memory.buffer, TABLE_AT, set.table.length);
    for (let k = 0; k < table.length; k += 1) table[k] = (((set.table[k] as number) & ~FLAGS) << 2) | ((set.table[k] as number) & FLAGS);
    new Uint16Array(this.memory.buffer, CLASSES_AT, 256).set(Uint16Array.from(set.classes, (c) => c * 4));
    this.loaded = set;
    return true;
  }

  canonicalise(buf: Buffer, from: number, to: number, hint: YearHint): number {
    if (buf.buffer === this.memory.buffer && buf.byteOffset === this.bufAt)
      return this.exports.canonicalise(this.bufAt, from, to, this.scratchAt, HEADER_AT, hint.year, hint.month, hint.day);
    return canonicalise(buf, from, to, hint, Buffer.from(this.memory.buffer, this.scratchAt, CANON_SCRATCH));
  }

  find(set: LiteralSet, buf: Buffer, bytes: Uint8Array, from: number, to: number, everyLine: boolean): void {
    const inMemory = buf.buffer === this.memory.buffer && buf.byteOffset === this.bufAt;
    if (inMemory && this.load(set)) {
      const failed = this.exports.find(this.bufAt, from, to, everyLine ? 1 : 0, this.eventsAt, LANE_CAP, HEADER_AT);
      if (failed === 0) {
        const h = this.header;
        this.used = h[H_USED / 4] as number;
        this.huge = h[H_HUGE / 4] as number;
        this.lanes = this.laneViews.slice(0, this.used).map((ev, k) => ({ ev, w: h[H_W / 4 + k] as number }));
        return;
      }
    }
    const js = (this.fallback ??= new CandidateLines());
    js.find(set, buf, bytes, from, to, everyLine);
    this.used = js.used;
    this.huge = js.huge;
    this.lanes = js.lanes;
  }
}
