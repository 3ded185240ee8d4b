// A case-insensitive Aho-Corasick automaton over bytes: one pass finds every rule literal in a log chunk. A space in a
// literal stands for any run of ASCII whitespace, as `\s+` does in the rules' regexes.

/** The compiled automaton: a dense transition table and the literal ids ending at each state. */
export interface LiteralSet {
  /** Transition table indexed by `state + classes[byte]`; states are pre-multiplied by the stride; bit 0 flags an output state, bit 1 a newline. */
  table: Int32Array;
  /** Byte to column: bytes that behave alike share a column, which keeps the table small enough for the cache. */
  classes: Uint8Array;
  /** log2 of the row width. */
  shift: number;
  /** Literal ids that end at each state (index: state number), including those reached by failure links. */
  outputs: Int32Array[];
  literals: string[];
}

/** Table value of a newline byte: back to the root state, with bit 1 set. */
export const NEWLINE = 2;

/** The byte a text byte is read as: ASCII upper case as lower case, tab, vertical tab, form feed and CR as a space. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 9 || c === 11 || c === 12 || c === 13 ? 32 : c;
}

/** Builds the automaton for lower-case literals; ASCII upper-case bytes in the text fold to lower case. */
export function buildLiteralSet(literals: readonly string[]): LiteralSet {
  const goto: Int32Array[] = [new Int32Array(256).fill(-1)];
  const out: number[][] = [[]];
  /** States entered by a space: a further space keeps them (a run of whitespace reads as one space). */
  const afterSpace = new Set<number>();
  literals.forEach((lit, id) => {
    let s = 0;
    for (const byte of Buffer.from(lit.toLowerCase().replace(/\s+/g, ' '), 'utf8')) {
      const row = goto[s] as Int32Array;
      if (row[byte] === -1) {
        row[byte] = goto.length;
        if (byte === 32) afterSpace.add(goto.length);
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
  const classes = byteClasses(goto);
  const width = Math.max(...classes) + 1;
  const shift = Math.max(2, Math.ceil(Math.log2(width)));
  const table = new Int32Array(goto.length << shift);
  for (let s = 0; s < goto.length; s += 1) {
    const row = goto[s] as Int32Array;
    for (let c = 0; c < 256; c += 1) {
      const folded = fold(c);
      const next = folded === 32 && afterSpace.has(s) ? s : (row[folded] as number);
      table[(s << shift) + (classes[c] as number)] = c === 10 ? NEWLINE : (next << shift) | ((out[next] as number[]).length > 0 ? 1 : 0);
    }
  }
  return { table, classes, shift, outputs: out.map((o) => Int32Array.from(new Set(o))), literals: [...literals] };
}

/** Groups bytes whose (case-folded) transitions are identical in every state; the newline gets a column of its own. */
function byteClasses(goto: Int32Array[]): Uint8Array {
  const classes = new Uint8Array(256);
  const seen = new Map<string, number>();
  for (let c = 0; c < 256; c += 1) {
    const folded = fold(c);
    const key = c === 10 ? 'newline' : goto.map((row) => row[folded]).join(',');
    if (!seen.has(key)) seen.set(key, seen.size);
    classes[c] = seen.get(key) as number;
  }
  return classes;
}

/** Index of the first byte in [from, to) that completes any literal, or -1. */
export function findFirstLiteral(set: LiteralSet, bytes: Uint8Array, from: number, to: number): number {
  const { table, classes } = set;
  let state = 0;
  for (let i = from; i < to; i += 1) {
    const v = table[state + (classes[bytes[i] as number] as number)] as number;
    if ((v & 1) !== 0) return i;
    state = v & ~3;
  }
  return -1;
}

/** Calls `found` with each literal id occurring in [from, to); ids may repeat. */
export function forEachLiteral(set: LiteralSet, bytes: Uint8Array, from: number, to: number, found: (id: number) => void): void {
  const { table, classes, shift } = set;
  let state = 0;
  for (let i = from; i < to; i += 1) {
    const v = table[state + (classes[bytes[i] as number] as number)] as number;
    state = v & ~3;
    if ((v & 1) !== 0) {
      const ids = set.outputs[state >> shift] as Int32Array;
      for (let k = 0; k < ids.length; k += 1) found(ids[k] as number);
    }
  }
}
