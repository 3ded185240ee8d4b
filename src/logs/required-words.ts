// Words that every match of a regex must contain, read from its source; a second, stricter prefilter than `literals`.

/** Shortest word worth checking. */
const MIN_WORD = 4;

/** Characters after a backslash that start a longer escape, and how many characters that escape spans. */
function escapeLength(source: string, i: number): number {
  const c = source.charAt(i + 1);
  if (c === 'u') return source.charAt(i + 2) === '{' ? source.indexOf('}', i) - i + 1 : 6;
  if (c === 'x') return 4;
  if (c === 'c') return 3;
  if ((c === 'p' || c === 'P') && source.charAt(i + 2) === '{') return source.indexOf('}', i) - i + 1;
  if (c === 'k' && source.charAt(i + 2) === '<') return source.indexOf('>', i) - i + 1;
  return 2;
}

/**
 * Lower-case words of at least four letters that occur literally at the top level of the pattern (outside groups,
 * classes and alternations), so that any text the pattern matches contains them. Conservative: an empty list when
 * the pattern has a top-level alternation or anything it does not understand.
 */
export function requiredWords(pattern: RegExp): string[] {
  const source = pattern.source;
  const words: string[] = [];
  let depth = 0;
  let run = '';
  const flush = (next: string): void => {
    const optionalLast = next === '?' || next === '*' || next === '{';
    const word = optionalLast ? run.slice(0, -1) : run;
    if (word.length >= MIN_WORD) words.push(word.toLowerCase());
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source.charAt(i);
    if (c === '\\') {
      flush('');
      const n = escapeLength(source, i);
      if (n <= 0) return [];
      i += n;
      continue;
    }
    if (c === '[') {
      flush('');
      let j = i + 1;
      while (j < source.length && source.charAt(j) !== ']') j += source.charAt(j) === '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c) && depth === 0) {
      run += c;
      i += 1;
      continue;
    }
    flush(c);
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) return [];
    i += 1;
  }
  flush('');
  return depth === 0 ? [...new Set(words)] : [];
}
