// The OAuth / Entra / Google / Graph wordings are recognised in pasted text: the seed's texts and real-world ones.
import { describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';
import { AADSTS } from '../../src/knowledge/aadsts.js';
import { matchText } from '../../src/knowledge/match.js';
import { oauthMatchers } from '../../src/knowledge/oauth-matchers.js';
import type { CauseId } from '../../src/knowledge/index.js';

/** Causes of the error-kind matches (the log scanner's generic `log` rules may match the same text too). */
const causes = (text: string) =>
  matchText(text)
    .filter((m) => m.matcher.kind === 'error')
    .map((m) => m.cause);

const SEED_CONSENT =
  'Error. Status: Able to contact [server], but unable to establish successful email communication. Please check the account name and password on the Account tab. [Cause: java.rmi.RemoteException: Problem with oauth authentication: {error=invalid_grant, error_description=AADSTS65001: The user or administrator has not consented to use the application...';
const SEED_GRAPH =
  '[Error code: ErrorAccessDenied Error message: Access is denied. Check credentials and try again. GET https://graph.microsoft.com/v1.0/users/[address]/mailFolders/inbox SdkVersion : graph-java/v4.0.0 403 : Forbidden';

const REAL: Array<[string, CauseId]> = [
  ['Problem with oauth: Token expired or revoked - User might have changed password', 'oauth.grant.password-changed'],
  ['Problem with oauth: Invalid request - Request is malformed or invalid', 'oauth.request.malformed'],
  ['Problem with oauth: User or admin has not consented', 'oauth.consent.missing'],
  [SEED_GRAPH, 'graph.access-denied'],
  [
    "com.microsoft.aad.msal4j.MsalServiceException: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b'.",
    'oauth.client.secret-invalid',
  ],
  [
    "AADSTS7000222: The provided client secret keys for app '5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b' are expired. Visit the Azure portal to create new keys for your app.",
    'oauth.client.secret-expired',
  ],
  [
    '{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-05-01T10:00:00.0000000Z and was inactive for 90.00:00:00.","error_codes":[700082]}',
    'oauth.grant.inactive',
  ],
  ['AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed.', 'oauth.grant.password-changed'],
  ["AADSTS700016: Application with identifier '5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b' was not found in the directory 'Contoso'.", 'oauth.client.not-found'],
  ["AADSTS90002: Tenant 'contoso.onmicrosoft.de' not found.", 'oauth.tenant.not-found'],
  [
    'AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication',
    'oauth.mfa.required',
  ],
  ['AADSTS53003: Access has been blocked by Conditional Access policies.', 'oauth.conditional-access.blocked'],
  ['AADSTS9002313: Invalid request. Request is malformed or invalid.', 'oauth.request.malformed'],
  ['{ "error" : "invalid_grant", "error_description" : "Token has been expired or revoked." }', 'oauth.grant.revoked'],
  ['com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request invalid_grant: Bad Request', 'oauth.grant.invalid'],
  ['{"error": "invalid_client", "error_description": "The OAuth client was not found."}', 'oauth.client.invalid'],
  ['{"error":"unauthorized_client","error_description":"Unauthorized"}', 'oauth.client.unauthorized'],
  ['{"error":"invalid_request","error_description":"Missing required parameter: refresh_token"}', 'oauth.request.invalid'],
  ['{"error":"invalid_scope","error_description":"Some requested scopes were invalid. {valid=[openid], invalid=[mail]}"}', 'oauth.scope.invalid'],
  ['Code: ErrorAccessDenied Message: Access is denied. Check credentials and try again.', 'graph.access-denied'],
  [
    'Microsoft.Graph.ServiceException: Code: MailboxNotEnabledForRESTAPI Message: The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
    'graph.mailbox-not-enabled',
  ],
  ["Code: ErrorInvalidUser Message: The requested user 'nobody@contoso.com' is invalid.", 'graph.mailbox-not-found'],
  ['Code: InvalidAuthenticationToken Message: Access token validation failure. Invalid audience.', 'graph.token-rejected'],
  ['java.net.UnknownHostException: login.microsoftonline.com', 'tcp.name-not-resolved'],
  ['Error: getaddrinfo ENOTFOUND oauth2.googleapis.com', 'tcp.name-not-resolved'],
];

describe('seed texts', () => {
  it('the consent message names consent first and the account check second, never a bare invalid_grant', () => {
    const found = causes(SEED_CONSENT);
    expect(found[0]).toBe('oauth.consent.missing');
    expect(found).toContain('oauth.account-check-failed');
    expect(found).not.toContain('oauth.grant.invalid');
  });

  it('explain recognises the consent message and keeps the AADSTS code as evidence', async () => {
    const r = await runJson(['explain', SEED_CONSENT]);
    const findings = r.report.results[0].findings;
    expect(findings[0].cause).toBe('oauth.consent.missing');
    expect(r.report.results[0].summary).toContain('Admin consent not granted');
  });

  it('the Graph message captures nothing secret and maps to the access policy fix', () => {
    const [m] = matchText(SEED_GRAPH);
    expect(m?.cause).toBe('graph.access-denied');
  });
});

describe('real-world wordings', () => {
  it.each(REAL)('%s', (text, cause) => {
    expect(causes(text)[0]).toBe(cause);
  });

  it('an AADSTS code with an Entra error body does not also report the bare OAuth error', () => {
    const found = causes('{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}');
    expect(found).toEqual(['oauth.client.secret-invalid']);
  });

  it('an unknown AADSTS code still shows its code and description', () => {
    const [m] = matchText('AADSTS1234567: Something we have never seen.').filter((x) => x.matcher.kind === 'error');
    expect(m?.cause).toBe('oauth.aadsts.unknown');
    expect(m?.captures).toMatchObject({ code: '1234567', description: 'Something we have never seen' });
  });

  it('every AADSTS code of the table is recognised with its meaning', () => {
    for (const [code, entry] of Object.entries(AADSTS)) {
      const [m] = matchText(`error_description=AADSTS${code}: text`);
      expect(m?.cause, code).toBe(entry.cause);
      expect(m?.evidence.meaning).toBe(entry.meaning);
    }
  });

  it('every matcher recognises its own example as its cause', () => {
    for (const matcher of oauthMatchers()) expect(causes(matcher.example), matcher.id).toContain(matcher.cause);
  });

  it('unrelated text matches nothing of ours', () => {
    const ours = new Set(oauthMatchers().map((m) => m.id));
    for (const text of ['client_secret=abc was replaced', 'The token was stored', 'grant access to the inbox', 'AADSTS is a prefix']) {
      expect(matchText(text).filter((m) => ours.has(m.matcher.id))).toEqual([]);
    }
  });
});
