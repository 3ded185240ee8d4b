// Recognises OAuth and Graph failure wordings (Entra, Google, Graph, the helpdesk's own messages) in pasted text.
import { AADSTS, aadsts } from './aadsts.js';
import type { CauseId } from './index.js';
import { oauthError } from './registries/oauth-errors.js';
import { compileTemplate } from './template.js';
import { GOOGLE_DESCRIPTIONS } from './token-refusals.js';
import type { TextMatcher } from './types.js';

/** No AADSTS code and no Google revocation text anywhere on the line: a bare OAuth error then speaks for itself. */
const NO_BETTER = String.raw`(?<!AADSTS\d[^\n]*)(?![^\n]*(?:AADSTS\d|Token has been expired or revoked))`;

const SEED_TEXTS: Array<{ id: string; cause: CauseId; template: string; example: string; specificity?: number }> = [
  {
    id: 'oauth.seed.consent',
    cause: 'oauth.consent.missing',
    template:
      'Problem with oauth authentication: {error=invalid_grant, error_description=AADSTS65001: The user or administrator has not consented to use the application',
    example:
      "java.rmi.RemoteException: Problem with oauth authentication: {error=invalid_grant, error_description=AADSTS65001: The user or administrator has not consented to use the application with ID '9a1c2f0e-1111-2222-3333-444455556666' named 'Helpdesk'.",
  },
  {
    id: 'oauth.seed.not-consented',
    cause: 'oauth.consent.missing',
    template: 'Problem with oauth: User or admin has not consented',
    example: 'Problem with oauth: User or admin has not consented',
  },
  {
    id: 'oauth.seed.token-expired-or-revoked',
    cause: 'oauth.grant.password-changed',
    template: 'Problem with oauth: Token expired or revoked - User might have changed password',
    example: 'Problem with oauth: Token expired or revoked - User might have changed password',
  },
  {
    id: 'oauth.seed.invalid-request',
    cause: 'oauth.request.malformed',
    template: 'Problem with oauth: Invalid request - Request is malformed or invalid',
    example: 'Problem with oauth: Invalid request - Request is malformed or invalid',
  },
  {
    id: 'oauth.seed.account-check',
    cause: 'oauth.account-check-failed',
    specificity: 20,
    template:
      'Error. Status: Able to contact <server>, but unable to establish successful email communication. Please check the account name and password on the Account tab.',
    example:
      'Error. Status: Able to contact outlook.office365.com, but unable to establish successful email communication. Please check the account name and password on the Account tab.',
  },
  {
    id: 'graph.seed.access-denied',
    cause: 'graph.access-denied',
    template: 'Error code: ErrorAccessDenied Error message: Access is denied. Check credentials and try again. GET <url> SdkVersion',
    example:
      '[Error code: ErrorAccessDenied Error message: Access is denied. Check credentials and try again. GET https://graph.microsoft.com/v1.0/users/helpdesk@contoso.com/mailFolders/inbox SdkVersion : graph-java/v4.0.0 403 : Forbidden',
  },
];

function seedMatchers(): TextMatcher<CauseId>[] {
  return SEED_TEXTS.map((s) => {
    const t = compileTemplate(s.template, { url: String.raw`\S+` });
    return { id: s.id, cause: s.cause, kind: 'error', pattern: t.pattern, specificity: s.specificity ?? t.specificity, example: s.example };
  });
}

function aadstsMatchers(): TextMatcher<CauseId>[] {
  const known: TextMatcher<CauseId>[] = Object.entries(AADSTS).map(([code, entry]) => ({
    id: `aadsts.${code}`,
    cause: entry.cause,
    kind: 'error',
    pattern: new RegExp(String.raw`\bAADSTS${code}(?!\d)(?::\s*(?<description>[^\r\n"}\]]{1,300}))?`),
    evidence: { aadsts: code, meaning: entry.meaning },
    specificity: 60 + code.length,
    example: `AADSTS${code}: ${entry.meaning}`,
  }));
  const unknown: TextMatcher<CauseId> = {
    id: 'aadsts.unknown',
    cause: 'oauth.aadsts.unknown',
    kind: 'error',
    pattern: /\bAADSTS(?<code>\d{4,8})(?::\s*(?<description>[^\r\n"}\]]{1,300}))?/,
    accept: (g) => g.code === undefined || aadsts(g.code) === undefined,
    specificity: 25,
    example: 'AADSTS1234567: Something Entra refused.',
  };
  return [...known, unknown];
}

/** A bare OAuth error code in a JSON body, a Java map, or "code: description" form; its cause is the registry's. */
function errorBody(code: string, example: string): TextMatcher<CauseId> {
  return {
    id: `oauth.error.${code}`,
    cause: oauthError(code)?.entry.cause ?? 'oauth.endpoint.error',
    kind: 'error',
    pattern: new RegExp(String.raw`${NO_BETTER}(?:["']?error["']?\s*[:=]\s*["']?${code}\b|\b${code}(?=:\s))`),
    evidence: { error: code },
    specificity: 20 + code.length,
    example,
  };
}

function phrase(id: string, cause: CauseId, pattern: RegExp, specificity: number, example: string): TextMatcher<CauseId> {
  return { id, cause, kind: 'error', pattern, specificity: Math.max(specificity, PHRASE_FLOOR), example };
}

/** Our phrases name one cause precisely, so they rank above the log scanner's generic OAuth rules. */
const PHRASE_FLOOR = 30;

const IDENTITY_HOSTS = String.raw`(?<host>login\.microsoftonline\.(?:com|us)|login\.partner\.microsoftonline\.cn|login\.windows\.net|graph\.microsoft\.(?:com|us)|oauth2\.googleapis\.com|accounts\.google\.com|www\.googleapis\.com)`;

/** Every OAuth, Entra, Google and Graph wording maildoctor recognises. */
export function oauthMatchers(): TextMatcher<CauseId>[] {
  return [
    ...seedMatchers(),
    ...aadstsMatchers(),
    errorBody('invalid_grant', '{"error":"invalid_grant","error_description":"Bad Request"}'),
    errorBody('invalid_client', '{"error": "invalid_client", "error_description": "Unauthorized"}'),
    errorBody('unauthorized_client', '{"error": "unauthorized_client", "error_description": "Unauthorized"}'),
    errorBody('invalid_request', '{"error":"invalid_request","error_description":"Missing required parameter: refresh_token"}'),
    errorBody('invalid_scope', '{"error":"invalid_scope","error_description":"Some requested scopes were invalid."}'),
    errorBody('consent_required', '{"error":"consent_required"}'),
    errorBody('interaction_required', '{"error":"interaction_required"}'),
    phrase(
      'google.token-revoked',
      GOOGLE_DESCRIPTIONS.revoked.cause,
      GOOGLE_DESCRIPTIONS.revoked.pattern,
      33,
      '{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}',
    ),
    phrase(
      'google.invalid-grant-bad-request',
      'oauth.grant.invalid',
      /invalid_grant["']?\s*[:,]\s*(?:["']?error_description["']?\s*:\s*)?["']?Bad Request/i,
      24,
      'com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request invalid_grant: Bad Request',
    ),
    phrase(
      'google.client-not-found',
      'oauth.client.invalid',
      /The OAuth client was not found\.?/i,
      29,
      '{"error": "invalid_client", "error_description": "The OAuth client was not found."}',
    ),
    phrase(
      'google.client-deleted',
      GOOGLE_DESCRIPTIONS.deleted.cause,
      new RegExp(String.raw`${GOOGLE_DESCRIPTIONS.deleted.pattern.source}|\bdeleted_client\b`, 'i'),
      28,
      '{"error": "deleted_client", "error_description": "The OAuth client was deleted."}',
    ),
    phrase(
      'graph.error-access-denied',
      'graph.access-denied',
      /\bErrorAccessDenied\b/,
      17,
      '{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}',
    ),
    phrase(
      'graph.access-denied-message',
      'graph.access-denied',
      /Access is denied\. Check credentials and try again\.?/i,
      50,
      'Access is denied. Check credentials and try again.',
    ),
    phrase(
      'graph.forbidden',
      'graph.access-denied',
      /graph\.microsoft\.\w+\/\S+[^\n]*?\b403\s*:?\s*Forbidden/i,
      26,
      'GET https://graph.microsoft.com/v1.0/users/a@b.c/mailFolders/inbox 403 : Forbidden',
    ),
    phrase(
      'graph.invalid-user',
      'graph.mailbox-not-found',
      /\bErrorInvalidUser\b|The requested user '[^']*' is invalid/i,
      16,
      '{"error":{"code":"ErrorInvalidUser","message":"The requested user \'nobody@contoso.com\' is invalid."}}',
    ),
    phrase(
      'graph.mailbox-not-enabled',
      'graph.mailbox-not-enabled',
      /\bMailboxNotEnabledForRESTAPI\b|The mailbox is either inactive, soft-deleted, or is hosted on-premise/i,
      27,
      '{"error":{"code":"MailboxNotEnabledForRESTAPI","message":"The mailbox is either inactive, soft-deleted, or is hosted on-premise."}}',
    ),
    phrase(
      'graph.invalid-token',
      'graph.token-rejected',
      /\bInvalidAuthenticationToken\b|Access token validation failure/i,
      26,
      '{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}}',
    ),
    phrase(
      'oauth.host-not-resolved',
      'tcp.name-not-resolved',
      new RegExp(String.raw`(?:getaddrinfo\s+ENOTFOUND|UnknownHostException:?)\s+${IDENTITY_HOSTS}`, 'i'),
      20,
      'java.net.UnknownHostException: login.microsoftonline.com',
    ),
  ];
}
