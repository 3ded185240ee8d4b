// oauth in a run config (token shared with the Graph check through `oauth NAME`), and the command's usage errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { makeJwt, startOAuthServer, type OAuthServer } from '../../helpers/oauth-server.js';

const jwt = makeJwt({ aud: 'https://graph.microsoft.com', roles: ['Mail.Read'], appid: 'app', exp: Math.floor(Date.now() / 1000) + 3600 });
let server: OAuthServer;
let dir: string;
const env = { CS: 'cs-config-secret-value', RT: 'rt-config-refresh-value' };

beforeAll(async () => {
  server = await startOAuthServer({ cases: { app: { status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: jwt } } }, graphToken: jwt });
  dir = mkdtempSync(join(tmpdir(), 'maildoctor-oauth-config-'));
  writeFileSync(join(dir, 'secret.txt'), 'cs-config-secret-from-file\n');
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function config(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
}

describe('run config', () => {
  it('an oauth entry named m365 feeds the Graph check through "oauth m365"; the secret file is relative to the config', async () => {
    const before = server.requests.length;
    const file = config(
      'ok.yaml',
      [
        'checks:',
        '  - type: oauth',
        '    name: m365',
        '    provider: microsoft',
        `    authority: ${server.url}`,
        '    tenant: app',
        '    clientId: app',
        '    clientSecretFile: secret.txt',
        `    graphUrl: ${server.url}`,
        '    graphMailbox: helpdesk@contoso.com',
        '',
      ].join('\n'),
    );
    const r = await runJson(['run', '--config', file], { env });
    expect(r.report.results.map((x: { key: string; status: string }) => [x.key, x.status])).toEqual([
      ['oauth m365', 'pass'],
      ['graph helpdesk@contoso.com', 'pass'],
    ]);
    expect(server.requests[before]?.form.client_secret).toBe('cs-config-secret-from-file');
  });

  it('a bad combination in the config is a usage error naming the file and entry', async () => {
    const file = config(
      'bad.yaml',
      [
        'checks:',
        '  - type: oauth',
        '    provider: google',
        '    clientId: x',
        '    clientSecretEnv: CS',
        '    refreshTokenEnv: RT',
        '    graphMailbox: a@b.c',
        '',
      ].join('\n'),
    );
    const r = await runCli(['run', '--config', file], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.yaml');
    expect(r.stderr).toContain('--graph-mailbox is for Microsoft Graph');
  });

  it('an unknown key in an oauth entry is refused with a suggestion', async () => {
    const file = config('typo.yaml', ['checks:', '  - type: oauth', '    provider: microsoft', '    clientID: x', ''].join('\n'));
    const r = await runCli(['run', '--config', file], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('clientId');
  });
});

describe('usage errors', () => {
  const cases: Array<[string, string[], string]> = [
    ['no provider', ['oauth', '--client-id', 'a', '--client-secret-env', 'CS'], '--provider'],
    ['custom without token URL', ['oauth', '--provider', 'custom', '--client-id', 'a', '--client-secret-env', 'CS'], '--token-url'],
    ['client credentials on common', ['oauth', '--provider', 'microsoft', '--client-id', 'a', '--client-secret-env', 'CS'], '--tenant'],
    [
      'Google client credentials',
      ['oauth', '--provider', 'google', '--grant', 'client_credentials', '--client-id', 'a', '--client-secret-env', 'CS'],
      'Google has no client-credentials grant',
    ],
    ['no client id', ['oauth', '--provider', 'microsoft', '--tenant', 't', '--client-secret-env', 'CS'], '--client-id'],
    ['refresh grant without a refresh token', ['oauth', '--provider', 'microsoft', '--grant', 'refresh_token', '--client-id', 'a'], 'refresh token'],
    ['token URL not a URL', ['oauth', '--provider', 'custom', '--token-url', 'not a url', '--client-id', 'a', '--client-secret-env', 'CS'], 'is not a URL'],
    [
      'graph mailbox not an address',
      ['oauth', '--provider', 'microsoft', '--tenant', 't', '--client-id', 'a', '--client-secret-env', 'CS', '--graph-mailbox', 'helpdesk'],
      'not a mailbox address',
    ],
    ['unset variable', ['oauth', '--provider', 'microsoft', '--tenant', 't', '--client-id', 'a', '--client-secret-env', 'NOPE'], 'NOPE'],
    ['unknown protocol', ['oauth', '--provider', 'microsoft', '--for', 'ftp'], 'ftp'],
    [
      'Google token for Graph',
      ['oauth', '--provider', 'google', '--for', 'graph', '--client-id', 'a', '--client-secret-env', 'CS', '--refresh-token-env', 'RT'],
      'Google tokens are for imap',
    ],
  ];
  it.each(cases)('%s exits 2 with one line', async (_name, args, text) => {
    const r = await runCli(args, { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });
});
