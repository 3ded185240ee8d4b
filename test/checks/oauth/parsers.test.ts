// Pure parsers of the oauth area: JWT claims, properties scanning, token-fit judgement; bad and odd input included.
import { describe, expect, it } from 'vitest';
import { scanProperties } from '../../../src/checks/mail/config-lint-parse.js';
import { assessToken } from '../../../src/checks/oauth/claims.js';
import { resolveOAuthSettings } from '../../../src/checks/oauth/settings.js';
import { Secret } from '../../../src/core/secret.js';
import { decodeJwtClaims } from '../../../src/checks/oauth/jwt-claims.js';
import { makeJwt } from '../../helpers/oauth-server.js';

const b64 = (s: string) => Buffer.from(s).toString('base64url');

describe('decodeJwtClaims', () => {
  it('reads the claims maildoctor reports, without verifying anything', () => {
    const c = decodeJwtClaims(
      makeJwt({
        aud: ['https://outlook.office.com', 'x'],
        scp: 'IMAP.AccessAsUser.All  SMTP.Send',
        roles: ['A', 3],
        unique_name: 'u@c.com',
        tid: 't',
        azp: 'app',
        exp: 1700000000,
      }),
    );
    expect(c).toEqual({
      aud: 'https://outlook.office.com',
      scp: ['IMAP.AccessAsUser.All', 'SMTP.Send'],
      roles: ['A'],
      upn: 'u@c.com',
      tid: 't',
      appid: 'app',
      exp: 1700000000,
    });
  });

  it.each([
    ['opaque Google token', 'ya29.a0AfB_byC-opaque'],
    ['two parts', `${b64('{}')}.${b64('{}')}`],
    ['empty', ''],
    ['payload not base64url', 'a.!!!.c'],
    ['payload not JSON', `a.${b64('not json')}.c`],
    ['payload an array', `a.${b64('[1,2]')}.c`],
    ['payload null', `a.${b64('null')}.c`],
    ['binary payload', `a.${Buffer.from([0, 255, 1, 254]).toString('base64url')}.c`],
  ])('%s is opaque (undefined), not a crash', (_name, token) => {
    expect(decodeJwtClaims(token)).toBeUndefined();
  });

  it('ignores claims of the wrong type and clips huge values', () => {
    const c = decodeJwtClaims(makeJwt({ aud: 42, exp: 'soon', upn: 'x'.repeat(10_000), scp: ['not', 'a string'] }));
    expect(c?.aud).toBeUndefined();
    expect(c?.exp).toBeUndefined();
    expect(c?.upn?.length).toBe(300);
    expect(c?.scp).toEqual([]);
  });
});

describe('scanProperties', () => {
  const keys = (text: string) => scanProperties(text, 'test').instances.map((i) => [i.key, i.line, i.column, i.hasEquals, i.value]);

  it('finds keys at line start, after & and ?, with dotted prefixes, and ends query values at &', () => {
    expect(keys('client_secret=a b\r\nx=https://h/t?client_id=c1&client_secret=s2&scope=z\nmail.smtp.tenant_id=t\n')).toEqual([
      ['client_secret', 1, 1, true, 'a b'],
      ['client_id', 2, 15, true, 'c1'],
      ['client_secret', 2, 28, true, 's2'],
      ['tenant', 3, 1, true, 't'],
    ]);
  });

  it('does not take other keys, URL placeholders, comments or prose for watched keys', () => {
    expect(
      keys(
        'client_secret_expires_at=2027-01-01\ntoken_url=https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token\n# client_secret=old\n! tenant=x\ntenantName=Contoso\n',
      ),
    ).toEqual([]);
  });

  it('takes ":" as a separator and reports a missing "="', () => {
    expect(keys('client_id: abc\nclient_secret value\nclient_secretVALUE\n')).toEqual([
      ['client_id', 1, 1, true, ' abc'],
      ['client_secret', 2, 1, false, 'value'],
      ['client_secret', 3, 1, false, 'VALUE'],
    ]);
  });

  it('empty and blank text is an input error; prose without keys is not configuration', () => {
    expect(() => scanProperties('', 'x')).toThrow('x is empty');
    expect(() => scanProperties(' \n\n', 'x')).toThrow('empty');
    expect(() => scanProperties('Dear support,\nplease reset my password.\nThanks\n', 'x')).toThrow('does not look like configuration properties');
    expect(scanProperties('a=1\nb=2\n', 'x').instances).toEqual([]);
  });

  it('notices Microsoft configurations', () => {
    expect(scanProperties('url=https://login.microsoftonline.com/t\n', 'x').microsoft).toBe(true);
    expect(scanProperties('url=https://oauth2.googleapis.com/token\n', 'x').microsoft).toBe(false);
  });
});

describe('assessToken', () => {
  const now = Date.parse('2026-11-22T00:00:00Z');

  it('an opaque Microsoft token is judged by its granted scope URLs', () => {
    const ok = assessToken({
      provider: 'microsoft',
      purpose: 'smtp',
      grantedScope: 'https://outlook.office.com/SMTP.Send offline_access',
      expiresIn: 3600,
      now,
    });
    expect(ok.findings).toEqual([]);
    expect(ok.expiresAt).toBe('2026-11-22T01:00:00.000Z');
    const bad = assessToken({ provider: 'microsoft', purpose: 'imap', grantedScope: 'https://outlook.office.com/SMTP.Send', now });
    expect(bad.findings.map((f) => f.cause)).toEqual(['oauth.claims.scope-missing']);
  });

  it('app roles satisfy the protocol; without any scope information nothing is claimed', () => {
    expect(
      assessToken({ provider: 'microsoft', purpose: 'imap', claims: { aud: 'https://outlook.office365.com', scp: [], roles: ['IMAP.AccessAsApp'] }, now })
        .findings,
    ).toEqual([]);
    expect(assessToken({ provider: 'custom', purpose: 'imap', now }).findings).toEqual([]);
    expect(assessToken({ provider: 'google', purpose: 'imap', now }).findings).toEqual([]);
  });

  it('a tenant given by name is not compared with the tid GUID', () => {
    const claims = { tid: '72f988bf-86f1-41af-91ab-2d7cd011db47', scp: ['IMAP.AccessAsUser.All'], roles: [] };
    expect(assessToken({ provider: 'microsoft', purpose: 'imap', claims, tenant: 'contoso.onmicrosoft.com', now }).findings).toEqual([]);
  });
});

describe('resolveOAuthSettings', () => {
  const secret = { clientSecret: new Secret('cs-settings-secret') };
  const base = { provider: 'microsoft', tenant: 'contoso.onmicrosoft.us', clientId: 'app' };

  it('a US Government authority gets its own token URL, Outlook and Graph resources', () => {
    const s = resolveOAuthSettings({ ...base, authority: 'https://login.microsoftonline.us', graphMailbox: 'a@contoso.us' }, secret);
    expect(s.tokenUrl.href).toBe('https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/token');
    expect(s.graphUrl.href).toBe('https://graph.microsoft.us/');
    expect(s.scope).toBe('https://graph.microsoft.us/.default');
    expect(resolveOAuthSettings({ ...base, authority: 'https://login.microsoftonline.us', for: 'smtp' }, secret).scope).toBe(
      'https://outlook.office365.us/.default',
    );
  });

  it('the global cloud is the default, and delegated scopes name the protocol and offline_access', () => {
    const s = resolveOAuthSettings({ ...base, for: 'pop3' }, { refreshToken: new Secret('rt-settings-refresh') });
    expect(s.tokenUrl.href).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.us/oauth2/v2.0/token');
    expect(s.grant).toBe('refresh_token');
    expect(s.scope).toBe('https://outlook.office.com/POP.AccessAsUser.All offline_access');
    expect(s.name).toBe('microsoft');
  });

  it('a given scope sets the protocol when --for is absent', () => {
    expect(resolveOAuthSettings({ ...base, scope: 'https://outlook.office.com/SMTP.Send' }, secret).purpose).toBe('smtp');
    expect(resolveOAuthSettings({ ...base, scope: 'api://custom/.default' }, secret).purpose).toBeUndefined();
  });
});
