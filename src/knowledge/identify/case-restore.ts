// A text whose case was changed wholesale (a log pipeline that lower-cases everything, a ticket title in capitals)
// has lost nothing but its case. Its case carries no information any more, so the names that are matched by their
// exact spelling (errno names, exception classes, IMAP and POP3 codes, Node and OpenSSL codes, AADSTS) are given
// back their registered spelling, and the documented wordings are matched regardless of case.
import { MATCHERS, type CauseId } from '../index.js';
import { DNS_ERRNO, LIBUV_ERRNO, LIBUV_WINDOWS_ERRNO, LINUX_ERRNO } from '../registries/errno.js';
import { DOTNET_EXCEPTIONS, JAVA_EXCEPTIONS, PYTHON_EXCEPTIONS } from '../registries/exceptions.js';
import { GRAPH_ERRORS } from '../registries/graph.js';
import { IMAP_CODES, POP3_CODES } from '../registries/imap-pop3.js';
import { OPENSSL_VERIFY } from '../registries/openssl-verify.js';
import { NODE_TLS_ERRORS } from '../registries/tls-texts.js';
import type { TextMatcher } from '../types.js';

/** Whether a text's letters are all of one case (so its case was very likely changed as a whole). */
export function singleCase(text: string): boolean {
  return /[a-zA-Z]{4}/.test(text) && (!/[a-z]/.test(text) || !/[A-Z]/.test(text));
}

/** The names matched by their spelling, keyed by their lower-case form. */
const SPELLINGS: ReadonlyMap<string, string> = new Map(
  [
    ...Object.keys(LIBUV_ERRNO.entries),
    ...Object.keys(DNS_ERRNO.entries),
    ...Object.keys(LIBUV_WINDOWS_ERRNO),
    ...Object.keys(LINUX_ERRNO),
    ...Object.keys(JAVA_EXCEPTIONS.entries),
    ...Object.keys(PYTHON_EXCEPTIONS.entries),
    ...Object.keys(DOTNET_EXCEPTIONS.entries),
    ...Object.keys(GRAPH_ERRORS.entries),
    ...Object.keys(IMAP_CODES.entries),
    ...Object.keys(POP3_CODES.entries),
    ...Object.keys(NODE_TLS_ERRORS.entries),
    ...OPENSSL_VERIFY.map((v) => v.name),
    'AADSTS',
    'ERR',
    'NO',
    'BAD',
  ].flatMap((name) => name.split(/[./]/).map((part) => [part.toLowerCase(), part] as const)),
);

/** Words and dotted names, as candidates for their registered spelling. */
const TOKEN = /[A-Za-z][A-Za-z0-9_]*/g;

/** The text with every name it shares with the registries spelt as they register it; other words in lower case. */
export function restoreCase(text: string): string {
  return text.replace(TOKEN, (word) => {
    const lower = word.toLowerCase();
    const known = SPELLINGS.get(lower);
    if (known) return known;
    const aadsts = /^aadsts(\d+)$/.exec(lower);
    return aadsts ? `AADSTS${aadsts[1]}` : lower;
  });
}

/** The documented wordings, matched regardless of case (built once, on first use). */
let anyCase: readonly TextMatcher<CauseId>[] | undefined;
export function anyCaseMatchers(): readonly TextMatcher<CauseId>[] {
  anyCase ??= MATCHERS.map((m) => (m.pattern.flags.includes('i') ? m : { ...m, pattern: new RegExp(m.pattern.source, `${m.pattern.flags}i`) }));
  return anyCase;
}
