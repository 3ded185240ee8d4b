// `maildoctor oauth`: refresh or client-credentials token from Entra, Google or a custom endpoint; claims; Graph mailbox.
import { Option } from 'commander';
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** The oauth command. */
export const OAUTH_COMMAND: CommandSpec = {
  name: 'oauth',
  summary: 'Get an OAuth access token (Entra, Google, custom), map refusals (AADSTS, invalid_grant) to causes, check claims and Graph mailbox access',
  examples: [
    'maildoctor oauth --provider microsoft --tenant contoso.onmicrosoft.com --client-id 11111111-2222-3333-4444-555555555555 --refresh-token-env HELPDESK_RT --for imap',
    'maildoctor oauth --provider microsoft --tenant contoso.onmicrosoft.com --client-id ID --client-secret-env APP_SECRET --graph-mailbox helpdesk@contoso.com',
    'maildoctor oauth --provider google --client-id ID.apps.googleusercontent.com --client-secret-file secret.txt --refresh-token-file rt.txt',
  ],
  configure(cmd) {
    cmd
      .addOption(new Option('--provider <provider>', 'token provider').choices(['microsoft', 'google', 'custom']))
      .option('--tenant <tenant>', 'Entra tenant id or domain (default: common)')
      .option('--client-id <id>', 'application (client) id')
      .option('--client-secret-env <var>', 'environment variable holding the client secret')
      .option('--client-secret-file <path>', 'file holding the client secret')
      .option('--refresh-token-env <var>', 'environment variable holding the refresh token')
      .option('--refresh-token-file <path>', 'file holding the refresh token')
      .option('--access-token-env <var>', 'inspect this access token instead of requesting one')
      .option('--access-token-file <path>', 'inspect the access token in this file instead of requesting one')
      .addOption(new Option('--grant <grant>', 'grant type (default: refresh_token with a refresh token, else client_credentials)').choices(['refresh_token', 'client_credentials']))
      .option('--scope <scope>', 'scope to request (default: the one the protocol needs)')
      .addOption(new Option('--for <protocol>', 'protocol the token is for (default: imap, or graph with --graph-mailbox)').choices(['imap', 'pop3', 'smtp', 'graph']))
      .option('--token-url <url>', 'token endpoint (custom providers, proxies, tests)')
      .option('--authority <url>', 'Entra authority, for sovereign clouds (default: https://login.microsoftonline.com)')
      .option('--graph-url <url>', 'Microsoft Graph root (default: that of the authority\'s cloud, https://graph.microsoft.com)')
      .option('--graph-mailbox <address>', 'open this mailbox\'s inbox through Graph with the token')
      .option('--ca <file>', 'PEM file of extra trusted CA certificates (an inspecting proxy\'s CA)')
      .option('--name <name>', 'name of the token for "needs: oauth NAME" (default: the provider)');
  },
  plan: lazyPlan(() => import('./oauth-impl.js')),
};
