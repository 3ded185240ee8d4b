// Reads a regex source for the texts it can match (when few) and the texts every match holds, in the literal
// automaton's terms: ASCII case folded, a space standing for any run of whitespace. required-literals.ts uses it.

/** What a piece of a regex can match: every string (when few), and texts of which every match holds one. */
export interface Info {
  /** Every string the piece matches (automaton form), or null when there are too many or they are unknown. */
  exact: ReadonlySet<string> | null;
  /** A set of texts of which every match holds one, or null when none is known. */
  required: ReadonlySet<string> | null;
}

/** Most strings an exact set holds when looking for literals, and when looking for proofs; the longest of them. */
export const SET_MAX = 32;
export const PROOF_SET_MAX = 64;
const TEXT_MAX = 48;
/** Most characters a class may have to be read as a set of strings. */
const CLASS_MAX = 6;

const ANY: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set(['']), required: null };

/** Letters (non-space characters) of a text: what makes a literal selective. */
function weight(text: string): number {
  return text.replace(/ /g, '').length;
}

/** The automaton form of one character under case folding; undefined for a letter the automaton cannot fold (non-ASCII with a case). */
function fold(c: string): string | undefined {
  if (/\s/.test(c)) return ' ';
  const lower = c.toLowerCase();
  if (c.charCodeAt(0) > 127 && lower !== c.toUpperCase()) return undefined;
  return lower;
}

/** A set of strings without those that hold another of the set (for "holds one of them", the shorter says the same). */
function minimal(set: ReadonlySet<string>): Set<string> {
  const list = [...set].sort((a, b) => a.length - b.length);
  const out = new Set<string>();
  for (const s of list) if (![...out].some((o) => s.includes(o))) out.add(s);
  return out;
}

/** The strings of `a` followed by those of `b`, runs of spaces read as one; null when more than `max` or too long. */
function cross(a: ReadonlySet<string>, b: ReadonlySet<string>, max = SET_MAX): Set<string> | null {
  if (a.size * b.size > max) return null;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      const s = (x + y).replace(/ {2,}/g, ' ');
      if (s.length > TEXT_MAX) return null;
      out.add(s);
    }
  }
  return out;
}

/** A usable required set: no empty or all-space text; null otherwise. */
export function usable(set: ReadonlySet<string> | null): Set<string> | null {
  if (!set || set.size === 0) return null;
  for (const s of set) if (weight(s) === 0) return null;
  return minimal(set);
}

/**
 * How often a set of texts would make a line a candidate: the number of sample lines holding one of them (lower is
 * more selective). Without samples every set counts as equally frequent and the letters decide.
 */
export type Frequency = (texts: ReadonlySet<string>) => number;

/** A reader over a regex source: alternation() reads the whole of it (from `pos`, which it advances). */
export class Reader {
  pos = 0;
  constructor(
    readonly src: string,
    private readonly frequency: Frequency,
    private readonly setMax = SET_MAX,
  ) {}

  /** The more selective of two required sets: the rarer in the samples, then the one whose weakest text has more letters, then the one with fewer texts. */
  private better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
    if (!a) return b;
    if (!b) return a;
    const fa = this.frequency(a);
    const fb = this.frequency(b);
    if (fa !== fb) return fa < fb ? a : b;
    const wa = Math.min(...[...a].map(weight));
    const wb = Math.min(...[...b].map(weight));
    if (wa !== wb) return wa > wb ? a : b;
    return b.size < a.size ? b : a;
  }

  alternation(): Info {
    const branches = [this.concatenation()];
    while (this.src.charAt(this.pos) === '|') {
      this.pos += 1;
      branches.push(this.concatenation());
    }
    if (branches.length === 1) return branches[0] as Info;
    let exact: Set<string> | null = new Set();
    let required: Set<string> | null = new Set();
    for (const b of branches) {
      if (exact && b.exact && exact.size + b.exact.size <= this.setMax) for (const s of b.exact) exact.add(s);
      else exact = null;
      const own = usable(b.required) ?? usable(b.exact);
      if (required && own) for (const s of own) required.add(s);
      else required = null;
    }
    return { exact, required: usable(required) };
  }

  concatenation(): Info {
    let run: Set<string> = new Set(['']);
    let all = true;
    let best: Set<string> | null = null;
    while (this.pos < this.src.length && this.src.charAt(this.pos) !== '|' && this.src.charAt(this.pos) !== ')') {
      const piece = this.quantified();
      const joined = piece.exact ? cross(run, piece.exact, this.setMax) : null;
      if (joined) {
        run = joined;
        continue;
      }
      all = false;
      best = this.better(this.better(best, usable(run)), usable(piece.required));
      run = piece.exact ? new Set(piece.exact) : new Set(['']);
    }
    best = this.better(best, usable(run));
    return { exact: all ? run : null, required: best };
  }

  quantified(): Info {
    const atom = this.atom();
    const c = this.src.charAt(this.pos);
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.pos += 1;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom;
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.src.charAt(this.pos) === '?') this.pos += 1;
    let exact: Set<string> | null = null;
    if (atom.exact && (max <= 3 || [...atom.exact].every((s) => s === ' '))) {
      exact = new Set(min === 0 ? [''] : []);
      let power: Set<string> | null = new Set(['']);
      for (let k = 1; k <= Math.min(max, 3) && power; k += 1) {
        power = cross(power, atom.exact, this.setMax);
        if (power && k >= min) for (const s of power) exact.add(s);
      }
      if (!power || exact.size > this.setMax) exact = null;
    }
    return { exact, required: min > 0 ? (atom.required ?? usable(atom.exact)) : null };
  }

  atom(): Info {
    const c = this.src.charAt(this.pos);
    this.pos += 1;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    const f = fold(c);
    return f === undefined ? ANY : { exact: new Set([f]), required: null };
  }

  group(): Info {
    const rest = this.src.slice(this.pos);
    const look = /^\?<?[=!]/.exec(rest);
    const head = look ?? /^\?(?::|<[A-Za-z][A-Za-z0-9]*>)/.exec(rest);
    if (head) this.pos += head[0].length;
    const inner = this.alternation();
    this.pos += 1;
    return look ? EMPTY : inner;
  }

  charClass(): Info {
    const start = this.pos;
    let negated = false;
    if (this.src.charAt(this.pos) === '^') {
      negated = true;
      this.pos += 1;
    }
    const chars = new Set<string>();
    let known = !negated;
    let first = true;
    while (this.pos < this.src.length && (this.src.charAt(this.pos) !== ']' || (first && this.pos === start))) {
      first = false;
      let ch = this.src.charAt(this.pos);
      this.pos += 1;
      if (ch === '\\') {
        const e = this.src.charAt(this.pos);
        this.pos += 1;
        if (e === 's') ch = ' ';
        else if (/[dwDWSbB]/.test(e) || e === 'p' || e === 'P' || e === 'u' || e === 'x') {
          known = false;
          this.skipEscapeArgument(e);
          continue;
        } else ch = e === 'n' ? '\n' : e === 't' ? '\t' : e;
      }
      if (this.src.charAt(this.pos) === '-' && this.src.charAt(this.pos + 1) !== ']') {
        known = false;
        this.pos += 2;
        continue;
      }
      const f = fold(ch);
      if (f === undefined) known = false;
      else chars.add(f);
    }
    this.pos += 1;
    return known && chars.size > 0 && chars.size <= CLASS_MAX ? { exact: chars, required: null } : ANY;
  }

  escape(): Info {
    const e = this.src.charAt(this.pos);
    this.pos += 1;
    if (e === 's') return { exact: new Set([' ']), required: null };
    if (e === 'b' || e === 'B') return EMPTY;
    if (/[dwDWS]/.test(e) || /[1-9]/.test(e)) return ANY;
    if (e === 'k' || e === 'p' || e === 'P' || e === 'c') {
      this.skipEscapeArgument(e);
      return ANY;
    }
    if (e === 'u' || e === 'x') {
      const m = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.pos)) : /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(this.src.slice(this.pos));
      if (!m) return ANY;
      this.pos += m[0].length;
      const code = parseInt(e === 'x' ? m[0] : ((m[1] ?? m[2]) as string), 16);
      const f = fold(String.fromCodePoint(code));
      return f === undefined ? ANY : { exact: new Set([f]), required: null };
    }
    const ch = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'f' ? '\f' : e === 'v' ? '\v' : e === '0' ? '\0' : e;
    const f = fold(ch);
    return f === undefined ? ANY : { exact: new Set([f]), required: null };
  }

  /** Skips the argument of `\p{..}`, `\k<..>`, `\cX`, `\u{..}`, `\uXXXX` or `\xHH` after its letter. */
  private skipEscapeArgument(e: string): void {
    const rest = this.src.slice(this.pos);
    const m =
      e === 'k'
        ? /^<[^>]*>/.exec(rest)
        : e === 'c'
          ? /^[A-Za-z]/.exec(rest)
          : e === 'x'
            ? /^[0-9a-fA-F]{2}/.exec(rest)
            : /^(?:\{[^}]*\}|[0-9a-fA-F]{4})/.exec(rest);
    if (m) this.pos += m[0].length;
  }
}
