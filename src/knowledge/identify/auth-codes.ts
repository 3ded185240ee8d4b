// The code layer for sign-in errors: AADSTS numbers, OAuth `error` values (RFC 6749/6750/8628, OpenID Connect,
// Google) and Microsoft Graph error codes.
import { AADSTS_BY_NAME, aadsts } from '../aadsts.js';
import { AADSTS_MORE } from '../registries/aadsts-more.js';
import { GRAPH_ERRORS, GRAPH_HTTP } from '../registries/graph.js';
import { oauthError } from '../registries/oauth-errors.js';
import { entryOf } from '../registries/types.js';
import { codeFinding } from './code-finding.js';
import type { Identified } from './types.js';

/** Microsoft's Entra error names standing alone, built once from the registries. */
const AADSTS_NAME = new RegExp(String.raw`\b(${[...AADSTS_BY_NAME.keys()].join('|')})\b`, 'g');

/** The fields where Entra and its sign-in logs give an AADSTS number without the prefix; a bare "errorCode" only in the
 * shape of a Graph signIn status, which carries a failureReason beside it. */
const ENTRA_NUMBER_FIELD =
  /["']?error_codes["']?\s*[:=]\s*\[\s*(\d{4,8})|\bsign-?in error code\s*[:=]?\s*(\d{4,8})\b|["']?errorCode["']?\s*[:=]\s*(\d{4,8})\b(?=[^\n]{0,80}\bfailureReason\b)/gi;

function aadstsFindings(text: string): Identified[] {
  const out: Identified[] = [];
  // Entra puts the general code first and the precise one after it ("AADSTS70002: ... AADSTS50053: ..."): later ranks higher.
  for (const m of text.matchAll(/\bAADSTS(\d{4,8})\b/g)) {
    const n = m[1] ?? '';
    const entry = aadsts(n);
    if (entry)
      out.push(
        codeFinding(entry.cause, m[0], 62 + out.length, {
          aadsts: n,
          ...(entry.errorName ? { errorName: entry.errorName } : {}),
          meaning: entry.meaning,
          source: AADSTS_MORE.source,
        }),
      );
  }
  // Entra's JSON lists the numbers without the prefix ("error_codes":[7000215]); sign-in logs give the error name alone,
  // or the number under their own labels: "Sign-in error code: 50126" in the portal, and the status of a Graph signIn
  // record ({"errorCode": 50126, "failureReason": ...}).
  for (const m of text.matchAll(ENTRA_NUMBER_FIELD)) {
    const n = m[1] ?? m[2] ?? m[3] ?? '';
    const entry = aadsts(n);
    if (entry && !out.some((o) => o.evidence.aadsts === n))
      out.push(codeFinding(entry.cause, m[0], 60, { aadsts: n, meaning: entry.meaning, source: AADSTS_MORE.source }));
  }
  for (const m of text.matchAll(AADSTS_NAME)) {
    const n = AADSTS_BY_NAME.get(m[1] ?? '') ?? '';
    const entry = aadsts(n);
    if (entry && !out.some((o) => o.evidence.aadsts === n))
      out.push(codeFinding(entry.cause, m[0], 58, { aadsts: n, errorName: m[1] ?? '', meaning: entry.meaning, source: AADSTS_MORE.source }));
  }
  return out;
}

/** `error=invalid_grant`, `"error":"invalid_grant"`, `{error=invalid_grant,` or a code standing alone. */
const ERROR_FIELD = /(?:["']?\berror["']?\s*[:=]\s*["']?|^\s*)([a-z]+(?:_[a-z]+)+)\b/gi;
const BARE_CODE = /\b([a-z]+(?:_[a-z]+)+)\b/g;

function oauthFindings(text: string): Identified[] {
  const seen = new Set<string>();
  const out: Identified[] = [];
  const add = (name: string, matched: string, specificity: number) => {
    const lower = name.toLowerCase();
    if (seen.has(lower)) return;
    const found = oauthError(lower);
    if (!found?.entry.cause) return;
    seen.add(lower);
    out.push(codeFinding(found.entry.cause, matched, specificity, { error: lower, registered: found.entry.text, source: found.source }));
  };
  for (const m of text.matchAll(ERROR_FIELD)) add(m[1] ?? '', m[0].trim(), 22);
  for (const m of text.matchAll(BARE_CODE)) add(m[1] ?? '', m[0], 20);
  return out;
}

/** Graph codes that read as Graph codes anywhere; the generic lowerCamel ones need a "code" field around them. */
const DISTINCT_GRAPH =
  /\b(Error[A-Z]\w+|Mailbox\w+ForRESTAPI|InvalidAuthenticationToken|Authorization_\w+|Request_\w+|ApplicationThrottled|TooManyRequests|NoPermissionsInAccessToken|ResourceNotFound)\b/g;
const GRAPH_FIELD = /["']?code["']?\s*[:=]\s*["']?(\w+)/gi;

function graphFindings(text: string): Identified[] {
  const out: Identified[] = [];
  const add = (name: string, matched: string) => {
    const entry = entryOf(GRAPH_ERRORS, name);
    if (entry?.cause && !out.some((o) => o.evidence.graphCode === name))
      out.push(codeFinding(entry.cause, matched, 30, { graphCode: name, registered: entry.text, source: GRAPH_ERRORS.source }));
  };
  for (const m of text.matchAll(DISTINCT_GRAPH)) add(m[1] ?? '', m[0]);
  for (const m of text.matchAll(GRAPH_FIELD)) add(m[1] ?? '', m[0]);
  if (out.length === 0 && /graph\.microsoft\.(?:com|us)/i.test(text)) {
    const status = /\b(40[0134]|429|50[034])\b/.exec(text);
    const entry = status ? entryOf(GRAPH_HTTP, status[1] ?? '') : undefined;
    if (status && entry?.cause)
      out.push(codeFinding(entry.cause, status[0], 18, { httpStatus: Number(status[1]), registered: entry.text, source: GRAPH_HTTP.source }));
  }
  return out;
}

/** Causes read from sign-in and Graph error codes in a text. */
export function authCodeFindings(text: string): Identified[] {
  return [...aadstsFindings(text), ...oauthFindings(text), ...graphFindings(text)];
}
