// OAuth 2.0 error codes (RFC 6749, RFC 6750, RFC 8628), OpenID Connect errors, and Google's OAuth error codes.
import { defineRegistry, entryOf, type RegistryEntry } from './types.js';

/** The `error` values of token, authorization, bearer and device responses, and the cause each leads to. */
export const OAUTH_ERRORS = defineRegistry(
  'RFC 6749 sections 4.1.2.1 and 5.2; RFC 6750 section 3.1; RFC 8628 section 3.5; OpenID Connect Core 1.0 section 3.1.2.6',
  {
    invalid_request: {
      text: 'The request is missing a required parameter, includes an unsupported parameter value, repeats a parameter, or is otherwise malformed.',
      cause: 'oauth.request.invalid',
      ref: 'RFC 6749',
    },
    invalid_client: {
      text: 'Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).',
      cause: 'oauth.client.invalid',
      ref: 'RFC 6749',
    },
    invalid_grant: {
      text: 'The provided authorization grant or refresh token is invalid, expired, revoked, does not match the redirection URI, or was issued to another client.',
      cause: 'oauth.grant.invalid',
      ref: 'RFC 6749',
    },
    unauthorized_client: {
      text: 'The authenticated client is not authorized to use this authorization grant type.',
      cause: 'oauth.client.unauthorized',
      ref: 'RFC 6749',
    },
    unsupported_grant_type: {
      text: 'The authorization grant type is not supported by the authorization server.',
      cause: 'oauth.grant-type.unsupported',
      ref: 'RFC 6749',
    },
    invalid_scope: {
      text: 'The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.',
      cause: 'oauth.scope.invalid',
      ref: 'RFC 6749',
    },
    access_denied: { text: 'The resource owner or authorization server denied the request.', cause: 'oauth.access-denied', ref: 'RFC 6749; RFC 8628' },
    unsupported_response_type: {
      text: 'The authorization server does not support obtaining an authorization code using this method.',
      cause: 'oauth.request.invalid',
      ref: 'RFC 6749',
    },
    server_error: {
      text: 'The authorization server encountered an unexpected condition that prevented it from fulfilling the request.',
      cause: 'oauth.endpoint.error',
      ref: 'RFC 6749',
    },
    temporarily_unavailable: {
      text: 'The authorization server is currently unable to handle the request due to a temporary overloading or maintenance of the server.',
      cause: 'oauth.endpoint.error',
      ref: 'RFC 6749',
    },
    invalid_token: {
      text: 'The access token provided is expired, revoked, malformed, or invalid for other reasons.',
      cause: 'oauth.token.invalid',
      ref: 'RFC 6750',
    },
    insufficient_scope: {
      text: 'The request requires higher privileges than provided by the access token.',
      cause: 'oauth.claims.scope-missing',
      ref: 'RFC 6750',
    },
    authorization_pending: {
      text: "The authorization request is still pending as the end user hasn't yet completed the user-interaction steps.",
      cause: 'oauth.device.pending',
      ref: 'RFC 8628',
    },
    slow_down: {
      text: 'A variant of authorization_pending: polling should continue, but the interval must be increased.',
      cause: 'oauth.device.pending',
      ref: 'RFC 8628',
    },
    expired_token: { text: 'The device_code has expired, and the device authorization session has concluded.', cause: 'oauth.device.expired', ref: 'RFC 8628' },
    interaction_required: {
      text: 'The Authorization Server requires End-User interaction of some form to proceed.',
      cause: 'oauth.interaction-required',
      ref: 'OpenID Connect Core 1.0',
    },
    login_required: { text: 'The Authorization Server requires End-User authentication.', cause: 'oauth.interaction-required', ref: 'OpenID Connect Core 1.0' },
    account_selection_required: {
      text: 'The End-User is required to select a session at the Authorization Server.',
      cause: 'oauth.interaction-required',
      ref: 'OpenID Connect Core 1.0',
    },
    consent_required: { text: 'The Authorization Server requires End-User consent.', cause: 'oauth.consent.missing', ref: 'OpenID Connect Core 1.0' },
  },
);

/** Google's own OAuth error codes. */
export const GOOGLE_OAUTH_ERRORS = defineRegistry(
  'Google Identity: Using OAuth 2.0 to Access Google APIs; OAuth 2.0 for Web Server Applications (authorization errors)',
  {
    admin_policy_enforced: {
      text: 'The Google Account is unable to authorize one or more scopes requested due to the policies of their Google Workspace administrator.',
      cause: 'oauth.google.admin-policy',
    },
    org_internal: {
      text: 'The OAuth client ID in the request is part of a project limiting access to Google Accounts in a specific Google Cloud Organization.',
      cause: 'oauth.google.org-internal',
    },
    disallowed_useragent: {
      text: "The authorization endpoint is displayed inside an embedded user-agent disallowed by Google's OAuth 2.0 Policies.",
      cause: 'oauth.request.invalid',
    },
    deleted_client: { text: 'The OAuth client being used to make the request has been deleted.', cause: 'oauth.client.not-found' },
    disabled_client: { text: 'The OAuth client was disabled.', cause: 'oauth.client.unauthorized' },
    invalid_rapt: {
      text: 'Reauthentication is required (a session control policy requires the user to sign in again).',
      cause: 'oauth.google.reauth-required',
    },
    redirect_uri_mismatch: {
      text: 'The redirect_uri passed in the authorization request does not match an authorized redirect URI for the OAuth client ID.',
      cause: 'oauth.redirect-uri.mismatch',
    },
    invalid_client: { text: 'The OAuth client was not found, or the client secret is wrong.', cause: 'oauth.client.invalid' },
  },
);

/** An `error` value's entry (RFC and OpenID Connect first, then Google's own codes) and the source to cite for it. */
export function oauthError(name: string): { entry: RegistryEntry; source: string } | undefined {
  const lower = name.toLowerCase();
  const rfc = entryOf(OAUTH_ERRORS, lower);
  if (rfc) return { entry: rfc, source: `${OAUTH_ERRORS.source}${rfc.ref ? ` (${rfc.ref})` : ''}` };
  const google = entryOf(GOOGLE_OAUTH_ERRORS, lower);
  return google ? { entry: google, source: GOOGLE_OAUTH_ERRORS.source } : undefined;
}
