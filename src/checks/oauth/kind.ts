// `type: oauth` in a run config: one oauth check keyed `oauth NAME`, plus a Graph check when graphMailbox is set.
import { resolve } from 'node:path';
import type { FieldSpecs } from '../../config/fields.js';
import { readTextFile } from '../../core/input.js';
import type { Check } from '../../core/types.js';
import { graphMailboxCheck } from './graph.js';
import { oauthCheck } from './oauth.js';
import { readOAuthSecrets } from './secrets.js';
import { resolveOAuthSettings, type OAuthSettings, type RawOAuthOptions } from './settings.js';
import type { CheckKind } from '../types.js';

const text = (description: string) => ({ type: 'string' as const, description });

/** The config keys of an oauth entry (secrets only by variable name or file path). */
export const OAUTH_FIELDS: FieldSpecs = {
  name: text('name other checks use in needs: "oauth NAME" (default: the provider)'),
  provider: { type: 'string', required: true, enum: ['microsoft', 'google', 'custom'], description: 'token provider' },
  tenant: text('Entra tenant id or domain'),
  clientId: text('application (client) id'),
  clientSecretEnv: text('environment variable holding the client secret'),
  clientSecretFile: text('file holding the client secret'),
  refreshTokenEnv: text('environment variable holding the refresh token'),
  refreshTokenFile: text('file holding the refresh token'),
  accessTokenEnv: text('environment variable holding an access token to inspect instead of requesting one'),
  accessTokenFile: text('file holding an access token to inspect instead of requesting one'),
  grant: { type: 'string', enum: ['refresh_token', 'client_credentials'], description: 'grant type' },
  scope: text('scope to request'),
  for: { type: 'string', enum: ['imap', 'pop3', 'smtp', 'graph'], description: 'protocol the token is for' },
  tokenUrl: text('token endpoint URL (custom providers, tests)'),
  authority: text('Entra authority for sovereign clouds'),
  graphUrl: text('Microsoft Graph root URL'),
  graphMailbox: text('mailbox whose inbox Graph should open with the token'),
  ca: text('PEM file of extra trusted CA certificates'),
};

/** The oauth check and, with a Graph mailbox, the Graph check that needs it. */
export function oauthChecks(s: OAuthSettings): Check[] {
  const checks = [oauthCheck(s)];
  if (s.graphMailbox) checks.push(graphMailboxCheck({ name: s.name, mailbox: s.graphMailbox, graphUrl: s.graphUrl, ...(s.ca ? { ca: s.ca } : {}) }, s.clientId));
  return checks;
}

const path = (base: string, p: unknown) => (typeof p === 'string' ? resolve(base, p) : undefined);

/** `type: oauth`: token refresh or client credentials, claims, and optional Graph mailbox access. */
export const OAUTH_KIND: CheckKind = {
  type: 'oauth',
  summary: 'Get an OAuth access token (Entra, Google, custom), check its claims, optionally open a mailbox through Graph',
  fields: OAUTH_FIELDS,
  async fromConfig(entry, ctx) {
    const e = entry as Record<string, string | undefined>;
    const files = {
      ...(e.clientSecretFile ? { clientSecretFile: path(ctx.baseDir, e.clientSecretFile) } : {}),
      ...(e.refreshTokenFile ? { refreshTokenFile: path(ctx.baseDir, e.refreshTokenFile) } : {}),
      ...(e.accessTokenFile ? { accessTokenFile: path(ctx.baseDir, e.accessTokenFile) } : {}),
    };
    const secrets = await readOAuthSecrets(
      { ...(e.clientSecretEnv ? { clientSecretEnv: e.clientSecretEnv } : {}), ...(e.refreshTokenEnv ? { refreshTokenEnv: e.refreshTokenEnv } : {}), ...(e.accessTokenEnv ? { accessTokenEnv: e.accessTokenEnv } : {}), ...files } as Record<string, string>,
      { ...(e.provider ? { provider: e.provider } : {}), ...(e.grant ? { grant: e.grant } : {}) },
      { stdin: process.stdin, stderr: process.stderr, env: ctx.env },
      false,
    );
    const ca = e.ca ? await readTextFile(resolve(ctx.baseDir, e.ca), 'CA file') : undefined;
    const raw: RawOAuthOptions = {};
    for (const k of ['name', 'provider', 'tenant', 'clientId', 'grant', 'scope', 'for', 'tokenUrl', 'authority', 'graphUrl', 'graphMailbox'] as const) {
      if (e[k] !== undefined) raw[k] = e[k];
    }
    return oauthChecks(resolveOAuthSettings(raw, secrets, ca));
  },
};
