import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMailAuth, authNeeds, credentialFor } from '../../../src/checks/mail/auth.js';
import { MAIL_OPTIONS } from '../../../src/checks/mail/options.js';
import { configWarnings, resolveTarget } from '../../../src/checks/mail/target.js';
import { parseAddress } from '../../../src/checks/mail/smtp.js';
import { MAIL_PRESETS, isMicrosoftHost, mailPreset } from '../../../src/checks/mail/presets.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { Secret } from '../../../src/core/secret.js';
import { SharedValues, oauthTokenKey } from '../../../src/core/shared.js';
import { testCerts } from '../../helpers/certs.js';
import { cliBuildContext, configBuildContext } from '../../helpers/contexts.js';

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-mail-target-'));
const cli = (env: NodeJS.ProcessEnv = {}) => cliBuildContext(MAIL_OPTIONS, env, dir);

describe('presets', () => {
  it('office365 and gmail carry the documented endpoints', () => {
    expect(MAIL_PRESETS.office365?.smtp).toEqual({ host: 'smtp.office365.com', port: 587, security: 'starttls' });
    expect(MAIL_PRESETS.office365?.imap).toEqual({ host: 'outlook.office365.com', port: 993, security: 'tls' });
    expect(MAIL_PRESETS.office365?.pop3).toEqual({ host: 'outlook.office365.com', port: 995, security: 'tls' });
    expect(MAIL_PRESETS.gmail?.smtp).toEqual({ host: 'smtp.gmail.com', port: 587, security: 'starttls' });
    expect(MAIL_PRESETS.gmail?.smtpAlternatives).toContainEqual({ host: 'smtp.gmail.com', port: 465, security: 'tls' });
    expect(MAIL_PRESETS.gmail?.imap).toEqual({ host: 'imap.gmail.com', port: 993, security: 'tls' });
    expect(MAIL_PRESETS.gmail?.pop3).toEqual({ host: 'pop.gmail.com', port: 995, security: 'tls' });
  });
  it('does not resolve prototype keys as presets', () => {
    expect(mailPreset('toString')).toBeUndefined();
  });
  it('knows Microsoft hosts', () => {
    expect(isMicrosoftHost('smtp.office365.com')).toBe(true);
    expect(isMicrosoftHost('outlook.office365.com.')).toBe(true);
    expect(isMicrosoftHost('smtp.gmail.com')).toBe(false);
    expect(isMicrosoftHost('notoffice365.com.evil.test')).toBe(false);
  });
});

describe('resolveTarget', () => {
  it('takes host, port and security from a preset', async () => {
    expect(await resolveTarget('smtp', { preset: 'office365' }, dir)).toMatchObject({
      host: 'smtp.office365.com',
      port: 587,
      security: 'starttls',
      preset: 'office365',
    });
    expect(await resolveTarget('imap', { preset: 'gmail' }, dir)).toMatchObject({ host: 'imap.gmail.com', port: 993, security: 'tls' });
    expect(await resolveTarget('pop3', { preset: 'office365' }, dir)).toMatchObject({ host: 'outlook.office365.com', port: 995, security: 'tls' });
  });
  it('derives the security from the port and the port from the security', async () => {
    expect(await resolveTarget('smtp', { host: 'mail.test', port: '465' }, dir)).toMatchObject({ port: 465, security: 'tls' });
    expect(await resolveTarget('smtp', { host: 'mail.test', security: 'tls' }, dir)).toMatchObject({ port: 465 });
    expect(await resolveTarget('smtp', { host: 'mail.test' }, dir)).toMatchObject({ port: 587, security: 'starttls' });
    expect(await resolveTarget('imap', { host: 'mail.test', security: 'starttls' }, dir)).toMatchObject({ port: 143 });
    expect(await resolveTarget('pop3', { host: 'mail.test' }, dir)).toMatchObject({ port: 995, security: 'tls' });
    expect(await resolveTarget('pop3', { host: 'mail.test', port: 110 }, dir)).toMatchObject({ security: 'starttls' });
  });
  it('an explicit port overrides the preset port', async () => {
    expect(await resolveTarget('smtp', { preset: 'gmail', port: '465' }, dir)).toMatchObject({ host: 'smtp.gmail.com', port: 465, security: 'tls' });
  });
  it('rejects bad input with usage errors', async () => {
    await expect(resolveTarget('smtp', {}, dir)).rejects.toThrow(UsageError);
    await expect(resolveTarget('smtp', { preset: 'yahoo' }, dir)).rejects.toThrow(/unknown preset "yahoo"/);
    await expect(resolveTarget('smtp', { host: 'mail.test', port: '99999' }, dir)).rejects.toThrow(/out of range/);
    await expect(resolveTarget('smtp', { host: 'mail.test', port: 'abc' }, dir)).rejects.toThrow(/not a port number/);
    await expect(resolveTarget('smtp', { host: 'mail.test', security: 'ssl' }, dir)).rejects.toThrow(/--security/);
    await expect(resolveTarget('smtp', { host: 'bad host!' }, dir)).rejects.toThrow(/not a valid host/);
  });
  it('reads --ca files and refuses ones without a certificate', async () => {
    const t = await resolveTarget('imap', { host: 'localhost', ca: testCerts().caPath }, dir);
    expect(t.ca).toContain('BEGIN CERTIFICATE');
    writeFileSync(join(dir, 'empty.pem'), '');
    writeFileSync(join(dir, 'binary.pem'), Buffer.from([0, 1, 2, 3, 0, 255]));
    await expect(resolveTarget('imap', { host: 'localhost', ca: 'empty.pem' }, dir)).rejects.toThrow(InputError);
    await expect(resolveTarget('imap', { host: 'localhost', ca: 'binary.pem' }, dir)).rejects.toThrow(/binary/);
    await expect(resolveTarget('imap', { host: 'localhost', ca: 'missing.pem' }, dir)).rejects.toThrow(/no such file/);
  });
});

describe('configWarnings: the documented anti-patterns', () => {
  const pw = { kind: 'password' as const, secret: new Secret('x-password-1') };
  it('465 with STARTTLS and 587 with implicit TLS', async () => {
    const a = configWarnings(await resolveTarget('smtp', { host: 'mail.test', port: 465, security: 'starttls' }, dir), { kind: 'none' });
    const b = configWarnings(await resolveTarget('smtp', { host: 'mail.test', port: 587, security: 'tls' }, dir), { kind: 'none' });
    const c = configWarnings(await resolveTarget('smtp', { host: 'mail.test', port: 587, security: 'starttls' }, dir), { kind: 'none' });
    expect(a.map((f) => f.cause)).toEqual(['mail.port-security-mismatch']);
    expect(b.map((f) => f.cause)).toEqual(['mail.port-security-mismatch']);
    expect(c).toEqual([]);
  });
  it('Basic Auth to Microsoft 365, and credentials in clear text', async () => {
    expect(configWarnings(await resolveTarget('imap', { preset: 'office365' }, dir), pw).map((f) => f.cause)).toEqual(['mail.basic-auth-microsoft']);
    expect(configWarnings(await resolveTarget('imap', { preset: 'office365' }, dir), { kind: 'token', secret: new Secret('tok-123456') })).toEqual([]);
    expect(configWarnings(await resolveTarget('imap', { host: 'mail.test', security: 'none' }, dir), pw).map((f) => f.cause)).toEqual([
      'mail.cleartext-credentials',
    ]);
  });
});

describe('auth sources', () => {
  it('reads a password from an environment variable, never from the argument value', async () => {
    const auth = await readMailAuth({ user: 'a@b.test', passwordEnv: 'MAIL_PW' }, cli({ MAIL_PW: 'env-pass-9' }));
    expect(auth.kind).toBe('password');
    expect(auth.kind === 'password' && auth.secret.reveal()).toBe('env-pass-9');
    expect(String(auth.kind === 'password' && auth.secret)).toBe('***');
  });
  it('reads a token from a file relative to the working directory', async () => {
    writeFileSync(join(dir, 'token.txt'), 'tok-from-file\n');
    const auth = await readMailAuth({ user: 'a@b.test', oauthTokenFile: 'token.txt' }, cli());
    expect(auth.kind === 'token' && auth.secret.reveal()).toBe('tok-from-file');
  });
  it('refuses ambiguous or incomplete sources', async () => {
    await expect(readMailAuth({ user: 'a@b.test', passwordEnv: 'A', oauthTokenEnv: 'B' }, cli({ A: 'x', B: 'y' }))).rejects.toThrow(/not both/);
    await expect(readMailAuth({ passwordEnv: 'A' }, cli({ A: 'x' }))).rejects.toThrow(/--user is required/);
    await expect(readMailAuth({ user: 'a@b.test', passwordEnv: 'UNSET_VAR' }, cli())).rejects.toThrow(/not set/);
    await expect(readMailAuth({ user: 'a@b.test', passwordEnv: 'hunter2!' }, cli())).rejects.toThrow(/not an environment variable name/);
  });
  it('without a source and without a terminal there is no login', async () => {
    expect(await readMailAuth({ user: 'a@b.test' }, cli())).toEqual({ kind: 'none' });
  });
  it('a config entry naming an oauth check needs it and reads its token at run time', async () => {
    const auth = await readMailAuth({ user: 'a@b.test', oauth: 'm365' }, configBuildContext({}, dir));
    expect(auth).toEqual({ kind: 'oauth', name: 'm365' });
    expect(authNeeds(auth)).toEqual(['oauth m365']);
    const shared = new SharedValues();
    shared.set(oauthTokenKey('m365'), new Secret('shared-token-1'));
    expect(credentialFor(auth, { shared })?.secret.reveal()).toBe('shared-token-1');
    expect(() => credentialFor(auth, { shared: new SharedValues() })).toThrow(/left no access token/);
    await expect(readMailAuth({ user: 'a@b.test', oauth: 'm365', passwordEnv: 'X' }, configBuildContext({ X: 'y' }, dir))).rejects.toThrow(UsageError);
  });
});

describe('addresses for --from and --send-to', () => {
  it('accepts an address and rejects injection attempts', () => {
    expect(parseAddress('helpdesk@example.com', '--from')).toBe('helpdesk@example.com');
    expect(parseAddress(undefined, '--from')).toBeUndefined();
    expect(() => parseAddress('a@b.test>\r\nRCPT TO:<x@y.test', '--send-to')).toThrow(UsageError);
    expect(() => parseAddress('not-an-address', '--send-to')).toThrow(UsageError);
  });
});
