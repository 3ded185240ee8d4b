// What a token endpoint's error body means: its AADSTS code (aadsts.ts), Google's wordings, else its `error` value
// (registries/oauth-errors.ts: RFC 6749 § 5.2, OpenID Connect and Google's codes).
import { aadsts } from './aadsts.js';
import type { CauseId } from './index.js';
import { oauthError } from './registries/oauth-errors.js';

/** The fields of an OAuth error body that name what went wrong. */
export interface TokenErrorFields {
  error?: string;
  error_description?: string;
  error_codes?: number[];
}

/** Google's error descriptions that say more than their `error` value (both come with invalid_grant or deleted_client). */
export const GOOGLE_DESCRIPTIONS = {
  revoked: { pattern: /Token has been expired or revoked\.?/i, cause: 'oauth.grant.revoked' },
  deleted: { pattern: /The OAuth client was deleted\.?/i, cause: 'oauth.client.not-found' },
} as const satisfies Record<string, { pattern: RegExp; cause: CauseId }>;

/** The AADSTS code of an Entra error body: the first of error_codes, else the one in the description. */
export function aadstsCode(body: TokenErrorFields): string | undefined {
  const first = body.error_codes?.[0];
  if (first !== undefined) return String(first);
  return /\bAADSTS(\d{4,8})\b/.exec(body.error_description ?? '')?.[1];
}

/** The cause of a token error body: its AADSTS code, Google's wording, else the RFC 6749 error code. */
export function tokenErrorCause(body: TokenErrorFields): CauseId {
  const code = aadstsCode(body);
  if (code) return aadsts(code)?.cause ?? 'oauth.aadsts.unknown';
  const description = body.error_description ?? '';
  const google = Object.values(GOOGLE_DESCRIPTIONS).find((d) => d.pattern.test(description));
  if (google) return google.cause;
  return (body.error ? oauthError(body.error)?.entry.cause : undefined) ?? 'oauth.endpoint.error';
}
