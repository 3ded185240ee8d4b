// Auth sources of the smtp, imap and pop3 checks: password or OAuth token from env, file, prompt, or an oauth check of the run.
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { BuildContext } from '../../core/kind.js';
import type { OptionValues } from '../../core/options.js';
import type { Secret } from '../../core/secret.js';
import { readSecret } from '../../core/secret-source.js';
import { oauthKey } from '../../core/keys.js';
import { oauthTokenKey } from '../../core/shared.js';
import type { CheckContext } from '../../core/types.js';
import type { MAIL_AUTH_OPTIONS } from './options.js';

/** How a mail check logs in: not at all, with a password, with a token, or with the token of a named oauth check. */
export type MailAuth = { kind: 'none' } | { kind: 'password'; secret: Secret } | { kind: 'token'; secret: Secret } | { kind: 'oauth'; name: string };

/** A credential ready for the wire: the password or the access token. */
export interface MailCredential {
  kind: 'password' | 'token';
  secret: Secret;
}

/** Where a mail check's login comes from: the auth options of a mail kind (names of variables and files only). */
export type MailAuthValues = OptionValues<typeof MAIL_AUTH_OPTIONS>;

const SOURCES = ['passwordEnv', 'passwordFile', 'oauthTokenEnv', 'oauthTokenFile', 'oauth'] as const;

/**
 * Reads the auth source of a command line or a config entry; `oauth: NAME` is resolved when the check runs. On the
 * command line, a user without a source means a password prompt (on a terminal).
 */
export async function readMailAuth(v: MailAuthValues, ctx: BuildContext): Promise<MailAuth> {
  const given = SOURCES.filter((k) => v[k] !== undefined);
  const kinds = new Set(given.map((k) => (k.startsWith('password') ? 'password' : 'token')));
  if (kinds.size > 1 || (v.oauth !== undefined && given.length > 1))
    throw new UsageError(`give one auth source, not both ${given.map((k) => ctx.name(k)).join(' and ')}`);
  if (given.length > 0 && v.user === undefined) throw new UsageError(`${ctx.name('user')} is required with a password or token source`);
  if (v.oauth !== undefined) return { kind: 'oauth', name: v.oauth };
  const file = (p: string | undefined) => (p === undefined ? {} : { file: resolve(ctx.io.cwd, p) });
  const env = (name: string | undefined) => (name === undefined ? {} : { env: name });
  if (kinds.has('token')) {
    const secret = await readSecret('OAuth access token', { ...env(v.oauthTokenEnv), ...file(v.oauthTokenFile) }, ctx.io);
    return secret ? { kind: 'token', secret } : { kind: 'none' };
  }
  const secret = await readSecret('password', { ...env(v.passwordEnv), ...file(v.passwordFile), prompt: ctx.interactive && v.user !== undefined }, ctx.io);
  return secret ? { kind: 'password', secret } : { kind: 'none' };
}

/** The `needs` of a check with this auth: the oauth check that provides its token. */
export function authNeeds(auth: MailAuth): string[] {
  return auth.kind === 'oauth' ? [oauthKey(auth.name)] : [];
}

/** The credential to use at run time; a token from an oauth check comes from the run's shared values. */
export function credentialFor(auth: MailAuth, ctx: Pick<CheckContext, 'shared'>): MailCredential | undefined {
  if (auth.kind === 'password' || auth.kind === 'token') return { kind: auth.kind, secret: auth.secret };
  if (auth.kind === 'oauth') {
    const token = ctx.shared.get(oauthTokenKey(auth.name));
    if (token) return { kind: 'token', secret: token };
    throw new Error(`the oauth check "${auth.name}" left no access token for this check`);
  }
  return undefined;
}

/** The SASL XOAUTH2 initial response for a user and token, wrapped as a Secret so it is redacted everywhere. */
export function xoauth2Payload(user: string, token: Secret): Secret {
  return token.derive((t) => Buffer.from(`user=${user}\x01auth=Bearer ${t}\x01\x01`, 'utf8').toString('base64'));
}

/** The SASL PLAIN initial response for a user and password, wrapped as a Secret. */
export function plainPayload(user: string, password: Secret): Secret {
  return password.derive((p) => Buffer.from(`\x00${user}\x00${p}`, 'utf8').toString('base64'));
}
