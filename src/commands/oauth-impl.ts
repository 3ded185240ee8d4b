// What `maildoctor oauth` does: reads the secret sources and settings, then the token, claims and Graph checks.
import { resolve } from 'node:path';
import { oauthChecks } from '../checks/oauth/kind.js';
import { readOAuthSecrets, type OAuthSecretSources } from '../checks/oauth/secrets.js';
import { resolveOAuthSettings, type RawOAuthOptions } from '../checks/oauth/settings.js';
import { readTextFile } from '../core/input.js';
import type { PlanFn } from './lazy.js';

const RAW_KEYS = ['name', 'provider', 'tenant', 'clientId', 'grant', 'scope', 'for', 'tokenUrl', 'authority', 'graphUrl', 'graphMailbox'] as const;
const SECRET_KEYS = ['clientSecretEnv', 'clientSecretFile', 'refreshTokenEnv', 'refreshTokenFile', 'accessTokenEnv', 'accessTokenFile'] as const;

function pick<K extends string>(opts: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) if (typeof opts[k] === 'string') out[k] = opts[k] as string;
  return out;
}

/** Builds the oauth checks. */
export const plan: PlanFn = async (_args, opts, ctx) => {
  const raw: RawOAuthOptions = pick(opts, RAW_KEYS);
  const sources: OAuthSecretSources = pick(opts, SECRET_KEYS);
  const secrets = await readOAuthSecrets(sources, { ...(raw.provider ? { provider: raw.provider } : {}), ...(raw.grant ? { grant: raw.grant } : {}) }, { stdin: ctx.io.stdin, stderr: ctx.io.stderr, env: ctx.io.env }, true);
  const ca = typeof opts.ca === 'string' ? await readTextFile(resolve(ctx.io.cwd, opts.ca), 'CA file') : undefined;
  return { checks: oauthChecks(resolveOAuthSettings(raw, secrets, ca)) };
};
