// Turns a message written as the seeds write it ("... With Id = <id>") into a tolerant regex.

/** How a placeholder's value may look: most are free text, some are tokens or counts. */
const PLACEHOLDER_SHAPES: Record<string, string> = {
  id: String.raw`[A-Za-z0-9][\w-]*`,
  N: String.raw`\d+`,
  detail: String.raw`.+`,
};

const FREE_TEXT = String.raw`.+?`;
const DASH = String.raw`(?:\s*(?:\u2014|\u2013|\u2015|\u2212|-{1,3}|:)\s*|\s+)`;
const DASH_MARK = '\u0000';
const QUOTE = String.raw`["'\u201C\u201D\u2018\u2019\u00AB\u00BB]`;

/** Capture-group name for a placeholder: `<authentication error detail>` becomes `authenticationErrorDetail`. */
export function placeholderName(raw: string): string {
  if (raw === 'N') return 'count';
  const words = raw
    .trim()
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

function escapeLiteral(raw: string): string {
  const text = raw.replace(/\s*[\u2014\u2013\u2015\u2212]\s*/g, DASH_MARK);
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    const prev = text.charAt(i - 1);
    const next = text.charAt(i + 1);
    if (/\s/.test(ch)) {
      if (!/\s/.test(prev)) out += String.raw`\s+`;
    } else if (ch === DASH_MARK) {
      out += DASH;
    } else if (ch === '-' && /\w/.test(prev) && /\w/.test(next)) {
      out += String.raw`[-\u2010\u2011]?`;
    } else if (ch === '-') {
      out += DASH;
    } else if (/["'\u201C\u201D\u2018\u2019]/.test(ch)) {
      out += QUOTE;
    } else if (ch === '/') {
      out += String.raw`\s*/\s*`;
    } else if (/[A-Z]/.test(ch) && /[a-z]/.test(prev)) {
      // A camel-case join ("ReplyTo") is written with a hyphen or a space by other exports.
      out += String.raw`[-\u2010\u2011 ]?` + ch;
    } else {
      out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return out.replace(/(\\s\+)+/g, String.raw`\s+`);
}

/** A compiled message template: the regex, its capture names and how specific it is. */
export interface CompiledTemplate {
  pattern: RegExp;
  captures: string[];
  specificity: number;
}

/** Compiles a seed template; `<name>` placeholders become named captures. */
export function compileTemplate(template: string, shapes: Record<string, string> = {}): CompiledTemplate {
  const parts = template.split(/(<[^<>]+>)/);
  const captures: string[] = [];
  let source = '';
  let literalText = '';
  parts.forEach((part, index) => {
    const placeholder = /^<([^<>]+)>$/.exec(part);
    if (placeholder) {
      const raw = placeholder[1] ?? '';
      const name = placeholderName(raw);
      captures.push(name);
      const isLast = index === parts.length - 1 || parts.slice(index + 1).every((p) => p.trim() === '');
      const shape = shapes[raw] ?? PLACEHOLDER_SHAPES[raw] ?? (isLast ? '.+' : FREE_TEXT);
      source += `(?<${name}>${shape})`;
    } else {
      source += escapeLiteral(part);
      literalText += part;
    }
  });
  return {
    pattern: new RegExp(source, 'iu'),
    captures,
    specificity: literalText.replace(/\s+/g, '').length,
  };
}

/** Strips quotes and trailing punctuation that exports wrap around captured values. */
export function cleanCapture(value: string): string {
  return value
    .trim()
    .replace(/^["'\u201C\u201D\u2018\u2019]+|["'\u201C\u201D\u2018\u2019]+$/g, '')
    .replace(/[\s.,;]+$/, '')
    .trim();
}
