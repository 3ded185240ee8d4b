import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKind } from '../../../src/checks/index.js';
import { runChecks } from '../../../src/core/runner.js';
import { Secret } from '../../../src/core/secret.js';
import { oauthKey } from '../../../src/core/keys.js';
import { oauthTokenKey } from '../../../src/core/shared.js';
import type { Check } from '../../../src/core/types.js';
import { testCerts } from '../../helpers/certs.js';
import { configBuildContext, fromConfig } from '../../helpers/contexts.js';
import { startSmtpServer, type SmtpTestServer } from '../../helpers/smtp-server.js';

const USER = 'alice@example.test';
const TOKEN = 'ya29.run-composed-token-42';
let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpServer({ users: { [USER]: 'Run-Pa55' }, tokens: { [TOKEN]: USER } });
});
afterAll(async () => smtp?.close());

/** Stands in for issue 5's oauth check: it leaves a token (or fails) under the agreed key. */
function tokenProvider(name: string, token: string | undefined): Check {
  return {
    id: 'oauth',
    title: 'OAuth token',
    target: name,
    key: oauthKey(name),
    async run(ctx) {
      if (!token) return { summary: 'no token', findings: [{ cause: 'mail.auth.oauth-rejected', detail: 'token request refused' }] };
      ctx.shared.set(oauthTokenKey(name), new Secret(token));
      return { summary: 'token obtained', findings: [] };
    },
  };
}

const build = (entry: Record<string, unknown>) => fromConfig(entry, configBuildContext({ SMTP_PW: 'Run-Pa55' }, '/'));

describe('smtp, imap and pop3 are check kinds that `run` composes from a config', () => {
  it('registers the three kinds with declarative options', () => {
    for (const type of ['smtp', 'imap', 'pop3']) {
      const kind = checkKind(type);
      expect(kind?.options).toMatchObject({ host: { type: 'string' }, passwordEnv: { type: 'string' }, oauth: { type: 'string' } });
    }
    expect(checkKind('imap')?.options.mailbox).toBeDefined();
    expect(checkKind('smtp')?.options.sendTo).toBeDefined();
  });

  it('a config entry with passwordEnv logs in', async () => {
    const checks = await build({ type: 'smtp', host: 'localhost', port: smtp.port, ca: testCerts().caPath, user: USER, passwordEnv: 'SMTP_PW' });
    const [r] = await runChecks(checks);
    expect(r?.status).toBe('pass');
  });

  it('`oauth: NAME` needs the oauth check and uses the token it shared', async () => {
    const checks = await build({ type: 'smtp', host: 'localhost', port: smtp.port, ca: testCerts().caPath, user: USER, oauth: 'm365' });
    expect(checks[0]?.needs).toEqual(['oauth m365']);
    const results = await runChecks([tokenProvider('m365', TOKEN), ...checks], { verbose: true });
    expect(results[1]).toMatchObject({ id: 'smtp', status: 'pass', evidence: { mechanism: 'XOAUTH2' } });
    expect(smtp.authAttempts.some((a) => a.method === 'XOAUTH2' && a.accepted)).toBe(true);
  });

  it('when the oauth check fails, the login is skipped and says why', async () => {
    const checks = await build({ type: 'imap', preset: 'office365', user: USER, oauth: 'm365' });
    const results = await runChecks([tokenProvider('m365', undefined), ...checks]);
    expect(results[1]?.status).toBe('skip');
    expect(results[1]?.summary).toMatch(/needs oauth m365/);
  });

  it('a preset entry resolves to the provider endpoints', async () => {
    const [imap] = await build({ type: 'imap', preset: 'office365' });
    const [pop3] = await build({ type: 'pop3', preset: 'gmail' });
    const [smtpCheck] = await build({ type: 'smtp', preset: 'gmail', port: 465 });
    expect([imap?.target, pop3?.target, smtpCheck?.target]).toEqual(['outlook.office365.com:993', 'pop.gmail.com:995', 'smtp.gmail.com:465']);
  });
});
