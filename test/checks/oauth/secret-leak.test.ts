// No client secret, refresh token (sent or rotated) or access token appears in any output format, even with -v.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { schemaErrors } from '../../helpers/schema.js';
import { entraError, makeJwt, startOAuthServer, type OAuthServer } from '../../helpers/oauth-server.js';

const CLIENT_SECRET = 'LEAK-client-secret-Qx8Q~7f3k9.Zp2';
const REFRESH = 'LEAK-refresh-token-0.AXEA1b2c3d4e5f';
const ROTATED = 'LEAK-rotated-refresh-token-9z8y7x';
const OPAQUE = 'LEAK-opaque-access-token-5u6v7w8';
const JWT = makeJwt({
  aud: 'https://outlook.office.com',
  scp: 'IMAP.AccessAsUser.All',
  upn: 'helpdesk@contoso.com',
  exp: Math.floor(Date.now() / 1000) + 3600,
});
const GIVEN = 'LEAK-given-access-token-4r5t6y7u';
const SECRETS = [
  CLIENT_SECRET,
  REFRESH,
  ROTATED,
  OPAQUE,
  JWT,
  GIVEN,
  JWT.split('.')[1]!,
  Buffer.from(CLIENT_SECRET).toString('base64'),
  encodeURIComponent(CLIENT_SECRET),
];
const FORMATS = ['text', 'json', 'markdown', 'junit', 'nagios', 'html'];

let server: OAuthServer;
let dir: string;
const env = { CS: CLIENT_SECRET, RT: REFRESH, AT: GIVEN };

beforeAll(async () => {
  server = await startOAuthServer({
    graphToken: OPAQUE,
    cases: {
      opaque: {
        status: 200,
        body: { token_type: 'Bearer', expires_in: 3599, access_token: OPAQUE, refresh_token: ROTATED, scope: 'https://graph.microsoft.com/Mail.Read' },
      },
      jwt: { status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: JWT, refresh_token: ROTATED } },
      consent: { status: 400, body: entraError('invalid_grant', 65001, 'The user or administrator has not consented to use the application.') },
      echo: {
        status: 401,
        body: { error: 'invalid_client', error_description: `client_secret ${CLIENT_SECRET} does not match; refresh token ${REFRESH} ignored` },
      },
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'maildoctor-leak-'));
  writeFileSync(join(dir, 'secret.txt'), `${CLIENT_SECRET}\n`);
  writeFileSync(join(dir, 'rt.txt'), `${REFRESH}\n`);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const runs = (): Array<[string, string[]]> => [
  [
    'rotated refresh + opaque token + Graph',
    [
      'oauth',
      '--provider',
      'microsoft',
      '--token-url',
      `${server.url}/opaque/oauth2/v2.0/token`,
      '--client-id',
      'app',
      '--client-secret-env',
      'CS',
      '--refresh-token-env',
      'RT',
      '--graph-url',
      server.url,
      '--graph-mailbox',
      'denied@contoso.com',
    ],
  ],
  [
    'JWT from files, rotated',
    [
      'oauth',
      '--provider',
      'custom',
      '--token-url',
      `${server.url}/jwt/oauth2/v2.0/token`,
      '--client-id',
      'app',
      '--client-secret-file',
      join(dir, 'secret.txt'),
      '--refresh-token-file',
      join(dir, 'rt.txt'),
    ],
  ],
  [
    'Entra refusal',
    [
      'oauth',
      '--provider',
      'microsoft',
      '--authority',
      server.url,
      '--tenant',
      'consent',
      '--client-id',
      'app',
      '--client-secret-env',
      'CS',
      '--refresh-token-env',
      'RT',
    ],
  ],
  [
    'server echoing the secrets',
    [
      'oauth',
      '--provider',
      'google',
      '--token-url',
      `${server.url}/echo/oauth2/v2.0/token`,
      '--client-id',
      'app',
      '--client-secret-env',
      'CS',
      '--refresh-token-env',
      'RT',
    ],
  ],
  [
    'given access token to Graph',
    ['oauth', '--provider', 'microsoft', '--access-token-env', 'AT', '--graph-url', server.url, '--graph-mailbox', 'helpdesk@contoso.com'],
  ],
  [
    'unreachable endpoint',
    [
      'oauth',
      '--provider',
      'custom',
      '--token-url',
      'http://127.0.0.1:1/token',
      '--client-id',
      'app',
      '--client-secret-env',
      'CS',
      '--refresh-token-env',
      'RT',
    ],
  ],
];

describe('secret leak', () => {
  it('the runs really used the secrets (the server saw them)', async () => {
    const before = server.requests.length;
    await runCli(runs()[0]![1], { env });
    expect(server.requests[before]?.form).toMatchObject({ client_secret: CLIENT_SECRET, refresh_token: REFRESH });
  });

  for (const format of FORMATS) {
    it(`no secret in --format ${format} -v output of any run`, async () => {
      for (const [name, args] of runs()) {
        const r = await runCli([...args, '--format', format, '-v'], { env });
        expect(r.stderr, name).not.toContain('maildoctor:');
        expect(r.stdout.length, name).toBeGreaterThan(0);
        if (format === 'json') expect(schemaErrors(JSON.parse(r.stdout)), name).toEqual([]);
        for (const secret of SECRETS) {
          expect(r.stdout.includes(secret), `${name} stdout leaks ${secret.slice(0, 12)}`).toBe(false);
          expect(r.stderr.includes(secret), `${name} stderr leaks ${secret.slice(0, 12)}`).toBe(false);
        }
      }
    });
  }

  it('a usage error naming a secret variable never prints the secret', async () => {
    const r = await runCli(['oauth', '--provider', 'microsoft', '--client-secret-env', CLIENT_SECRET, '--tenant', 't', '--client-id', 'a'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain(CLIENT_SECRET);
  });
});
