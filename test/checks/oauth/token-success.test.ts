// Successful token requests: claims judged against the protocol, expiry, refresh-token rotation, and the Graph mailbox probe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { makeJwt, startOAuthServer, type OAuthServer, type TokenCase } from '../../helpers/oauth-server.js';
import { withinTimeout } from '../../helpers/timing.js';

const now = () => Math.floor(Date.now() / 1000);
const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

const delegated = makeJwt({
  aud: 'https://outlook.office.com',
  iss: `https://sts.windows.net/${TID}/`,
  tid: TID,
  upn: 'helpdesk@contoso.com',
  scp: 'IMAP.AccessAsUser.All SMTP.Send',
  appid: 'app-id',
  exp: now() + 3600,
  iat: now(),
});
const appGraph = makeJwt({ aud: 'https://graph.microsoft.com', tid: TID, roles: ['Mail.Read'], appid: 'app-id', exp: now() + 3600 });
const graphDelegated = makeJwt({
  aud: '00000003-0000-0000-c000-000000000000',
  tid: TID,
  upn: 'helpdesk@contoso.com',
  scp: 'Mail.Read User.Read',
  exp: now() + 3600,
});
const expired = makeJwt({ aud: 'https://outlook.office.com', tid: TID, scp: 'IMAP.AccessAsUser.All', exp: now() - 600 });

const ok = (access: string, extra: Record<string, unknown> = {}): TokenCase => ({
  status: 200,
  body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: access, ...extra },
});

const CASES: Record<string, TokenCase | 'hang' | 'stall'> = {
  delegated: ok(delegated, {
    scope: 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send',
    refresh_token: 'rt-1.rotated-new-refresh-token',
  }),
  same: ok(delegated, { refresh_token: 'rt-0.the-refresh-token-sent' }),
  app: ok(appGraph),
  'graph-for-imap': ok(graphDelegated),
  expired: ok(expired),
  'google-ok': ok('ya29.a0AfB_byopaque-google-access-token', { scope: 'https://mail.google.com/' }),
  'google-readonly': ok('ya29.a0AfB_byopaque-google-readonly', { scope: 'https://www.googleapis.com/auth/gmail.readonly' }),
  hang: 'hang',
  stall: 'stall',
};

let server: OAuthServer;
const env = { RT: 'rt-0.the-refresh-token-sent', CS: 'cs~client-secret-value-0123456789', AT: appGraph, BAD_AT: 'not-the-graph-token-at-all' };
const ms = ['--authority', '', '--client-id', 'app-id'];
const msArgs = (tenant: string, ...rest: string[]) => ['oauth', '--provider', 'microsoft', ...ms.map((a) => a || server.url), '--tenant', tenant, ...rest];
const causes = (r: { findings: Array<{ cause: string }> }) => r.findings.map((f) => f.cause);

beforeAll(async () => {
  server = await startOAuthServer({ cases: CASES, graphToken: appGraph });
});
afterAll(async () => server.close());

describe('token claims', () => {
  it('a delegated IMAP token passes, reports upn, expiry and the rotated refresh token without showing it', async () => {
    const r = await runJson(msArgs('delegated', '--refresh-token-env', 'RT', '--for', 'imap'), { env });
    const res = r.report.results[0];
    expect(r.code).toBe(0);
    expect(res.status).toBe('pass');
    expect(res.key).toBe('oauth microsoft');
    expect(causes(res)).toEqual(['oauth.token.obtained', 'oauth.refresh-token.rotated']);
    expect(res.summary).toContain('helpdesk@contoso.com');
    expect(res.evidence.claims).toMatchObject({ aud: 'https://outlook.office.com', tid: TID, scp: ['IMAP.AccessAsUser.All', 'SMTP.Send'] });
    expect(Date.parse(res.evidence.expiresAt)).toBeGreaterThan(Date.now());
    expect(r.stdout).not.toContain('rotated-new-refresh-token');
    expect(r.stdout).not.toContain(delegated);
  });

  it('the same refresh token coming back is not reported as rotated', async () => {
    const r = await runJson(msArgs('same', '--refresh-token-env', 'RT'), { env });
    expect(causes(r.report.results[0])).toEqual(['oauth.token.obtained']);
  });

  it('rotation by a custom provider is a warning', async () => {
    const r = await runJson(
      ['oauth', '--provider', 'custom', '--token-url', `${server.url}/delegated/oauth2/v2.0/token`, '--client-id', 'c', '--refresh-token-env', 'RT'],
      { env },
    );
    expect(r.report.results[0].status).toBe('warn');
    expect(r.report.results[0].findings.find((f: { cause: string }) => f.cause === 'oauth.refresh-token.rotated').severity).toBe('warn');
  });

  it('the same token checked for SMTP passes, for POP3 lacks POP.AccessAsUser.All', async () => {
    const smtp = await runJson(msArgs('delegated', '--refresh-token-env', 'RT', '--for', 'smtp'), { env });
    expect(smtp.report.results[0].status).toBe('pass');
    const pop = await runJson(msArgs('delegated', '--refresh-token-env', 'RT', '--for', 'pop3'), { env });
    expect(causes(pop.report.results[0])).toContain('oauth.claims.scope-missing');
    expect(pop.report.results[0].status).toBe('fail');
  });

  it('a Graph token used for IMAP is the wrong audience and lacks the IMAP scope', async () => {
    const r = await runJson(msArgs('graph-for-imap', '--refresh-token-env', 'RT', '--for', 'imap'), { env });
    expect(causes(r.report.results[0])).toEqual(expect.arrayContaining(['oauth.claims.audience-mismatch', 'oauth.claims.scope-missing']));
  });

  it('a token already expired by our clock is oauth.token.expired', async () => {
    const r = await runJson(msArgs('expired', '--refresh-token-env', 'RT'), { env });
    expect(causes(r.report.results[0])).toContain('oauth.token.expired');
    expect(r.code).toBe(1);
  });

  it('a token of another tenant warns', async () => {
    const r = await runJson(
      [
        'oauth',
        '--provider',
        'microsoft',
        '--token-url',
        `${server.url}/delegated/oauth2/v2.0/token`,
        '--tenant',
        '11111111-2222-3333-4444-555555555555',
        '--client-id',
        'c',
        '--refresh-token-env',
        'RT',
      ],
      { env },
    );
    expect(causes(r.report.results[0])).toContain('oauth.claims.tenant-mismatch');
  });

  it('Google opaque tokens are judged by the granted scope', async () => {
    const g = (c: string) => [
      'oauth',
      '--provider',
      'google',
      '--token-url',
      `${server.url}/${c}/oauth2/v2.0/token`,
      '--client-id',
      'x.apps.googleusercontent.com',
      '--client-secret-env',
      'CS',
      '--refresh-token-env',
      'RT',
    ];
    const good = await runJson(g('google-ok'), { env });
    expect(good.report.results[0].status).toBe('pass');
    expect(causes(good.report.results[0])).toContain('oauth.token.opaque');
    const readonly = await runJson(g('google-readonly'), { env });
    expect(causes(readonly.report.results[0])).toContain('oauth.claims.scope-missing');
  });

  it('client credentials send the client secret and the .default scope of the protocol', async () => {
    const before = server.requests.length;
    const graph = await runJson(msArgs('app', '--client-secret-env', 'CS', '--for', 'graph'), { env });
    expect(graph.report.results[0].status).toBe('pass');
    expect(server.requests[before]?.form).toMatchObject({
      grant_type: 'client_credentials',
      client_secret: env.CS,
      scope: 'https://graph.microsoft.com/.default',
    });
    const imap = await runJson(msArgs('app', '--client-secret-env', 'CS'), { env });
    expect(server.requests[before + 1]?.form.scope).toBe('https://outlook.office365.com/.default');
    expect(causes(imap.report.results[0])).toEqual(expect.arrayContaining(['oauth.claims.audience-mismatch', 'oauth.claims.scope-missing']));
  });
});

describe('Graph mailbox', () => {
  const graph = (mailbox: string) => msArgs('app', '--client-secret-env', 'CS', '--graph-url', server.url, '--graph-mailbox', mailbox);

  it('200: the inbox is readable with the app token', async () => {
    const r = await runJson(graph('helpdesk@contoso.com'), { env });
    expect(r.code).toBe(0);
    const g = r.report.results[1];
    expect(g.id).toBe('graph');
    expect(causes(g)).toEqual(['graph.mailbox.accessible']);
    expect(g.findings[0].evidence.totalItemCount).toBe(42);
  });

  it('403 ErrorAccessDenied points at the application access policy', async () => {
    const r = await runJson(graph('denied@contoso.com'), { env });
    const g = r.report.results[1];
    expect(causes(g)).toEqual(['graph.access-denied']);
    expect(g.findings[0].detail).toContain('Access is denied. Check credentials and try again.');
    expect(g.findings[0].fixes.flatMap((f: { commands?: string[] }) => f.commands ?? []).join('\n')).toContain('New-ApplicationAccessPolicy -AppId app-id');
    expect(r.code).toBe(1);
  });

  it('404 is a wrong address; MailboxNotEnabledForRESTAPI is its own cause', async () => {
    expect(causes((await runJson(graph('missing@contoso.com'), { env })).report.results[1])).toEqual(['graph.mailbox-not-found']);
    expect(causes((await runJson(graph('onprem@contoso.com'), { env })).report.results[1])).toEqual(['graph.mailbox-not-enabled']);
  });

  it('a given access token is inspected and used without a token request; a wrong one gets 401', async () => {
    const before = server.requests.length;
    const r = await runJson(
      ['oauth', '--provider', 'microsoft', '--access-token-env', 'AT', '--graph-url', server.url, '--graph-mailbox', 'helpdesk@contoso.com'],
      { env },
    );
    expect(server.requests.length).toBe(before);
    expect(r.report.results.map((x: { status: string }) => x.status)).toEqual(['pass', 'pass']);
    const bad = await runJson(
      ['oauth', '--provider', 'microsoft', '--access-token-env', 'BAD_AT', '--graph-url', server.url, '--graph-mailbox', 'helpdesk@contoso.com'],
      { env },
    );
    expect(causes(bad.report.results[1])).toEqual(['graph.token-rejected']);
  });

  it('the Graph check is skipped, naming the oauth check, when no token was obtained', async () => {
    const r = await runJson(msArgs('nope', '--client-secret-env', 'CS', '--graph-url', server.url, '--graph-mailbox', 'helpdesk@contoso.com'), { env });
    expect(r.report.results[1].status).toBe('skip');
    expect(r.report.results[1].summary).toContain('oauth microsoft');
  });
});

describe('no answer', () => {
  it('a token endpoint that never answers ends in oauth.endpoint.timeout within the step timeout', async () => {
    const started = Date.now();
    const r = await runJson(msArgs('hang', '--client-secret-env', 'CS', '--timeout', '400'), { env });
    expect(causes(r.report.results[0])).toEqual(['oauth.endpoint.timeout']);
    expect(Date.now() - started).toBeLessThan(withinTimeout(400));
  });

  it('an answer that stops mid-body also ends in oauth.endpoint.timeout', async () => {
    const started = Date.now();
    const r = await runJson(msArgs('stall', '--client-secret-env', 'CS', '--timeout', '400'), { env });
    expect(causes(r.report.results[0])).toEqual(['oauth.endpoint.timeout']);
    expect(Date.now() - started).toBeLessThan(withinTimeout(400));
  });

  it('a Graph server that never answers ends in graph.no-answer', async () => {
    const r = await runJson(msArgs('app', '--client-secret-env', 'CS', '--graph-url', server.url, '--graph-mailbox', 'hang@contoso.com', '--timeout', '400'), {
      env,
    });
    expect(causes(r.report.results[1])).toEqual(['graph.no-answer']);
  });

  it('a closed port is tcp.refused', async () => {
    const r = await runJson(['oauth', '--provider', 'custom', '--token-url', 'http://127.0.0.1:1/token', '--client-id', 'c', '--client-secret-env', 'CS'], {
      env,
    });
    expect(causes(r.report.results[0])).toEqual(['tcp.refused']);
  });

  it('-v adds a transcript with the secrets masked', async () => {
    const r = await runCli([...msArgs('delegated', '--refresh-token-env', 'RT', '--client-secret-env', 'CS'), '--format', 'json', '-v'], { env });
    const t = JSON.parse(r.stdout)
      .results[0].transcript.map((l: { text: string }) => l.text)
      .join('\n');
    expect(t).toContain('grant_type=refresh_token');
    expect(t).toContain('refresh_token=***');
    expect(t).toContain('client_secret=***');
    expect(t).toContain('"access_token":"***"');
  });
});
