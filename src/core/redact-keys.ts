// Finds `key = value` credentials in any syntax a Java or Node helpdesk writes and masks the value, keeping the key.
import { MASK, type MaskCounter } from './redact-mask.js';

/**
 * Words that name a credential when they end a key: `password`, `mail.smtp.password`, `clientSecret`, `X-Api-Key`.
 * Matched case-insensitively; the lookahead keeps only words followed by a separator (after an optional quote).
 */
const KEY_WORD =
  /(pass(?:word|wd|phrase)?|pwd|secret|token|credentials?|api[-_]?key|(?:access|secret|private|subscription)[-_]key)(?=\\?["']?[ \t]{0,4}(?:=>|[:=]))/gi;

/** Short words that are credentials only as a whole key segment (`pass=` yes, `bypass=` no). */
const SHORT = new Set(['pass', 'pwd']);

/** Values that hold nothing to hide: empty markers, placeholders and already-masked text. */
const PLACEHOLDER = /^(?:\**|null|none|undefined|nil|\[?protected\]?|<?redacted>?|\[redacted\]|<hidden>|hidden|masked)$/i;

/** Words a prose message puts after `password:` (a status, not a credential): left alone in the `key: word` form. */
const STATUS_WORD =
  /^(?:expired|expires|invalid|incorrect|wrong|missing|required|empty|changed|reset|updated|accepted|rejected|revoked|refreshed|ok|failed|not|set|unset|true|false|yes|no|enabled|disabled|present|absent)$/i;

/** A lower-case word: after a blank that follows the separator, and itself followed by prose, it is a sentence. */
const PROSE_VALUE = /^[a-z]{2,24}[.!?]?$/;

/** True when `value`, read after `key: ` or `key= `, is a sentence going on (`client_secret= instance in the …`), not a value. */
function isProse(text: string, start: number, end: number, value: string, colon: boolean): boolean {
  if (text[start - 1] !== ' ') return false;
  const word = value.replace(/[.!?]$/, '');
  if (colon && STATUS_WORD.test(word)) return true;
  if (!PROSE_VALUE.test(value)) return false;
  if (!colon && word !== value) return true;
  return text[end] === ' ' && /[a-z]/.test(text[end + 1] ?? '');
}

/** A value that is itself a credential key (or the Authorization header) when a separator follows it. */
const KEY_NAME = /^(?:[A-Za-z_][\w.-]{0,80})?(?:pass(?:word|wd)?|pwd|secret|token|credentials?|key|authorization)$/i;

/** A value that opens with a credential key and its separator (`token: Authorization=Bearer …`): the key inside comes next. */
const NESTED_KEY = /^(?:[A-Za-z_][\w.-]{0,80})?(?:pass(?:word|wd)?|pwd|secret|token|credentials?|key|authorization)(?:=|:)/i;

/** True when what follows a separator is the next key (`token: password: x`, `'token' => 'pass' => …`), not a value. */
function isKey(text: string, after: number, value: string, quote: string): boolean {
  if (!quote && ((value.endsWith(':') && KEY_NAME.test(value.slice(0, -1))) || NESTED_KEY.test(value))) return true;
  return KEY_NAME.test(value) && /^[ \t]*(?:=>|[:=])/.test(text.slice(after, after + 8));
}

/** A scheme or command word before the real value (`token: Bearer ya29…`): the value is the word after it. */
const SCHEME = /^(?:Bearer|Basic|Digest|NTLM|Negotiate|PASS|LOGIN)$/i;

/** Characters that end an unquoted value. */
const VALUE_END = new Set([' ', '\t', '\r', '\n', '&', ';', ',', '"', "'", '<', '>', ')', '}', ']', '|']);

/** What follows a backslash that ends a value: an escaped quote or line break of an embedded string; any other pair (`\=`, `\\`, `\/`) is part of it. */
const ESCAPE_END = new Set(['"', "'", 'n', 'r', 't']);

/** True when the backslash at `k` ends a value: an escape of the set above, or a `\uXXXX` escape of a character that ends one. */
function escapeEnds(text: string, k: number): boolean {
  const next = text[k + 1];
  if (next === undefined || ESCAPE_END.has(next)) return true;
  if (next !== 'u' || !/^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) return false;
  return VALUE_END.has(String.fromCharCode(Number.parseInt(text.slice(k + 2, k + 6), 16)));
}

/** Longest quoted value looked at for its closing quote. */
const MAX_VALUE = 8192;

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}
function isAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || isUpper(c) || (c >= '0' && c <= '9');
}

/** True when the word at `i` starts a key segment: after punctuation, a camelCase hump, or (long words) glued on. */
function startsSegment(text: string, i: number, word: string): boolean {
  const prev = text[i - 1];
  if (prev === undefined || !isAlnum(prev)) return true;
  if (isUpper(word[0] as string) && !isUpper(prev)) return true;
  return !SHORT.has(word.toLowerCase());
}

/** Skips the quote, blanks and separator after a key word; returns the value's start, or -1 when it is not a separator. */
function afterSeparator(text: string, j: number): number {
  if (text[j] === '\\' && text[j + 1] === '"') j += 2;
  else if (text[j] === '"' || text[j] === "'") j += 1;
  while (text[j] === ' ' || text[j] === '\t') j += 1;
  if (text.startsWith('=>', j)) j += 2;
  else if (text[j] === ':' || text[j] === '=') {
    if (text.startsWith('://', j)) return -1;
    j += 1;
  } else return -1;
  for (let blanks = 0; (text[j] === ' ' || text[j] === '\t') && blanks < 8; blanks += 1) j += 1;
  return j;
}

/** The end of a quoted value opened just before `start` by `quote` (`"`, `'` or `\"`), or -1 when it does not close on its line. */
function closingQuote(text: string, start: number, quote: string): number {
  const limit = Math.min(text.length, start + MAX_VALUE);
  for (let k = start; k < limit; k += 1) {
    const c = text[k];
    if (c === '\n') return -1;
    if (quote === '\\"') {
      if (c === '\\' && text[k + 1] === '"') return k;
    } else if (c === '\\' && quote === '"') k += 1;
    else if (c === quote) return k;
  }
  return -1;
}

/** The end of the run of value characters around `start`, remembered so that a run is scanned once however many keys it holds. */
interface RunMemo {
  from: number;
  to: number;
}

/** The end of an unquoted value starting at `start`. */
function valueEnd(text: string, start: number, memo: RunMemo): number {
  if (start >= memo.from && start <= memo.to) return memo.to;
  let k = start;
  while (k < text.length && !VALUE_END.has(text[k] as string)) {
    if (text[k] === '\\' && escapeEnds(text, k)) break;
    k += text[k] === '\\' ? 2 : 1;
  }
  k = Math.min(k, text.length);
  memo.from = start;
  memo.to = k;
  return k;
}

/** Masks the values of credential keys; `count` grows by one per masked value. */
export function maskKeyValues(text: string, count: MaskCounter): string {
  let out = '';
  let copied = 0;
  const memo: RunMemo = { from: -1, to: -1 };
  KEY_WORD.lastIndex = 0;
  for (let m = KEY_WORD.exec(text); m; m = KEY_WORD.exec(text)) {
    const word = m[1] as string;
    if (!startsSegment(text, m.index, word)) continue;
    const keyQuoted = text[m.index - 1] === '"' || text[m.index - 1] === "'";
    let start = afterSeparator(text, m.index + word.length);
    if (start < 0 || start <= copied) continue;
    let end: number;
    const quote = text.startsWith('\\"', start) ? '\\"' : text[start] === '"' || text[start] === "'" ? (text[start] as string) : '';
    if (quote) {
      start += quote.length;
      const close = closingQuote(text, start, quote);
      end = close < 0 ? valueEnd(text, start, memo) : close;
    } else {
      const c = text[start];
      if (c === '{' || c === '[' || c === undefined) continue;
      end = valueEnd(text, start, memo);
    }
    if (!quote && SCHEME.test(text.slice(start, end)) && /^[ \t]+[^\s]/.test(text.slice(end, end + 2))) {
      start = end + 1;
      while (text[start] === ' ' || text[start] === '\t') start += 1;
      end = valueEnd(text, start, memo);
    }
    const value = text.slice(start, end);
    if (value === '' || PLACEHOLDER.test(value)) continue;
    if (isKey(text, end + quote.length, value, quote)) continue;
    if (!quote && !keyQuoted && isProse(text, start, end, value, text.lastIndexOf(':', start) > m.index)) continue;
    out += text.slice(copied, start) + MASK;
    copied = end;
    count.n += 1;
    KEY_WORD.lastIndex = Math.max(KEY_WORD.lastIndex, end);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** XML elements that hold a credential: `<password>…</password>`, `<ns:clientSecret>…</ns:clientSecret>`. */
const XML_ELEMENT = /(<(?:[\w.-]{1,40}:)?(?:[\w.-]{0,40}(?:password|passwd|secret|token|credentials?|api[-_]?key))>)([^<\n]{1,8192})(?=<\/)/gi;

/** Masks the text of credential-named XML elements. */
export function maskXmlElements(text: string, count: MaskCounter): string {
  if (!text.includes('</')) return text;
  return text.replace(XML_ELEMENT, (whole, open: string, value: string) => {
    if (PLACEHOLDER.test(value.trim())) return whole;
    count.n += 1;
    return `${open}${MASK}`;
  });
}
