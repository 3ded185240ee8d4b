// The code layer for sockets and TLS: errno names, OpenSSL verify results and SSL reasons, and Node.js TLS codes.
import { DNS_ERRNO, LIBUV_ERRNO, LIBUV_WINDOWS_ERRNO, LINUX_ERRNO, STRERROR_TEXTS } from '../registries/errno.js';
import { OPENSSL_VERIFY, OPENSSL_VERIFY_SOURCE } from '../registries/openssl-verify.js';
import { NODE_TLS_ERRORS, SSL_REASONS } from '../registries/tls-texts.js';
import { entryOf, type RegistryEntry } from '../registries/types.js';
import {
  OUTLOOK_MAIL_ERRORS,
  OUTLOOK_MAIL_ERRORS_SOURCE,
  WINDOWS_SECURITY,
  WINDOWS_SECURITY_SOURCE,
  X509_CHAIN_STATUS,
} from '../registries/windows-security.js';
import { codeFinding } from './code-finding.js';
import { findPhrase, normalizeText } from './normalize.js';
import type { Identified } from './types.js';

/** Errno names too short or too common in prose to count without a code field around them. */
const CONTEXT_ONLY = new Set(['EOF', 'EIO', 'EPERM', 'ENOENT', 'EACCES', 'EEXIST', 'EINVAL', 'EBUSY', 'EAGAIN', 'EINTR', 'ENOMEM', 'EFILE', 'EBADF']);

function errnoFindings(text: string): Identified[] {
  const out: Identified[] = [];
  for (const m of text.matchAll(/(?<![\w-])(E[A-Z0-9_]{2,})(?![\w-])/g)) {
    const name = m[1] ?? '';
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (CONTEXT_ONLY.has(name) && !/(?:code|errno|error)["']?\s*[:=]?\s*["']?$/i.test(before) && !/^\w+\s$/.test(before.slice(-8))) continue;
    const dns = /getaddrinfo|queryA|querySrv|dns|resolve/i.test(text) ? entryOf(DNS_ERRNO, name) : undefined;
    const entry = dns ?? entryOf(LIBUV_ERRNO, name) ?? entryOf(DNS_ERRNO, name);
    if (!entry?.cause || out.some((o) => o.evidence.errno === name)) continue;
    // A timeout while reading (Node.js "read ETIMEDOUT", syscall 'read') is a silent server, not a blocked port.
    const reading = name === 'ETIMEDOUT' && (/\bread\s+$/i.test(before) || /syscall["']?\s*[:=]\s*["']read["']/i.test(text));
    out.push(
      codeFinding(reading ? 'tcp.read-timeout' : entry.cause, name, 24, {
        errno: name,
        registered: entry.text,
        source: dns ? DNS_ERRNO.source : LIBUV_ERRNO.source,
      }),
    );
  }
  for (const m of text.matchAll(/\b(?:errno|error code)\b\s*[:=]?\s*(-?\d{2,4})\b|\[Errno (\d{2,4})\]/gi)) {
    const n = m[1] ?? m[2] ?? '';
    const name = n.startsWith('-') ? (LIBUV_WINDOWS_ERRNO[n] ?? Object.entries(LINUX_ERRNO).find(([k]) => `-${k}` === n)?.[1]) : LINUX_ERRNO[n];
    const entry = name ? entryOf(LIBUV_ERRNO, name) : undefined;
    if (!name || !entry?.cause || out.some((o) => o.evidence.errno === name)) continue;
    out.push(codeFinding(entry.cause, m[0], 22, { errno: name, errnoNumber: Number(n), registered: entry.text, source: LIBUV_ERRNO.source }));
  }
  return out;
}

/** The strerror texts, normalised once, longest first so that "connection reset by peer" wins over a shorter text. */
const STRERROR = Object.entries(STRERROR_TEXTS)
  .map(([text, name]) => ({ text, norm: normalizeText(text), name }))
  .sort((a, b) => b.text.length - a.text.length);

/** The operating system's own words for a socket failure: they say more than the exception class that carries them
 * (a ConnectException whose message is "Connection timed out" is a timeout, not a refusal). */
function strerrorFindings(text: string, norm: string): Identified[] {
  const out: Identified[] = [];
  for (const { text: registered, norm: phrase, name } of STRERROR) {
    const entry = entryOf(LIBUV_ERRNO, name);
    const at = findPhrase(norm, phrase);
    if (!entry?.cause || at < 0 || out.some((o) => o.cause === entry.cause)) continue;
    // As an exception's message the text is the reason; elsewhere (after a server's reply code) it is only a detail.
    const message = /(?:exception|error)\s?:\s?$/.test(norm.slice(Math.max(0, at - 24), at));
    out.push(
      codeFinding(entry.cause, registered.toLowerCase(), message ? 31 : 21, {
        errno: name,
        strerror: registered,
        source: 'POSIX strerror and gai_strerror texts (glibc, BSD)',
      }),
    );
  }
  return out;
}

/** Windows Sockets error numbers (Microsoft Learn: Windows Sockets Error Codes) as .NET and Python on Windows print them. */
const WINSOCK: Readonly<Record<string, string>> = {
  '10013': 'EACCES',
  '10049': 'EADDRNOTAVAIL',
  '10050': 'ENETDOWN',
  '10051': 'ENETUNREACH',
  '10052': 'ECONNRESET',
  '10053': 'ECONNABORTED',
  '10054': 'ECONNRESET',
  '10057': 'ENOTCONN',
  '10060': 'ETIMEDOUT',
  '10061': 'ECONNREFUSED',
  '10064': 'EHOSTDOWN',
  '10065': 'EHOSTUNREACH',
  '11001': 'ENOTFOUND',
  '11002': 'EAI_AGAIN',
  '11004': 'EAI_NODATA',
};

/** A Winsock error number in a text: after a word that labels it (WSAE..., errno, [WinError, "("), or written as a
 * Windows HRESULT of facility 7 (Win32), as Windows mail apps show it: 0x80072746 is error 10054. */
function winsockNumber(text: string): { matched: string; number: string } | undefined {
  const m = /(?:\b(?:WSAE\w+|WSA\w+|errno|error code|SocketErrorCode|NativeErrorCode)\b|\[WinError|\()\s*[:=]?\s*(1[01]\d{3})\b/i.exec(text);
  if (m) return { matched: m[0], number: m[1] ?? '' };
  const h = /\b0x8007([0-9A-F]{4})\b/i.exec(text);
  return h ? { matched: h[0], number: String(parseInt(h[1] ?? '', 16)) } : undefined;
}

function winsockFindings(text: string): Identified[] {
  const found = winsockNumber(text);
  const name = found ? WINSOCK[found.number] : undefined;
  if (!found || !name) return [];
  const entry = name === 'ENOTFOUND' ? DNS_ERRNO.entries.ENOTFOUND : entryOf(LIBUV_ERRNO, name);
  return entry?.cause
    ? [codeFinding(entry.cause, found.matched, 32, { winsock: Number(found.number), errno: name, source: 'Microsoft Learn: Windows Sockets Error Codes' })]
    : [];
}

/** What introduces a verify result's number: a verify or verification word, optionally its outcome ("error",
 * "failed", "return code"), then only punctuation and at most a "num=" label before the number. OpenSSL's own forms
 * ("verify error:num=19", "Verify return code: 19") and the forms of the programs that pass the number on
 * ("certificate verification failed; 19", "verify result (20)") are one shape. */
const VERIFY_NUMBER_LEAD = String.raw`(?:\bverif(?:y|ication)(?:[ _](?:error|failed|failure|result|return code))?\s*[:;=,(]\s*(?:num\s*[=:]\s*)?|\bverify_result[:=] ?)`;

/** Verify texts that say too little to count alone ("ok", "path loop"). */
const MIN_VERIFY_TEXT = 14;

/** Each verify result with its name and number patterns, compiled once, longest text first. */
const VERIFY = [...OPENSSL_VERIFY]
  .filter((v) => v.code !== 0)
  .sort((a, b) => b.text.length - a.text.length)
  .map((v) => {
    const short = v.name.replace(/^X509_V_ERR_/, '');
    return {
      v,
      short,
      byName: new RegExp(String.raw`\b(?:X509_V_ERR_)?${short}\b`),
      byNumber: new RegExp(String.raw`${VERIFY_NUMBER_LEAD}${v.code}\b`, 'i'),
      text: v.text.length >= MIN_VERIFY_TEXT ? v.text.toLowerCase() : undefined,
    };
  });

function verifyFindings(text: string, normalized: string): Identified[] {
  const norm = normalized.replace(/self signed/g, 'self-signed');
  const out: Identified[] = [];
  const taken: Array<[number, number]> = [];
  for (const { v, short, byName: nameRe, byNumber: numberRe, text: lower } of VERIFY) {
    const byName = nameRe.test(text);
    const byNumber = numberRe.test(text);
    const at = lower ? findPhrase(norm, lower) : -1;
    const byText = at >= 0 && !taken.some(([s, e]) => at >= s && at + v.text.length <= e);
    if (at >= 0) taken.push([at, at + v.text.length]);
    if (!byName && !byNumber && !byText) continue;
    if (out.some((o) => o.cause === v.cause)) continue;
    out.push(
      codeFinding(v.cause, byName ? short : byNumber ? String(v.code) : v.text, byName || byNumber ? 34 : 32, {
        verifyCode: v.code,
        verify: v.text,
        name: v.name,
        source: OPENSSL_VERIFY_SOURCE,
      }),
    );
  }
  return out;
}

/** Node.js TLS codes and OpenSSL reasons with their patterns, compiled once. */
const NODE_CODES = Object.entries(NODE_TLS_ERRORS.entries).map(([name, e]) => ({ name, entry: e as RegistryEntry, re: new RegExp(String.raw`\b${name}\b`) }));
const REASONS = Object.entries(SSL_REASONS.entries).map(([reason, e]) => ({
  reason,
  entry: e as RegistryEntry,
  re: new RegExp(String.raw`\b(?:ERR_SSL_)?${reason.toUpperCase().replace(/ /g, '_')}\b`),
}));

function tlsFindings(text: string, norm: string): Identified[] {
  const out: Identified[] = [];
  for (const { name, entry, re } of NODE_CODES) {
    if (entry.cause && re.test(text)) out.push(codeFinding(entry.cause, name, 40, { code: name, registered: entry.text, source: NODE_TLS_ERRORS.source }));
  }
  for (const { reason, entry, re } of REASONS) {
    const hit = findPhrase(norm, reason) >= 0 || re.test(text);
    if (hit && entry.cause && !out.some((o) => o.cause === entry.cause)) {
      out.push(codeFinding(entry.cause, reason, 33, { sslReason: reason, ...(entry.meaning ? { meaning: entry.meaning } : {}), source: SSL_REASONS.source }));
    }
  }
  return out;
}

/** The Windows status patterns (name, hexadecimal or signed decimal HRESULT) and normalised texts, compiled once. */
const WINDOWS = WINDOWS_SECURITY.map((w) => {
  const hex = w.hresult.toString(16);
  return {
    w,
    byCode: new RegExp(String.raw`\b${w.name}\b|\b0x${hex}\b|(?<![\w-])${w.hresult - 2 ** 32}\b`, 'i'),
    text: normalizeText(w.text),
  };
});
const CHAIN_STATUS = new RegExp(String.raw`\b(${Object.keys(X509_CHAIN_STATUS).join('|')})\b`);

/** Schannel statuses and .NET chain status flags, by name, HRESULT or Windows text. */
function windowsFindings(text: string, norm: string): Identified[] {
  const out: Identified[] = [];
  for (const { w, byCode, text: phrase } of WINDOWS) {
    const code = byCode.exec(text);
    if (!code && findPhrase(norm, phrase) < 0) continue;
    if (out.some((o) => o.cause === w.cause)) continue;
    out.push(
      codeFinding(w.cause, code ? code[0] : w.text.toLowerCase(), code ? 34 : 32, {
        status: w.name,
        hresult: `0x${w.hresult.toString(16).toUpperCase()}`,
        registered: w.text,
        ...(w.meaning ? { meaning: w.meaning } : {}),
        source: WINDOWS_SECURITY_SOURCE,
      }),
    );
  }
  const flag = CHAIN_STATUS.exec(text);
  const cause = flag ? X509_CHAIN_STATUS[flag[1] ?? ''] : undefined;
  if (flag && cause && !out.some((o) => o.cause === cause))
    out.push(codeFinding(cause, flag[0], 30, { chainStatus: flag[0], source: 'Microsoft Learn: X509ChainStatusFlags Enum' }));
  return out;
}

/** Go's resolver errors ("lookup smtp.example.com on 127.0.0.53:53: server misbehaving"): the words after the lookup
 * tell a name that does not exist from a resolver that did not answer. */
function goLookupFindings(text: string): Identified[] {
  const m = /\blookup [\w.-]+(?: on [\w.:[\]]+)?: (?:read udp \S+: )?(?:read: )?(no such host|server misbehaving|i\/o timeout|connection refused)\b/i.exec(
    text,
  );
  if (!m) return [];
  const cause = /no such host/i.test(m[1] ?? '') ? 'tcp.name-not-resolved' : 'dns.server-unreachable';
  return [codeFinding(cause, m[0], 35, { resolver: m[1] ?? '', source: 'Go standard library: net package resolver errors (DNSError)' })];
}

/** Outlook's "Error Number: 0x800CCC0E": below a server reply the same text quotes ("Server Response: 550 ..."). */
function outlookFindings(text: string): Identified[] {
  const m = /\b0x(800CCC[0-9A-F]{2}|8004210[89AB])\b/i.exec(text);
  const entry = m ? OUTLOOK_MAIL_ERRORS[(m[1] ?? '').toUpperCase()] : undefined;
  if (!m || !entry) return [];
  return [codeFinding(entry.cause, m[0], 26, { outlookError: m[0], registered: entry.text, source: OUTLOOK_MAIL_ERRORS_SOURCE })];
}

/** Causes read from errno names, certificate verify results and TLS codes in a text. */
export function systemCodeFindings(text: string): Identified[] {
  const norm = normalizeText(text);
  return [
    ...tlsFindings(text, norm),
    ...verifyFindings(text, norm),
    ...windowsFindings(text, norm),
    ...errnoFindings(text),
    ...strerrorFindings(text, norm),
    ...winsockFindings(text),
    ...outlookFindings(text),
    ...goLookupFindings(text),
  ];
}
