// `maildoctor oauth` and `type: oauth`: a token from Entra, Google or a custom endpoint; its claims; Graph mailbox access.
import { resolve } from 'node:path';
import { defineKind } from '../../core/kind.js';

const load = async () => ({
  ...(await import('./graph.js')),
  ...(await import('./secrets.js')),
  ...(await import('./settings.js')),
  ...(await import('../../core/input.js')),
});

/** The oauth check kind; its options are also the keys of a run config's `oauth` entries. */
export const OAUTH_KIND = defineKind({
  id: 'oauth',
  summary: 'Get an OAuth access token (Entra, Google, custom), map refusals (AADSTS, invalid_grant) to causes, check claims and Graph mailbox access',
  examples: [
    'maildoctor oauth --provider microsoft --tenant contoso.onmicrosoft.com --client-id 11111111-2222-3333-4444-555555555555 --refresh-token-env HELPDESK_RT --for imap',
    'maildoctor oauth --provider microsoft --tenant contoso.onmicrosoft.com --client-id ID --client-secret-env APP_SECRET --graph-mailbox helpdesk@contoso.com',
    'maildoctor oauth --provider google --client-id ID.apps.googleusercontent.com --client-secret-file secret.txt --refresh-token-file rt.txt',
  ],
  options: {
    provider: { type: 'string', required: true, enum: ['microsoft', 'google', 'custom'], arg: 'provider', description: 'token provider' },
    tenant: { type: 'string', arg: 'tenant', description: 'Entra tenant id or domain (default: common)' },
    clientId: { type: 'string', arg: 'id', description: 'application (client) id' },
    clientSecretEnv: { type: 'string', arg: 'var', description: 'environment variable holding the client secret' },
    clientSecretFile: { type: 'string', arg: 'path', description: 'file holding the client secret' },
    refreshTokenEnv: { type: 'string', arg: 'var', description: 'environment variable holding the refresh token' },
    refreshTokenFile: { type: 'string', arg: 'path', description: 'file holding the refresh token' },
    accessTokenEnv: { type: 'string', arg: 'var', description: 'inspect this access token instead of requesting one' },
    accessTokenFile: { type: 'string', arg: 'path', description: 'inspect the access token in this file instead of requesting one' },
    grant: {
      type: 'string',
      enum: ['refresh_token', 'client_credentials'],
      arg: 'grant',
      description: 'grant type (default: refresh_token with a refresh token, else client_credentials)',
    },
    scope: { type: 'string', arg: 'scope', description: 'scope to request (default: the one the protocol needs)' },
    for: {
      type: 'string',
      enum: ['imap', 'pop3', 'smtp', 'graph'],
      arg: 'protocol',
      description: 'protocol the token is for (default: imap, or graph with --graph-mailbox)',
    },
    tokenUrl: { type: 'string', arg: 'url', description: 'token endpoint (custom providers, proxies, tests)' },
    authority: { type: 'string', arg: 'url', description: 'Entra authority, for sovereign clouds (default: https://login.microsoftonline.com)' },
    graphUrl: { type: 'string', arg: 'url', description: "Microsoft Graph root (default: that of the authority's cloud, https://graph.microsoft.com)" },
    graphMailbox: { type: 'string', arg: 'address', description: "open this mailbox's inbox through Graph with the token" },
    ca: { type: 'string', arg: 'file', description: "PEM file of extra trusted CA certificates (an inspecting proxy's CA)" },
    name: { type: 'string', arg: 'name', description: 'name of the token for "needs: oauth NAME" (default: the provider)' },
  },
  load,
  async build(v, ctx) {
    const { oauthChecks, readOAuthSecrets, resolveOAuthSettings, readTextFile } = await load();
    const file = (p: string | undefined) => (p === undefined ? undefined : resolve(ctx.io.cwd, p));
    const sources = {
      clientSecretEnv: v.clientSecretEnv,
      clientSecretFile: file(v.clientSecretFile),
      refreshTokenEnv: v.refreshTokenEnv,
      refreshTokenFile: file(v.refreshTokenFile),
      accessTokenEnv: v.accessTokenEnv,
      accessTokenFile: file(v.accessTokenFile),
    };
    const secrets = await readOAuthSecrets(sources, { provider: v.provider, ...(v.grant ? { grant: v.grant } : {}) }, ctx.io, ctx.interactive);
    const ca = v.ca === undefined ? undefined : await readTextFile(resolve(ctx.io.cwd, v.ca), 'CA file');
    return oauthChecks(resolveOAuthSettings(v, secrets, ca));
  },
});
