// A case-insensitive Aho-Corasick automaton over bytes: one pass finds every rule literal in a log chunk. A space in a
// literal stands for any run of whitespace (ASCII or no-break space), as `\s+` does in the rules' regexes.
import { FLAGS, NEWLINE, OUTPUT, TRIGGER } from './first-pass-layout.js';

/** The compiled automaton: a dense transition table and the literal ids ending at each state. */
export interface LiteralSet {
  /**
   * Transition table indexed by `state + classes[byte]`; states are pre-multiplied by the stride; OUTPUT flags a state
   * where a literal ends, TRIGGER one where a trigger literal ends (see buildLiteralSet), NEWLINE a newline.
   */
  table: Int32Array;
  /** Byte to column: bytes that behave alike share a column, which keeps the table small enough for the cache. */
  classes: Uint8Array;
  /** log2 of the row width. */
  shift: number;
  /** Literal ids that end at each state (index: state number), including those reached by failure links. */
  outputs: Int32Array[];
  literals: string[];
}

/**
 * The byte a text byte is read as: ASCII upper case as lower case; tab, vertical tab, form feed, CR and the two bytes
 * of a UTF-8 no-break space (C2 A0) as a space. Other Unicode spaces, which `\s` also matches, are not read as one.
 */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 9 || c === 11 || c === 12 || c === 13 || c === 0xc2 || c === 0xa0 ? 32 : c;
}

/**
 * Builds the automaton for lower-case literals; ASCII upper-case bytes in the text fold to lower case. `trigger` tells
 * the ids of the trigger literals (see TRIGGER; every literal when it is not given).
 */
export function buildLiteralSet(literals: readonly string[], trigger: (id: number) => boolean = () => true): LiteralSet {
  const encoded = literals.map((lit) => Buffer.from(lit.toLowerCase().replace(/\s+/g, ' '), 'utf8'));
  const used = new Set<number>();
  for (const bytes of encoded) for (let i = 0; i < bytes.length; i += 1) used.add(bytes[i] as number);
  const classes = byteClasses(used);
  const width = Math.max(...classes) + 1;
  const shift = Math.max(3, Math.ceil(Math.log2(width)));
  const space = classes[32] as number;
  // The trie, row by row over columns: goto[s * width + column], -1 where it has no edge.
  let goto = new Int32Array(64 * width).fill(-1);
  let states = 1;
  const out: number[][] = [[]];
  /** States entered by a space: a further space keeps them (a run of whitespace reads as one space). */
  const afterSpace = new Set<number>();
  encoded.forEach((bytes, id) => {
    let s = 0;
    for (const byte of bytes) {
      const col = classes[byte] as number;
      if (goto[s * width + col] === -1) {
        if ((states + 1) * width > goto.length) {
          const bigger = new Int32Array(goto.length * 2).fill(-1);
          bigger.set(goto);
          goto = bigger;
        }
        goto[s * width + col] = states;
        if (col === space) afterSpace.add(states);
        out.push([]);
        states += 1;
      }
      s = goto[s * width + col] as number;
    }
    (out[s] as number[]).push(id);
  });
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 0; c < width; c += 1) {
    const child = goto[c] as number;
    if (child === -1) goto[c] = 0;
    else queue.push(child);
  }
  for (let q = 0; q < queue.length; q += 1) {
    const r = queue[q] as number;
    (out[r] as number[]).push(...(out[fail[r] as number] as number[]));
    for (let c = 0; c < width; c += 1) {
      const child = goto[r * width + c] as number;
      const viaFail = goto[(fail[r] as number) * width + c] as number;
      if (child === -1) goto[r * width + c] = viaFail;
      else {
        fail[child] = viaFail;
        queue.push(child);
      }
    }
  }
  const ends = Uint8Array.from(out, (o) => (o.length === 0 ? 0 : o.some(trigger) ? OUTPUT | TRIGGER : OUTPUT));
  const table = new Int32Array(states << shift);
  for (let s = 0; s < states; s += 1) {
    const row = s << shift;
    const from = s * width;
    for (let c = 0; c < width; c += 1) {
      const next = goto[from + c] as number;
      table[row + c] = (next << shift) | (ends[next] as number);
    }
    table[row + NEWLINE_COLUMN] = NEWLINE;
  }
  for (const s of afterSpace) table[(s << shift) + space] = (s << shift) | (ends[s] as number);
  const none = new Int32Array(0);
  return { table, classes, shift, outputs: out.map((o) => (o.length === 0 ? none : Int32Array.from(new Set(o)))), literals: [...literals] };
}

/** The column of the newline byte. */
const NEWLINE_COLUMN = 1;

/**
 * Byte to column. A byte that no literal holds leads every state back to the root, so all such bytes share column 0;
 * every byte a literal holds (after folding) gets a column of its own, and the newline one more.
 */
function byteClasses(used: ReadonlySet<number>): Uint8Array {
  const column = new Map<number, number>();
  const classes = new Uint8Array(256);
  for (let c = 0; c < 256; c += 1) {
    const folded = fold(c);
    if (c === 10) classes[c] = NEWLINE_COLUMN;
    else if (used.has(folded)) {
      if (!column.has(folded)) column.set(folded, column.size + 2);
      classes[c] = column.get(folded) as number;
    }
  }
  return classes;
}

/** Index of the first byte in [from, to) that completes any literal, or -1. */
export function findFirstLiteral(set: LiteralSet, bytes: Uint8Array, from: number, to: number): number {
  const { table, classes } = set;
  let state = 0;
  for (let i = from; i < to; i += 1) {
    const v = table[state + (classes[bytes[i] as number] as number)] as number;
    if ((v & OUTPUT) !== 0) return i;
    state = v & ~FLAGS;
  }
  return -1;
}

/** Calls `found` with each literal id occurring in [from, to); ids may repeat. */
export function forEachLiteral(set: LiteralSet, bytes: Uint8Array, from: number, to: number, found: (id: number) => void): void {
  const { table, classes, shift } = set;
  let state = 0;
  for (let i = from; i < to; i += 1) {
    const v = table[state + (classes[bytes[i] as number] as number)] as number;
    state = v & ~FLAGS;
    if ((v & OUTPUT) !== 0) {
      const ids = set.outputs[state >> shift] as Int32Array;
      for (let k = 0; k < ids.length; k += 1) found(ids[k] as number);
    }
  }
}
