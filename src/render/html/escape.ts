// Escaping for the HTML report: every value interpolated into markup is text unless it is already built markup.

/** Markup built by this renderer (never text from an input); interpolating it into `html` keeps it as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** C0 controls other than tab, newline and carriage return, and DEL: shown as U+FFFD rather than passed to the parser. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROLS, '\ufffd').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Trusted constant markup written in this folder (styles, the page script). Never call it on report data. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

function part(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped text (or nested Html, or a list of them). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += part(v) + strings[i + 1]!;
  });
  return new Html(out);
}
