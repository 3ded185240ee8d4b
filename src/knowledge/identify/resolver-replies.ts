// The code layer for what the resolver answered, as client runtimes report it: getaddrinfo's EAI codes by number and
// by the C library's words, Windows Sockets' resolver errors by their text, and the DNS response code SERVFAIL. A
// lookup that failed for now (the name server did not answer, or failed) is told apart from a name that does not exist.
import type { CauseId } from '../index.js';
import { codeFinding } from './code-finding.js';
import type { Identified } from './types.js';

/** The text reports a getaddrinfo result: without these words a bare "[Errno -3]" or "Try again" means nothing. The
 * resolver is also named by the runtime's own entry points in a stack or message: .NET's System.Net.Dns methods
 * (GetHostAddresses, GetHostEntry, GetHostByName, GetAddrInfo, NameResolutionPal), Java's InetAddress lookups
 * (getAllByName, lookupAllHostAddr) and Go's "lookup <name> on <server>:53". */
const RESOLVER_CONTEXT =
  /\b(?:gaierror|getaddrinfo|EAI_[A-Z]+|name resolution|lookup address information|resolv(?:e|ing|er)|nodename|UnknownHostException|NameResolution\w*|\w*GetHost(?:Addresses|Entry|ByName)\w*|GetAddrInfo\w*|getAllByName|lookupAllHostAddr)\b|\bDns\.\w+|\blookup \S+ on \S+:53\b/i;

/** getaddrinfo's EAI codes by the negative numbers glibc and musl give them (netdb.h), as Python prints them
 * ("socket.gaierror: [Errno -3] ..."): only the ones that say whether the name exists. */
const EAI_NUMBERS: Readonly<Record<string, { name: string; cause: CauseId }>> = {
  '-2': { name: 'EAI_NONAME', cause: 'tcp.name-not-resolved' },
  '-3': { name: 'EAI_AGAIN', cause: 'dns.server-unreachable' },
};

/** musl's gai_strerror texts (Alpine-based containers), which glibc words otherwise: "Try again" is EAI_AGAIN ("Temporary
 * failure in name resolution"), "Name does not resolve" EAI_NONAME. Read only as the message after a colon or bracket. */
const MUSL_TEXTS: ReadonlyArray<[RegExp, string, CauseId]> = [
  [/(?:[:\]]\s*)Try again\b/, 'EAI_AGAIN', 'dns.server-unreachable'],
  [/(?:[:\]]\s*)Name does not resolve\b/, 'EAI_NONAME', 'tcp.name-not-resolved'],
  // .NET on Linux and macOS reports a lookup that got EAI_AGAIN as SocketError.TryAgain with the system's text of
  // EAGAIN (native error 11), "Resource temporarily unavailable": in a resolver's report it is that lookup, not a socket.
  [/(?:[:\]]\s*)Resource temporarily unavailable\b/, 'EAI_AGAIN', 'dns.server-unreachable'],
];

/** glibc's gai_strerror text of EAI_AGAIN ("Temporary failure in name resolution") in the locales it is translated to
 * (glibc's po files; seen in ping, wget, sudo and Python output): the text names the resolver itself. */
const LOCALIZED_EAI_AGAIN =
  /Temporärer Fehler bei der Namensauflösung|[EÉ]chec temporaire dans la résolution du nom|Fallo temporal en la resolución del nombre|域名解析暂时失败/i;

/** Windows Sockets resolver errors by their message text (Microsoft Learn: Windows Sockets Error Codes), as .NET and
 * Windows tools print them without the number: WSATRY_AGAIN (11002), a lookup that got no answer. */
const WINSOCK_TEXTS: ReadonlyArray<[RegExp, string, CauseId]> = [
  [/\btemporary error during host ?name resolution\b/i, 'WSATRY_AGAIN', 'dns.server-unreachable'],
  // The same message in Simplified Chinese Windows ("this is usually a temporary error during host name resolution").
  [/主机名解析时通常出现的暂时错误/, 'WSATRY_AGAIN', 'dns.server-unreachable'],
];

/** The EAI code says more than the exception class that carries it (Java's UnknownHostException with musl's "Try again"
 * is a lookup that failed for now, as with glibc's "Temporary failure in name resolution"). */
const EAI_RANK = 35;

const EAI_SOURCE = 'glibc and musl netdb.h (EAI_* values) and gai_strerror texts (glibc translations in de, fr, es, zh_CN)';
const WINSOCK_SOURCE = 'Microsoft Learn: Windows Sockets Error Codes (WSATRY_AGAIN 11002), English and Simplified Chinese Windows texts';

/** DNS response code 2, SERVFAIL (RFC 1035 section 4.1.1), named in a resolver's or a library's report. */
const SERVFAIL = /\bSERVFAIL\b/;

/** A lookup that did not finish: Exim's "host lookup did not complete" (a DNS deferral), qmail's "lookup failed
 * temporarily", the resolver library's TRY_AGAIN text ("Host name lookup failure", hstrerror) that Sendmail defers
 * with, a temporary failure or error said of DNS in either order ("DNS temporary failure", OpenSMTPD's "Temporary
 * failure in MX lookup", "temporary MX resolution error"), and a name server that gave no answer. */
const LOOKUP_UNFINISHED =
  /\blookup (?:did not complete|failed temporarily)\b|\bhost name lookup failure\b|\b(?:dns|resolver|name resolution|lookup)\b[^.\n]{0,20}\btemporar(?:y|ily) (?:failure|error)\b|\btemporar(?:y|ily) (?:failure|error) (?:in|during|of|with) (?:the )?(?:MX |DNS |A |AAAA |host ?name |name )?(?:lookup|resolution|query)\b|\btemporary (?:MX |DNS |host ?name |name )(?:resolution|lookup) (?:failure|error)\b|\bno (?:response|answer|reply) from (?:the |any )?(?:dns|name) ?servers?\b/i;

function eaiFindings(text: string): Identified[] {
  const localized = LOCALIZED_EAI_AGAIN.exec(text);
  if (localized) return [codeFinding('dns.server-unreachable', localized[0], EAI_RANK, { errno: 'EAI_AGAIN', source: EAI_SOURCE })];
  if (!RESOLVER_CONTEXT.test(text)) return [];
  const number = /\[Errno (-\d)\]/.exec(text);
  const eai = number ? EAI_NUMBERS[number[1] ?? ''] : undefined;
  if (number && eai) return [codeFinding(eai.cause, number[0], EAI_RANK, { errno: eai.name, source: EAI_SOURCE })];
  for (const [re, name, cause] of MUSL_TEXTS) {
    const m = re.exec(text);
    if (m) return [codeFinding(cause, m[0].replace(/^[:\]]\s*/, ''), EAI_RANK, { errno: name, source: EAI_SOURCE })];
  }
  return [];
}

/** The resolver's answer a text reports, as code-layer findings. */
export function resolverReplyFindings(text: string): Identified[] {
  const out = eaiFindings(text);
  for (const [re, name, cause] of WINSOCK_TEXTS) {
    const m = re.exec(text);
    if (m) out.push(codeFinding(cause, m[0], 32, { winsock: name, source: WINSOCK_SOURCE }));
  }
  const servfail = SERVFAIL.exec(text);
  if (servfail) out.push(codeFinding('dns.servfail', servfail[0], 30, { rcode: 'SERVFAIL', source: 'RFC 1035 section 4.1.1 (RCODE 2, server failure)' }));
  const unfinished = LOOKUP_UNFINISHED.exec(text);
  if (unfinished) out.push(codeFinding('dns.server-unreachable', unfinished[0], 31, { source: 'Exim and qmail wordings of a DNS lookup deferred for now' }));
  return out;
}
