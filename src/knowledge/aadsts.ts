// Entra (Azure AD) AADSTS error codes that mail OAuth runs into, each with its meaning in our words.
import type { CauseId } from './index.js';
import type { OAUTH_CAUSES } from './oauth-causes.js';
import { AADSTS_MORE } from './registries/aadsts-more.js';
import { entryOf } from './registries/types.js';

type OAuthCause = keyof typeof OAUTH_CAUSES;

/** One AADSTS code: the cause it maps to and what it means. */
export interface AadstsEntry {
  cause: OAuthCause;
  meaning: string;
  /** Microsoft's error name (as sign-in logs and some libraries print it without the number). */
  name?: string;
}

/** Known AADSTS codes (the number after "AADSTS"). */
export const AADSTS: Readonly<Record<string, AadstsEntry>> = {
  '65001': { cause: 'oauth.consent.missing', meaning: 'nobody has consented to the permissions the app asks for', name: 'DelegationDoesNotExist' },
  '65004': { cause: 'oauth.consent.missing', meaning: 'the user declined the consent prompt', name: 'UserDeclinedConsent' },
  '90094': { cause: 'oauth.consent.missing', meaning: "the permissions need an administrator's consent", name: 'AdminConsentRequired' },
  '700082': { cause: 'oauth.grant.inactive', meaning: 'the refresh token expired after too long without use', name: 'ExpiredOrRevokedGrantInactiveToken' },
  '70008': { cause: 'oauth.grant.inactive', meaning: 'the refresh token or code expired from inactivity' },
  '50173': {
    cause: 'oauth.grant.password-changed',
    meaning: 'the grant was revoked; the user probably changed or reset the password',
    name: 'FreshTokenNeeded',
  },
  '50133': { cause: 'oauth.grant.password-changed', meaning: 'the session ended because the password expired or was changed', name: 'SsoArtifactRevoked' },
  '70000': { cause: 'oauth.grant.invalid', meaning: 'the grant is invalid or malformed, or was issued to another client', name: 'InvalidGrant' },
  '7000215': { cause: 'oauth.client.secret-invalid', meaning: 'the client secret is wrong (often the Secret ID was used instead of its Value)' },
  '7000222': { cause: 'oauth.client.secret-expired', meaning: "all of the app's client secrets have expired", name: 'InvalidClientSecretExpiredKeysProvided' },
  '7000218': { cause: 'oauth.client.secret-missing', meaning: 'the request carried neither a client secret nor a client assertion' },
  '700016': { cause: 'oauth.client.not-found', meaning: 'no app with this client id exists in the tenant', name: 'UnauthorizedClient_DoesNotMatchRequest' },
  '70002': { cause: 'oauth.client.invalid', meaning: 'the client credentials could not be validated', name: 'InvalidClient' },
  '700024': { cause: 'oauth.client.assertion-invalid', meaning: 'the client assertion is outside its valid time range (clock skew)' },
  '90002': { cause: 'oauth.tenant.not-found', meaning: 'the tenant does not exist or belongs to another cloud', name: 'InvalidTenantName' },
  '900023': { cause: 'oauth.tenant.not-found', meaning: 'the tenant identifier is neither a GUID nor a known domain' },
  '90072': {
    cause: 'oauth.user.wrong-tenant',
    meaning: 'the account is from another directory and is not a member of this tenant',
    name: 'PassThroughUserMfaError',
  },
  '50020': { cause: 'oauth.user.wrong-tenant', meaning: 'the account from this identity provider does not exist in the tenant', name: 'UserUnauthorized' },
  '50076': {
    cause: 'oauth.mfa.required',
    meaning: 'a policy requires multi-factor authentication for this sign-in',
    name: 'UserStrongAuthClientAuthNRequired',
  },
  '50079': { cause: 'oauth.mfa.required', meaning: 'the user must register for multi-factor authentication first', name: 'UserStrongAuthEnrollmentRequired' },
  '50074': { cause: 'oauth.mfa.required', meaning: 'strong authentication is required', name: 'UserStrongAuthClientAuthNRequiredInterrupt' },
  '53003': { cause: 'oauth.conditional-access.blocked', meaning: 'a Conditional Access policy blocked the sign-in', name: 'BlockedByConditionalAccess' },
  '53000': { cause: 'oauth.conditional-access.blocked', meaning: 'Conditional Access requires a compliant or managed device', name: 'DeviceNotCompliant' },
  '70043': {
    cause: 'oauth.conditional-access.blocked',
    meaning: 'the refresh token is no longer valid under a Conditional Access sign-in frequency rule',
    name: 'BadTokenDueToSignInFrequency',
  },
  '50126': { cause: 'oauth.user.credentials-invalid', meaning: 'the user name or password is wrong', name: 'InvalidUserNameOrPassword' },
  '50034': { cause: 'oauth.user.not-found', meaning: 'the user account does not exist in the directory', name: 'UserAccountNotFound' },
  '50057': { cause: 'oauth.user.disabled', meaning: 'the user account is disabled', name: 'UserDisabled' },
  '50055': { cause: 'oauth.user.password-expired', meaning: "the user's password has expired", name: 'InvalidPasswordExpiredPassword' },
  '50011': { cause: 'oauth.redirect-uri.mismatch', meaning: 'the redirect URI is not one registered for the app', name: 'InvalidReplyTo' },
  '70011': { cause: 'oauth.scope.invalid', meaning: 'the scope requested is not valid', name: 'InvalidScope' },
  '500011': {
    cause: 'oauth.scope.resource-not-found',
    meaning: 'the resource named by the scope has no service principal in the tenant',
    name: 'InvalidResourceServicePrincipalNotFound',
  },
  '9002313': { cause: 'oauth.request.malformed', meaning: 'the request is malformed or invalid' },
  '900144': { cause: 'oauth.request.invalid', meaning: 'a required parameter is missing from the request body' },
  '90014': { cause: 'oauth.request.invalid', meaning: 'a required field is missing from the request', name: 'MissingRequiredField' },
  '700025': { cause: 'oauth.client.unauthorized', meaning: 'a public client sent a client secret it must not send' },
  '7000112': { cause: 'oauth.client.unauthorized', meaning: 'the application is disabled', name: 'UnauthorizedClientApplicationDisabled' },
};

/** What one AADSTS code means, from the core table above or the further codes of registries/aadsts-more.ts. */
export interface AadstsMeaning {
  cause: CauseId;
  meaning: string;
  /** Microsoft's error name. */
  errorName?: string;
}

/** The meaning of an AADSTS code ("65001" or "AADSTS65001") from either table, if known. */
export function aadsts(code: string): AadstsMeaning | undefined {
  const n = code.replace(/^AADSTS/i, '');
  const core = AADSTS[n];
  if (core) return { cause: core.cause, meaning: core.meaning, ...(core.name ? { errorName: core.name } : {}) };
  const more = entryOf(AADSTS_MORE, n);
  return more?.cause ? { cause: more.cause, meaning: more.meaning ?? more.text, errorName: more.text } : undefined;
}

/** Error names that stand for one code on their own ("BlockedByConditionalAccess" in a sign-in log): CamelCase,
 * long enough not to be an ordinary word. */
export const AADSTS_BY_NAME: ReadonlyMap<string, string> = new Map(
  [...Object.entries(AADSTS).map(([n, e]) => [e.name ?? '', n] as const), ...Object.entries(AADSTS_MORE.entries).map(([n, e]) => [e.text, n] as const)].filter(
    ([name]) => /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*|_[A-Z][a-z]+){2,}$/.test(name),
  ),
);
