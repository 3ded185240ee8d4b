// Every token-endpoint refusal, in Entra's and Google's real body shapes, maps to its own cause with its ids as evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../../helpers/cli.js';
import { entraError, startOAuthServer, type OAuthServer, type TokenCase } from '../../helpers/oauth-server.js';
import type { CauseId } from '../../../src/knowledge/index.js';

const ENTRA: Array<[string, TokenCase, CauseId]> = [
  [
    'consent',
    {
      status: 400,
      body: entraError(
        'invalid_grant',
        65001,
        "The user or administrator has not consented to use the application with ID '11111111-2222-3333-4444-555555555555' named 'Helpdesk'. Send an interactive authorization request for this user and resource.",
      ),
    },
    'oauth.consent.missing',
  ],
  [
    'inactive',
    {
      status: 400,
      body: entraError(
        'invalid_grant',
        700082,
        'The refresh token has expired due to inactivity. The token was issued on 2026-05-01T10:00:00Z and was inactive for 90.00:00:00.',
      ),
    },
    'oauth.grant.inactive',
  ],
  [
    'password',
    {
      status: 400,
      body: entraError(
        'invalid_grant',
        50173,
        'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
      ),
    },
    'oauth.grant.password-changed',
  ],
  [
    'secret-invalid',
    {
      status: 401,
      body: entraError(
        'invalid_client',
        7000215,
        "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '11111111-2222-3333-4444-555555555555'.",
      ),
    },
    'oauth.client.secret-invalid',
  ],
  [
    'secret-expired',
    {
      status: 401,
      body: entraError(
        'invalid_client',
        7000222,
        "The provided client secret keys for app '11111111-2222-3333-4444-555555555555' are expired. Visit the Azure portal to create new keys for your app.",
      ),
    },
    'oauth.client.secret-expired',
  ],
  [
    'app-missing',
    {
      status: 400,
      body: entraError(
        'unauthorized_client',
        700016,
        "Application with identifier '11111111-2222-3333-4444-555555555555' was not found in the directory 'Contoso'.",
      ),
    },
    'oauth.client.not-found',
  ],
  [
    'tenant-missing',
    {
      status: 400,
      body: entraError(
        'invalid_request',
        90002,
        "Tenant 'contoso.onmicrosoft.de' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.",
      ),
    },
    'oauth.tenant.not-found',
  ],
  [
    'mfa',
    {
      status: 400,
      body: entraError(
        'invalid_grant',
        50076,
        "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.",
      ),
    },
    'oauth.mfa.required',
  ],
  [
    'ca-blocked',
    {
      status: 400,
      body: entraError('invalid_grant', 53003, 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'),
    },
    'oauth.conditional-access.blocked',
  ],
  ['malformed', { status: 400, body: entraError('invalid_request', 9002313, 'Invalid request. Request is malformed or invalid.') }, 'oauth.request.malformed'],
  [
    'missing-param',
    { status: 400, body: entraError('invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.") },
    'oauth.request.invalid',
  ],
  [
    'bad-scope',
    {
      status: 400,
      body: entraError(
        'invalid_scope',
        70011,
        "The provided value for the input parameter 'scope' is not valid. The scope https://outlook.office.com/IMAP.AccessAsUser.All https://graph.microsoft.com/.default is not valid.",
      ),
    },
    'oauth.scope.invalid',
  ],
  ['unknown-code', { status: 400, body: entraError('invalid_grant', 9999901, 'Something new went wrong.') }, 'oauth.aadsts.unknown'],
];

const BARE: Array<[string, TokenCase, CauseId]> = [
  ['google-revoked', { status: 400, body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } }, 'oauth.grant.revoked'],
  ['google-bad-request', { status: 400, body: { error: 'invalid_grant', error_description: 'Bad Request' } }, 'oauth.grant.invalid'],
  ['google-client', { status: 401, body: { error: 'invalid_client', error_description: 'The OAuth client was not found.' } }, 'oauth.client.invalid'],
  ['google-deleted', { status: 401, body: { error: 'deleted_client', error_description: 'The OAuth client was deleted.' } }, 'oauth.client.not-found'],
  ['unauthorized', { status: 401, body: { error: 'unauthorized_client', error_description: 'Unauthorized' } }, 'oauth.client.unauthorized'],
  [
    'invalid-request',
    { status: 400, body: { error: 'invalid_request', error_description: 'Missing required parameter: refresh_token' } },
    'oauth.request.invalid',
  ],
  ['invalid-scope', { status: 400, body: { error: 'invalid_scope', error_description: 'Some requested scopes were invalid.' } }, 'oauth.scope.invalid'],
  ['server-error', { status: 503, body: '<html>Service Unavailable</html>', contentType: 'text/html' }, 'oauth.endpoint.error'],
];

let server: OAuthServer;
const env = { RT: 'rt-0.AXEAstale-refresh-token-value', CS: 'cs~client-secret-value-0123456789' };

beforeAll(async () => {
  const odd: Record<string, TokenCase> = {
    'no-token': { status: 200, body: { token_type: 'Bearer', expires_in: 3599 } },
    truncated: { status: 400, body: '{"error":"invalid_gr' },
    huge: { status: 200, body: 'x'.repeat(3_000_000), contentType: 'text/plain' },
  };
  server = await startOAuthServer({ cases: { ...Object.fromEntries([...ENTRA, ...BARE].map(([name, c]) => [name, c])), ...odd }, graphToken: 'unused' });
});
afterAll(async () => server.close());

describe('Entra error bodies', () => {
  it.each(ENTRA)('%s maps to its cause, with AADSTS code, trace and correlation ids as evidence', async (tenant, c, cause) => {
    const r = await runJson(
      [
        'oauth',
        '--provider',
        'microsoft',
        '--authority',
        server.url,
        '--tenant',
        tenant,
        '--client-id',
        'app-id',
        '--refresh-token-env',
        'RT',
        '--client-secret-env',
        'CS',
      ],
      { env },
    );
    expect(r.code).toBe(1);
    const result = r.report.results[0];
    expect(result.status).toBe('fail');
    expect(result.findings.map((f: { cause: string }) => f.cause)).toEqual([cause]);
    const body = c.body as Record<string, unknown>;
    const ev = result.findings[0].evidence;
    expect(ev.aadsts).toBe(String((body.error_codes as number[])[0]));
    expect(ev.trace_id).toBe(body.trace_id);
    expect(ev.correlation_id).toBe(body.correlation_id);
    expect(ev.error).toBe(body.error);
    expect(result.summary).toContain(`AADSTS${ev.aadsts}`);
  });

  it('sends the refresh grant with the client id and the default IMAP scope to <authority>/<tenant>/oauth2/v2.0/token', async () => {
    const before = server.requests.length;
    await runJson(
      ['oauth', '--provider', 'microsoft', '--authority', server.url, '--tenant', 'consent', '--client-id', 'app-id', '--refresh-token-env', 'RT'],
      { env },
    );
    const seen = server.requests[before];
    expect(seen?.path).toBe('/consent/oauth2/v2.0/token');
    expect(seen?.form).toMatchObject({
      grant_type: 'refresh_token',
      client_id: 'app-id',
      refresh_token: env.RT,
      scope: 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access',
    });
    expect(seen?.form.client_secret).toBeUndefined();
  });
});

describe('bare OAuth and Google error bodies', () => {
  it.each(BARE)('%s maps to its cause', async (name, _c, cause) => {
    const r = await runJson(
      [
        'oauth',
        '--provider',
        'google',
        '--token-url',
        `${server.url}/${name}/oauth2/v2.0/token`,
        '--client-id',
        'x.apps.googleusercontent.com',
        '--refresh-token-env',
        'RT',
        '--client-secret-env',
        'CS',
      ],
      { env },
    );
    expect(r.code).toBe(1);
    expect(r.report.results[0].findings.map((f: { cause: string }) => f.cause)).toEqual([cause]);
  });
});

describe('endpoint failures', () => {
  it('a wrong token URL (HTML 404) is oauth.endpoint.wrong-url', async () => {
    const r = await runJson(['oauth', '--provider', 'custom', '--token-url', `${server.url}/nothing-here`, '--client-id', 'c', '--client-secret-env', 'CS'], {
      env,
    });
    expect(r.report.results[0].findings[0].cause).toBe('oauth.endpoint.wrong-url');
    expect(r.report.results[0].findings[0].detail).toContain('HTTP 404');
  });

  it.each([
    ['no-token', 'HTTP 200'],
    ['truncated', 'HTTP 400'],
    ['huge', 'HTTP 200'],
  ])('a %s answer is a wrong-URL finding, not a crash', async (name, status) => {
    const r = await runJson(
      ['oauth', '--provider', 'custom', '--token-url', `${server.url}/${name}/oauth2/v2.0/token`, '--client-id', 'c', '--client-secret-env', 'CS'],
      { env },
    );
    const f = r.report.results[0].findings[0];
    expect(f.cause).toBe('oauth.endpoint.wrong-url');
    expect(f.detail).toContain(status);
    expect(f.detail.length).toBeLessThan(400);
  });
});
