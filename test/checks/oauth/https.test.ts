// Token endpoints over HTTPS: an untrusted CA, --ca, and an expired certificate each end in their TLS cause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../../helpers/cli.js';
import { testCerts } from '../../helpers/certs.js';
import { makeJwt, startOAuthServer, type OAuthServer } from '../../helpers/oauth-server.js';

const jwt = makeJwt({ aud: 'https://outlook.office.com', scp: 'SMTP.Send', exp: Math.floor(Date.now() / 1000) + 3600 });
const cases = { ok: { status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: jwt } } };
let valid: OAuthServer;
let expired: OAuthServer;
const env = { CS: 'cs-https-secret-value' };

beforeAll(async () => {
  valid = await startOAuthServer({ cases, graphToken: jwt, https: true });
  expired = await startOAuthServer({ cases, graphToken: jwt, https: true, cert: 'expired' });
});
afterAll(async () => {
  await valid.close();
  await expired.close();
});

const args = (server: OAuthServer, ...rest: string[]) => [
  'oauth',
  '--provider',
  'custom',
  '--token-url',
  `${server.url}/ok/oauth2/v2.0/token`,
  '--client-id',
  'c',
  '--client-secret-env',
  'CS',
  '--for',
  'smtp',
  ...rest,
];

describe('https token endpoint', () => {
  it('a certificate from an unknown CA is a TLS finding, not a crash', async () => {
    const r = await runJson(args(valid), { env });
    expect(r.code).toBe(1);
    expect(['tls.unknown-issuer', 'tls.unverified-first-cert']).toContain(r.report.results[0].findings[0].cause);
  });

  it('--ca trusts the private CA and the token is issued', async () => {
    const r = await runJson(args(valid, '--ca', testCerts().caPath), { env });
    expect(r.report.results[0].status).toBe('pass');
    expect(r.report.results[0].evidence.claims.scp).toEqual(['SMTP.Send']);
  });

  it('an expired certificate is tls.cert-expired', async () => {
    const r = await runJson(args(expired, '--ca', testCerts().caPath), { env });
    expect(r.report.results[0].findings[0].cause).toBe('tls.cert-expired');
  });

  it('an unreadable --ca file is an input error', async () => {
    const r = await runJson(args(valid, '--ca', '/nonexistent/ca.pem'), { env }).catch((e: Error) => e);
    expect(String(r)).toContain('exit 2');
  });
});
