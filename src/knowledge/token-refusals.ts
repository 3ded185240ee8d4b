// What a token endpoint's error body means (RFC 6749 § 5.2 error codes, Entra's AADSTS codes, Google's wordings).
import { aadsts } from './aadsts.js';
import type { CauseId } from './index.js';

/** The fields of an OAuth error body that name what went wrong. */
export interface TokenErrorFields {
  error?: string;
  error_description?: string;
  error_codes?: number[];
}

const BY_ERROR: Record<string, CauseId> = {
  invalid_grant: 'oauth.grant.invalid',
  invalid_client: 'oauth.client.invalid',
  unauthorized_client: 'oauth.client.unauthorized',
  invalid_request: 'oauth.request.invalid',
  unsupported_grant_type: 'oauth.request.invalid',
  invalid_scope: 'oauth.scope.invalid',
  consent_required: 'oauth.consent.missing',
  interaction_required: 'oauth.mfa.required',
  deleted_client: 'oauth.client.not-found',
};

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
  if (/Token has been expired or revoked/i.test(description)) return 'oauth.grant.revoked';
  if (/The OAuth client was deleted/i.test(description)) return 'oauth.client.not-found';
  return (body.error ? BY_ERROR[body.error] : undefined) ?? 'oauth.endpoint.error';
}
