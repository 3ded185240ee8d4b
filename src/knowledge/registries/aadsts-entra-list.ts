// The rest of Microsoft's published AADSTS list that a mail integration (OAuth for IMAP, SMTP or Graph) can meet:
// client assertions, endpoints and clouds, consent, interrupts and transient service errors. Codes already in
// ../aadsts.ts or ./aadsts-more.ts are not repeated. `text` is Microsoft's error name (or its description where the
// list gives no name); `meaning` is ours.
import type { RegistryEntry } from './types.js';

/** Source: Microsoft Learn, "Microsoft Entra authentication and authorization error codes" (AADSTS error codes table). */
export const AADSTS_ENTRA_LIST = {
  '16001': {
    text: 'UserAccountSelectionInvalid',
    meaning: 'the account tile picked at sign-in was rejected; pick the account again',
    cause: 'oauth.interaction-required',
  },
  '16002': { text: 'AppSessionSelectionInvalid', meaning: 'the session the app asked for does not match; sign in again', cause: 'oauth.interaction-required' },
  '28002': {
    text: "Provided value for the input parameter scope isn't valid",
    meaning: 'a scope in the token request is not valid',
    cause: 'oauth.scope.invalid',
  },
  '28003': { text: "Provided value for the input parameter scope can't be empty", meaning: 'the token request names no scope', cause: 'oauth.scope.invalid' },
  '500022': {
    text: "Access to '{tenant}' tenant is denied",
    meaning: 'tenant restrictions on the network block sign-in to this tenant',
    cause: 'oauth.conditional-access.blocked',
  },
  '500208': {
    text: 'The domain is not a valid login domain for the account type',
    meaning: 'the account is of the wrong kind for this tenant (a personal account where only work accounts are allowed)',
    cause: 'oauth.user.wrong-tenant',
  },
  '500212': {
    text: 'NotAllowedByOutboundPolicyTenant',
    meaning: "the user's home tenant forbids signing in to this tenant (cross-tenant access policy)",
    cause: 'oauth.conditional-access.blocked',
  },
  '500213': {
    text: 'NotAllowedByInboundPolicyTenant',
    meaning: "this tenant's cross-tenant access policy does not let the user in",
    cause: 'oauth.conditional-access.blocked',
  },
  '50032': { text: 'WeakRsaKey', meaning: 'the certificate key the app signs with is too weak', cause: 'oauth.client.assertion-invalid' },
  '50033': { text: 'RetryableError', meaning: 'a transient error inside Entra; retry', cause: 'oauth.endpoint.error' },
  '50048': {
    text: 'SubjectMismatchesIssuer',
    meaning: "the client assertion's subject and issuer claims differ (both must be the app's client id)",
    cause: 'oauth.client.assertion-invalid',
  },
  '50049': { text: 'NoSuchInstanceForDiscovery', meaning: 'the authority (instance) in the request is unknown', cause: 'oauth.endpoint.wrong-url' },
  '50050': { text: 'MalformedDiscoveryRequest', meaning: 'the discovery request is malformed', cause: 'oauth.request.malformed' },
  '50085': {
    text: 'Refresh token needs social IDP login',
    meaning: 'the refresh token can only be renewed by signing in again',
    cause: 'oauth.interaction-required',
  },
  '50087': { text: 'SasRetryableError', meaning: 'a transient error during multi-factor authentication; retry', cause: 'oauth.endpoint.error' },
  '50125': {
    text: 'PasswordResetRegistrationRequiredInterrupt',
    meaning: 'sign-in stopped for password-reset registration; the user must finish it interactively',
    cause: 'oauth.interaction-required',
  },
  '501481': {
    text: "The Code_Verifier doesn't match the code_challenge supplied in the authorization request",
    meaning: 'the PKCE code verifier does not belong to this authorization code',
    cause: 'oauth.grant.invalid',
  },
  '50155': {
    text: 'DeviceAuthenticationFailed',
    meaning: 'the device could not authenticate for a device-based policy',
    cause: 'oauth.conditional-access.blocked',
  },
  '50187': {
    text: 'DeviceInformationNotProvided',
    meaning: 'a device-based policy applies but the device did not identify itself',
    cause: 'oauth.conditional-access.blocked',
  },
  '50196': {
    text: 'LoopDetected',
    meaning: 'the client asked for the same token too often in a short time; it should cache tokens and stop retrying on errors',
    cause: 'oauth.endpoint.error',
  },
  '50197': { text: 'ConflictingIdentities', meaning: 'the user could not be found; sign in again', cause: 'oauth.user.not-found' },
  '51006': {
    text: 'ForceReauthDueToInsufficientAuth',
    meaning: 'the session lacks the Windows sign-in claim; the user must sign in again',
    cause: 'oauth.interaction-required',
  },
  '53010': {
    text: 'ProofUpBlockedDueToSecurityInfoAcr',
    meaning: 'multi-factor methods may only be registered from certain places or devices',
    cause: 'oauth.mfa.required',
  },
  '530034': {
    text: 'DelegatedAdminBlockedDueToSuspiciousActivity',
    meaning: 'a delegated administrator was blocked because of risk on the home account',
    cause: 'oauth.conditional-access.blocked',
  },
  '650052': {
    text: "The app needs access to a service that your organization hasn't subscribed to or enabled",
    meaning: 'the API the app asks for is not licensed or enabled in the tenant',
    cause: 'oauth.scope.resource-not-found',
  },
  '650054': {
    text: 'The application asked for permissions to access a resource that has been removed or is no longer available',
    meaning: 'the API the app asks for is gone from the tenant',
    cause: 'oauth.scope.resource-not-found',
  },
  '650056': {
    text: 'Misconfigured application',
    meaning: 'the app registration lists no permission for the API, or an administrator has not consented',
    cause: 'oauth.consent.missing',
  },
  '700011': {
    text: 'UnauthorizedClientAppNotFoundInOrgIdTenant',
    meaning: 'no application with this client id exists in the tenant',
    cause: 'oauth.client.not-found',
  },
  '700020': { text: 'InteractionRequired', meaning: 'the grant needs the user to sign in interactively', cause: 'oauth.interaction-required' },
  '700030': {
    text: "Invalid certificate - subject name in certificate isn't authorized",
    meaning: 'the certificate the app signs with is not one authorised for it',
    cause: 'oauth.client.assertion-invalid',
  },
  '700229': {
    text: 'ForbiddenTokenType',
    meaning: 'a federated credential was given a user token where an app-only token is required',
    cause: 'oauth.client.assertion-invalid',
  },
  '70007': { text: 'UnsupportedResponseMode', meaning: 'the response_mode in the request is not supported', cause: 'oauth.request.invalid' },
  '90004': { text: 'InvalidRequestFormat', meaning: 'the request is not properly formatted', cause: 'oauth.request.malformed' },
  '90005': {
    text: 'InvalidRequestWithMultipleRequirements',
    meaning: 'the request combines parameters that cannot be used together',
    cause: 'oauth.request.invalid',
  },
  '90006': { text: 'ExternalServerRetryableError', meaning: 'a service behind Entra is temporarily unavailable; retry', cause: 'oauth.endpoint.error' },
  '90008': {
    text: 'TokenForItselfRequiresGraphPermission',
    meaning: 'the app lacks even the sign-in and read-profile permission; consent is needed',
    cause: 'oauth.consent.missing',
  },
  '9001023': {
    text: "The grant type isn't supported over the /common or /consumers endpoints",
    meaning: 'this flow needs the tenant-specific or /organizations endpoint',
    cause: 'oauth.endpoint.wrong-url',
  },
  '90012': { text: 'RequestTimeout', meaning: 'the request to Entra timed out', cause: 'oauth.endpoint.timeout' },
  '90024': { text: 'RequestBudgetExceededError', meaning: 'a transient error; retry later', cause: 'oauth.endpoint.error' },
  '90027': {
    text: 'We are unable to issue tokens from this API version on the MSA tenant',
    meaning: 'personal accounts need the v2.0 endpoint',
    cause: 'oauth.endpoint.wrong-url',
  },
  '90036': { text: 'MsodsServiceUnretryableFailure', meaning: 'an internal directory error that a retry will not fix', cause: 'oauth.endpoint.error' },
  '900384': {
    text: 'JWT token failed signature validation',
    meaning: 'the signed JWT the app sent (usually its client assertion) fails signature validation',
    cause: 'oauth.client.assertion-invalid',
  },
  '900432': {
    text: "Confidential Client isn't supported in Cross Cloud request",
    meaning: 'the app must use its own cloud',
    cause: 'oauth.endpoint.wrong-url',
  },
  '900382': {
    text: "Confidential Client isn't supported in Cross Cloud request",
    meaning: 'the app must use its own cloud',
    cause: 'oauth.endpoint.wrong-url',
  },
  '90051': { text: 'InvalidNationalCloudId', meaning: 'the national cloud named in the request does not exist', cause: 'oauth.endpoint.wrong-url' },
  '90056': {
    text: 'BadResourceRequest',
    meaning: 'the code was not redeemed with a POST to the token endpoint',
    cause: 'oauth.request.invalid',
  },
  '900561': { text: 'BadResourceRequestInvalidRequest', meaning: 'the endpoint was called with the wrong HTTP method', cause: 'oauth.request.invalid' },
  '90090': { text: 'GraphRetryableError', meaning: 'a directory service is temporarily unavailable; retry', cause: 'oauth.endpoint.error' },
  '90091': { text: 'GraphServiceUnreachable', meaning: 'a directory service could not be reached', cause: 'oauth.endpoint.error' },
  '90092': { text: 'GraphNonRetryableError', meaning: 'a directory service failed in a way a retry will not fix', cause: 'oauth.endpoint.error' },
  '900971': {
    text: 'No reply address provided',
    meaning: 'the request names no redirect URI and the app has none to fall back on',
    cause: 'oauth.redirect-uri.mismatch',
  },
  '901002': {
    text: "The 'resource' request parameter isn't supported",
    meaning: 'the v2.0 endpoint takes scopes, not resource=',
    cause: 'oauth.request.invalid',
  },
  '90107': { text: 'InvalidXml', meaning: 'the request contains characters that are not valid', cause: 'oauth.request.malformed' },
  '90117': { text: 'InvalidRequestInput', meaning: 'an input of the request is not valid', cause: 'oauth.request.invalid' },
  '90121': { text: 'InvalidEmptyRequest', meaning: 'the request was empty', cause: 'oauth.request.malformed' },
  '90124': {
    text: 'V1ResourceV2GlobalEndpointNotSupported',
    meaning: 'this resource needs the tenant-specific or /organizations endpoint, not /common or /consumers',
    cause: 'oauth.endpoint.wrong-url',
  },
  '90125': { text: 'DebugModeEnrollTenantNotFound', meaning: 'the user is not in the system; check the user name', cause: 'oauth.user.not-found' },
  '90130': {
    text: 'NonConvergedAppV2GlobalEndpointNotSupported',
    meaning: 'this application needs the tenant-specific or /organizations endpoint, not /common or /consumers',
    cause: 'oauth.endpoint.wrong-url',
  },
  '240002': {
    text: 'RequiredClaimIsMissing',
    meaning: 'an ID token cannot be used as a JWT bearer grant',
    cause: 'oauth.grant.invalid',
  },
  '1000031': {
    text: "Application can't be accessed at this time",
    meaning: 'the administrator has made the app unavailable',
    cause: 'oauth.client.unauthorized',
  },
  '9002332': {
    text: 'Application is configured for use by Microsoft Entra users only',
    meaning: 'the app takes only work or school accounts; do not use the /consumers endpoint',
    cause: 'oauth.endpoint.wrong-url',
  },
  '9002341': {
    text: 'The user is required to permit Single Sign-On',
    meaning: 'the user has not yet allowed single sign-on for the app and must consent',
    cause: 'oauth.consent.missing',
  },
} as const satisfies Record<string, RegistryEntry>;
