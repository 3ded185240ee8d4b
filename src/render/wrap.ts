// Word wrapping for terminal text: break at spaces, never inside a word unless the word alone is wider than the line.

const ANSI = /\u001b\[[0-9;]*m/g;

/** Printed width of a string: ANSI colour codes take no room. */
export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/** The string as units: each ANSI colour code and each character, so breaking never splits an escape. */
function units(text: string): string[] {
  return text.match(/\u001b\[[0-9;]*m|[\s\S]/gu) ?? [];
}

const SOFT_BREAK_AFTER = new Set(['/', '.', ':', '-', '@', ',', '_', '=', '&', '?', ';']);

/**
 * Splits a word wider than `width` into pieces that fit: after a separator (`/ . : - @ , _ = & ? ;`) where one
 * lies in range, so host names, addresses and paths break between their parts; a run with no separator is cut.
 */
export function breakWord(word: string, width: number): string[] {
  const w = Math.max(1, width);
  if (visibleLength(word) <= w) return [word];
  const pieces: string[] = [];
  let current: string[] = [];
  let seen = 0;
  let lastSoft = -1;
  for (const u of units(word)) {
    const printable = !u.startsWith('\u001b');
    if (printable && seen === w) {
      const cut = lastSoft >= 0 ? lastSoft + 1 : current.length;
      pieces.push(current.slice(0, cut).join(''));
      current = current.slice(cut);
      seen = visibleLength(current.join(''));
      lastSoft = -1;
    }
    current.push(u);
    if (printable) {
      seen += 1;
      if (SOFT_BREAK_AFTER.has(u)) lastSoft = current.length - 1;
    }
  }
  if (current.length > 0) pieces.push(current.join(''));
  return pieces;
}

/** Wraps one line of text at spaces into lines of at most `width` printed characters (`restWidth` after the first). */
export function wrapText(text: string, width: number, restWidth: number = width): string[] {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  const room = () => Math.max(1, lines.length === 0 ? width : restWidth);
  for (const word of text.split(' ').filter((x) => x !== '')) {
    let rest = word;
    while (rest !== '') {
      const n = visibleLength(rest);
      if (length > 0 && length + 1 + n <= room()) {
        line += ` ${rest}`;
        length += 1 + n;
        break;
      }
      if (length > 0) lines.push(line);
      const [piece, ...more] = breakWord(rest, room());
      line = piece!;
      length = visibleLength(piece!);
      rest = more.join('');
      if (rest !== '') {
        lines.push(line);
        line = '';
        length = 0;
      }
    }
  }
  if (length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Wraps prose lines wider than `width` with a hanging indent under their own indentation; narrower lines pass through. */
export function wrapLines(text: string, width: number, keep: (visible: string) => boolean = () => false): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const visible = line.replace(ANSI, '');
      if (visibleLength(line) <= width || keep(visible)) return [line];
      const lead = /^\s*/.exec(visible)?.[0].length ?? 0;
      const hang = Math.min(lead + 6, Math.floor(width / 2));
      return wrapText(line.trimStart(), width - lead, width - hang).map((l, i) => ' '.repeat(i === 0 ? lead : hang) + l);
    })
    .join('\n');
}
