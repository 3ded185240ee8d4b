// Captured values of a matched line, cleaned the way the knowledge base cleans them.

/** Named groups without undefined values, trimmed of quotes and trailing punctuation. */
export function cleanGroups(found: RegExpExecArray): Record<string, string> {
  const groups: Record<string, string> = {};
  const raw = found.groups;
  if (!raw) return groups;
  for (const k in raw) {
    const v = raw[k];
    if (v !== undefined) groups[k] = clean(v);
  }
  return groups;
}

/** Trims a capture of spaces, wrapping quotes and trailing punctuation (as the knowledge base's cleanCapture). */
function clean(v: string): string {
  let a = 0;
  let b = v.length;
  while (a < b && QUOTE_OR_SPACE.has(v.charCodeAt(a))) a += 1;
  while (b > a && (QUOTE_OR_SPACE.has(v.charCodeAt(b - 1)) || TRAILING.has(v.charCodeAt(b - 1)))) b -= 1;
  return a === 0 && b === v.length ? v : v.slice(a, b);
}

const QUOTE_OR_SPACE = new Set([32, 9, 34, 39, 0x201c, 0x201d, 0x2018, 0x2019]);
const TRAILING = new Set([46, 44, 59]);
