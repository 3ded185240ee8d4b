// A case-insensitive Aho-Corasick automaton over bytes: one pass finds every rule literal in a log chunk.

/** The compiled automaton: a dense transition table and the literal ids ending at each state. */
export interface LiteralSet {
  /** Transition table indexed by `state + byte`; states are pre-multiplied by 256; bit 0 flags an output state, bit 1 a newline. */
  table: Int32Array;
  /** Literal ids that end at each state (index: state number), including those reached by failure links. */
  outputs: Int32Array[];
  literals: string[];
}

/** Table value of a newline byte: back to the root state, with bit 1 set. */
export const NEWLINE = 2;

/** Builds the automaton for lower-case literals; ASCII upper-case bytes in the text fold to lower case. */
export function buildLiteralSet(literals: readonly string[]): LiteralSet {
  const goto: Int32Array[] = [new Int32Array(256).fill(-1)];
  const out: number[][] = [[]];
  literals.forEach((lit, id) => {
    let s = 0;
    for (const byte of Buffer.from(lit.toLowerCase(), 'utf8')) {
      const row = goto[s] as Int32Array;
      if (row[byte] === -1) {
        row[byte] = goto.length;
        goto.push(new Int32Array(256).fill(-1));
        out.push([]);
      }
      s = row[byte] as number;
    }
    (out[s] as number[]).push(id);
  });
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  const root = goto[0] as Int32Array;
  for (let c = 0; c < 256; c += 1) {
    if (root[c] === -1) root[c] = 0;
    else queue.push(root[c] as number);
  }
  for (let q = 0; q < queue.length; q += 1) {
    const r = queue[q] as number;
    const row = goto[r] as Int32Array;
    (out[r] as number[]).push(...(out[fail[r] as number] as number[]));
    for (let c = 0; c < 256; c += 1) {
      const s = row[c] as number;
      const viaFail = (goto[fail[r] as number] as Int32Array)[c] as number;
      if (s === -1) row[c] = viaFail;
      else {
        fail[s] = viaFail;
        queue.push(s);
      }
    }
  }
  const table = new Int32Array(goto.length * 256);
  for (let s = 0; s < goto.length; s += 1) {
    const row = goto[s] as Int32Array;
    for (let c = 0; c < 256; c += 1) {
      const folded = c >= 65 && c <= 90 ? c + 32 : c;
      const next = row[folded] as number;
      table[s * 256 + c] = c === 10 ? NEWLINE : next * 256 + ((out[next] as number[]).length > 0 ? 1 : 0);
    }
  }
  return { table, outputs: out.map((o) => Int32Array.from(new Set(o))), literals: [...literals] };
}

/** Index of the first byte in [from, to) that completes any literal, or -1: the hot loop of the scanner. */
export function findFirstLiteral(set: LiteralSet, bytes: Uint8Array, from: number, to: number): number {
  const table = set.table;
  let state = 0;
  for (let i = from; i < to; i += 1) {
    const v = table[state + (bytes[i] as number)] as number;
    if ((v & 1) !== 0) return i;
    state = v & ~255;
  }
  return -1;
}

/** Calls `found` with each literal id occurring in [from, to); ids may repeat. */
export function forEachLiteral(set: LiteralSet, bytes: Uint8Array, from: number, to: number, found: (id: number) => void): void {
  const table = set.table;
  let state = 0;
  for (let i = from; i < to; i += 1) {
    const v = table[state + (bytes[i] as number)] as number;
    state = v & ~255;
    if ((v & 1) !== 0) {
      const ids = set.outputs[state >> 8] as Int32Array;
      for (let k = 0; k < ids.length; k += 1) found(ids[k] as number);
    }
  }
}
