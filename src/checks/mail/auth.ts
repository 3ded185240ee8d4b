// Auth sources of the smtp, imap and pop3 checks: password or OAuth token from env, file, prompt, or an oauth check of the run.
import { isAbsolute, resolve } from 'node:path';
import type { FieldSpecs } from '../../config/fields.js';
import { UsageError } from '../../core/errors.js';
import type { Secret } from '../../core/secret.js';
import { readSecret, type PromptIO } from '../../core/secret-source.js';
import { oauthTokenKey } from '../../core/shared-keys.js';
import type { CheckContext } from '../../core/types.js';
import type { BuildContext } from '../types.js';

/** How a mail check logs in: not at all, with a password, with a token, or with the token of a named oauth check. */
export type MailAuth =
  | { kind: 'none' }
  | { kind: 'password'; secret: Secret }
  | { kind: 'token'; secret: Secret }
  | { kind: 'oauth'; name: string };

/** A credential ready for the wire: the password or the access token. */
export interface MailCredential {
  kind: 'password' | 'token';
  secret: Secret;
}

/** Reads the auth source named on the command line; prompts for a password when a user is given on a terminal. */
export async function readCliAuth(opts: Record<string, unknown>, io: PromptIO & { cwd: string }): Promise<MailAuth> {
  const str = (k: string) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
  const password = { env: str('passwordEnv'), file: str('passwordFile') };
  const token = { env: str('oauthTokenEnv'), file: str('oauthTokenFile') };
  const hasPassword = Boolean(password.env || password.file);
  const hasToken = Boolean(token.env || token.file);
  if (hasPassword && hasToken) throw new UsageError('give either a password source or an OAuth token source, not both');
  if ((hasPassword || hasToken) && !str('user')) throw new UsageError('--user is required with a password or token source');
  const file = (p: string | undefined) => (p ? resolve(io.cwd, p) : undefined);
  if (hasToken) {
    const secret = await readSecret('OAuth access token', { ...(token.env ? { env: token.env } : {}), ...(token.file ? { file: file(token.file) } : {}) }, io);
    return secret ? { kind: 'token', secret } : { kind: 'none' };
  }
  const secret = await readSecret('password', { ...(password.env ? { env: password.env } : {}), ...(password.file ? { file: file(password.file) } : {}), prompt: Boolean(str('user')) }, io);
  return secret ? { kind: 'password', secret } : { kind: 'none' };
}

/** Config keys for the auth source of a mail check entry (names of variables and files, never secrets). */
export const MAIL_AUTH_FIELDS: FieldSpecs = {
  user: { type: 'string', description: 'login name (usually the full mailbox address)' },
  passwordEnv: { type: 'string', description: 'environment variable that holds the password' },
  passwordFile: { type: 'string', description: 'file that holds the password (relative to the config file)' },
  oauthTokenEnv: { type: 'string', description: 'environment variable that holds an OAuth access token' },
  oauthTokenFile: { type: 'string', description: 'file that holds an OAuth access token' },
  oauth: { type: 'string', description: 'name of the oauth check of this run whose token to use (XOAUTH2)' },
};

/** Reads the auth source of a config entry; an `oauth: NAME` entry is resolved when the check runs. */
export async function readConfigAuth(entry: Record<string, unknown>, ctx: BuildContext): Promise<MailAuth> {
  const str = (k: string) => (typeof entry[k] === 'string' ? (entry[k] as string) : undefined);
  const sources = ['passwordEnv', 'passwordFile', 'oauthTokenEnv', 'oauthTokenFile', 'oauth'].filter((k) => str(k));
  const kinds = new Set(sources.map((k) => (k.startsWith('password') ? 'password' : 'token')));
  if (kinds.size > 1 || (str('oauth') && sources.length > 1)) throw new UsageError(`give one auth source, not ${sources.join(' and ')}`);
  if (sources.length > 0 && !str('user')) throw new UsageError('"user" is required with an auth source');
  const oauth = str('oauth');
  if (oauth) return { kind: 'oauth', name: oauth };
  const file = (p: string | undefined) => (p ? (isAbsolute(p) ? p : resolve(ctx.baseDir, p)) : undefined);
  const io: PromptIO = { stdin: process.stdin, stderr: process.stderr, env: ctx.env };
  if (kinds.has('token')) {
    const secret = await readSecret('OAuth access token', { ...(str('oauthTokenEnv') ? { env: str('oauthTokenEnv') } : {}), ...(str('oauthTokenFile') ? { file: file(str('oauthTokenFile')) } : {}) }, io);
    return secret ? { kind: 'token', secret } : { kind: 'none' };
  }
  const secret = await readSecret('password', { ...(str('passwordEnv') ? { env: str('passwordEnv') } : {}), ...(str('passwordFile') ? { file: file(str('passwordFile')) } : {}) }, io);
  return secret ? { kind: 'password', secret } : { kind: 'none' };
}

/** The `needs` of a check with this auth: the oauth check that provides its token. */
export function authNeeds(auth: MailAuth): string[] {
  return auth.kind === 'oauth' ? [`oauth ${auth.name}`] : [];
}

/** The credential to use at run time; a token from an oauth check comes from the run's shared values. */
export function credentialFor(auth: MailAuth, ctx: Pick<CheckContext, 'shared'>): MailCredential | undefined {
  if (auth.kind === 'password' || auth.kind === 'token') return { kind: auth.kind, secret: auth.secret };
  if (auth.kind === 'oauth') {
    const token = ctx.shared.get(oauthTokenKey(auth.name));
    if (token && typeof (token as Secret).reveal === 'function') return { kind: 'token', secret: token as Secret };
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
