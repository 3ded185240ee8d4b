// Reads a matcher's regex for the longest run of fixed text it cannot match without: a sharper prefilter literal
// than a single word, and for a regex that is nothing but that run, proof of a match without running it.

/** The longest necessary phrase of a regex: lower-case, words joined by one space (meaning a run of whitespace). */
export interface TriggerPhrase {
  text: string;
  /** True when the phrase occurring in a line (ASCII case folded, any run of whitespace between words) means the regex matches. */
  implies: boolean;
  /**
   * True for a regex that is a whole phrase followed by free text (`\s+(?<name>.+)`, a template's last placeholder):
   * `text` then ends in a space, and its occurring in a line that ends in a printable non-space ASCII character means
   * the regex matches (the whitespace after the phrase ends before the line does, and `.+` takes what follows).
   */
  impliesBeforeText?: boolean;
  /**
   * For a regex that is a whole phrase followed by a token (`\s+(?<name>[A-Za-z0-9][\w-]*)` or `\s+(?<name>\d+)`, a
   * template's id or count): `text` then ends in a space, and it occurring followed by one of these lower-case ASCII
   * characters (after the whitespace, any case) means the regex matches.
   */
  impliesBefore?: string;
  /**
   * For a regex whose phrase is excluded right after a word (a leading `(?<!Word\s{1,3})` or `(?<!Word\s+)`): the
   * text that, found anywhere in the line, withdraws the proof (the word, a space, the phrase). On an ASCII line, a
   * line without it cannot have the excluded joining, so the proof stands.
   */
  unlessAfter?: string;
}

/** A template's free-text last placeholder after whitespace. */
const FREE_TEXT_TAIL = /\\s\+\(\?<[A-Za-z][A-Za-z0-9]*>\.\+\)$/;
/** A template's token last placeholder after whitespace: an id or a count, and the characters its value starts with. */
const TOKEN_TAILS: Array<{ tail: RegExp; first: string }> = [
  { tail: /\\s\+\(\?<[A-Za-z][A-Za-z0-9]*>\[A-Za-z0-9\]\[\\w-\]\*\)$/, first: 'abcdefghijklmnopqrstuvwxyz0123456789' },
  { tail: /\\s\+\(\?<[A-Za-z][A-Za-z0-9]*>\\d\+\)$/, first: '0123456789' },
];
/** A leading negative lookbehind for a word and whitespace (`(?<!Service\s{1,3})`), which only rules out a joining. */
const LEADING_VETO = /^\(\?<!([A-Za-z]+)\\s(?:\+|\{1,\d\})\)/;

/** Characters that stand for themselves in a regex source outside a class. */
const PLAIN = /^[A-Za-z0-9 :=,'"<>@#%&!~;/_-]$/;
/** Escapes of ASCII punctuation that stand for the character itself. */
const ESCAPED_PLAIN = /^[.\-/:=,'"<>@#%&!~;_ ()[\]{}*+?|^$\\]$/;

interface Run {
  text: string;
  /** Every whitespace in it came from `\s+` and nothing in the run was inexact. */
  exact: boolean;
}

/** The phrase of `pattern`, or undefined when it has a top-level alternative or no run of at least `min` letters. */
export function triggerPhrase(pattern: RegExp, min = 4): TriggerPhrase | undefined {
  const veto = LEADING_VETO.exec(pattern.source);
  const src = veto ? pattern.source.slice(veto[0].length) : pattern.source;
  const head = (tailAt: number): TriggerPhrase | undefined => {
    const phrase = phraseOf(src.slice(0, tailAt), pattern.flags, min);
    return phrase?.implies ? phrase : undefined;
  };
  const unless = (text: string): Partial<TriggerPhrase> => (veto ? { unlessAfter: `${(veto[1] as string).toLowerCase()} ${text}` } : {});
  const free = FREE_TEXT_TAIL.exec(src);
  const freeHead = free && head(free.index);
  if (freeHead) return { text: `${freeHead.text} `, implies: false, impliesBeforeText: true, ...unless(`${freeHead.text} `) };
  for (const { tail, first } of TOKEN_TAILS) {
    const token = tail.exec(src);
    const tokenHead = token && head(token.index);
    if (tokenHead) return { text: `${tokenHead.text} `, implies: false, impliesBefore: first, ...unless(`${tokenHead.text} `) };
  }
  return phraseOf(pattern.source, pattern.flags, min);
}

function phraseOf(src: string, flags: string, min: number): TriggerPhrase | undefined {
  const read = runsOf(src);
  if (!read) return undefined;
  const best = longest(read.runs);
  if (!best || letters(best.text) < min) return undefined;
  return { text: best.text, implies: read.whole && read.single && best.exact && flags.includes('i') };
}

/**
 * A run of fixed text that every match of `pattern` holds, also across top-level alternatives (the longest run of any
 * of them that every one holds within a run of its own), for a regex whose own literals say less; undefined without
 * one of `min` letters.
 */
export function guardPhrase(pattern: RegExp, min = 4): string | undefined {
  const read = topLevelBranches(pattern.source).map(runsOf);
  if (read.some((r) => r === undefined)) return undefined;
  const branches = read.map((r) => (r as { runs: Run[] }).runs.map((run) => run.text));
  const shared = branches.flat().filter((text) => branches.every((runs) => runs.some((other) => other.includes(text))));
  const best = longest(shared.map((text) => ({ text, exact: false })));
  return best && letters(best.text) >= min ? best.text : undefined;
}

/** The source split at its top-level `|` (not inside groups, classes or escapes). */
function topLevelBranches(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length;) {
    const c = src.charAt(i);
    if (c === '\\') i += 2;
    else if (c === '(' || c === '[') i = skipGroup(src, i) < 0 ? src.length : skipGroup(src, i);
    else {
      if (c === '|') {
        out.push(src.slice(from, i));
        from = i + 1;
      }
      i += 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

function longest(runs: Run[]): Run | undefined {
  return runs.reduce<Run | undefined>((a, r) => (!a || letters(r.text) > letters(a.text) ? r : a), undefined);
}

/**
 * The runs of fixed text in a regex source without top-level alternatives (undefined with one), whether the source
 * is nothing but fixed text (`whole`), and whether it is one run with no whitespace at either end (`single`).
 */
function runsOf(src: string): { runs: Run[]; whole: boolean; single: boolean } | undefined {
  const runs: Run[] = [];
  let cur: Run = { text: '', exact: true };
  let whole = true;
  const breakRun = (): void => {
    const text = cur.text.trim();
    if (text) runs.push({ text, exact: cur.exact });
    cur = { text: '', exact: true };
  };
  const add = (ch: string, exact: boolean): void => {
    if (!exact) cur.exact = false;
    if (ch !== ' ' || (cur.text !== '' && !cur.text.endsWith(' '))) cur.text += ch;
  };
  for (let i = 0; i < src.length;) {
    const c = src.charAt(i);
    if (c === '|') return undefined;
    if (c === '(' || c === '[') {
      const end = skipGroup(src, i);
      if (end < 0) return undefined;
      i = skipQuantifier(src, end);
      breakRun();
      whole = false;
      continue;
    }
    const { atom, exact, next } = readAtom(src, i);
    if (atom === undefined || (atom !== ' ' && isQuantifier(src.charAt(next)))) {
      i = skipQuantifier(src, next);
      breakRun();
      whole = false;
      continue;
    }
    add(atom.toLowerCase(), exact);
    i = next;
  }
  const last = cur.text.trim();
  const single = runs.length === 0 && last !== '' && last === cur.text;
  breakRun();
  return { runs, whole, single };
}

/**
 * The atom at `i`: a character standing for itself, ' ' for whitespace (exact only for `\s+`, which is what a run of
 * whitespace in the phrase stands for), or undefined for anything else (classes of characters, assertions, `.`).
 */
function readAtom(src: string, i: number): { atom: string | undefined; exact: boolean; next: number } {
  const c = src.charAt(i);
  if (c !== '\\') return { atom: PLAIN.test(c) ? c : undefined, exact: c !== ' ', next: i + 1 };
  const e = src.charAt(i + 1);
  if (e === 's') {
    const q = src.charAt(i + 2);
    if (q === '+') return { atom: ' ', exact: true, next: i + 3 };
    return { atom: isQuantifier(q) ? undefined : ' ', exact: false, next: i + 2 };
  }
  if (ESCAPED_PLAIN.test(e)) return { atom: e, exact: true, next: i + 2 };
  return { atom: undefined, exact: false, next: escapeEnd(src, i + 1) };
}

/** Index past an escape whose letter is at `k`, including its argument (`\u2014`, `\u{..}`, `\x41`, `\p{L}`, `\k<n>`, `\12`). */
function escapeEnd(src: string, k: number): number {
  const e = src.charAt(k);
  const braced = (from: number): number => (src.charAt(from) === '{' ? src.indexOf('}', from) + 1 || src.length : from);
  if (e === 'u') return src.charAt(k + 1) === '{' ? braced(k + 1) : k + 5;
  if (e === 'x') return k + 3;
  if (e === 'c') return k + 2;
  if (e === 'p' || e === 'P') return braced(k + 1);
  if (e === 'k' && src.charAt(k + 1) === '<') return src.indexOf('>', k) + 1 || src.length;
  let n = k + 1;
  if (/[0-9]/.test(e)) while (/[0-9]/.test(src.charAt(n))) n += 1;
  return n;
}

function letters(text: string): number {
  return text.replace(/ /g, '').length;
}

function isQuantifier(c: string): boolean {
  return c === '?' || c === '*' || c === '+' || c === '{';
}

/** Index just past the group or class starting at `i` (escapes and nested classes honoured), or -1. */
function skipGroup(src: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < src.length; k += 1) {
    const c = src.charAt(k);
    if (c === '\\') {
      k += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        if (depth === 0) return k + 1;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

/** Index past a quantifier (and its lazy mark) at `i`, or `i` when there is none. */
function skipQuantifier(src: string, i: number): number {
  let k = i;
  const c = src.charAt(k);
  if (c === '?' || c === '*' || c === '+') k += 1;
  else if (c === '{') {
    const close = src.indexOf('}', k);
    if (close < 0 || !/^\{\d*,?\d*\}$/.test(src.slice(k, close + 1))) return k;
    k = close + 1;
  } else return k;
  if (src.charAt(k) === '?') k += 1;
  return k;
}
