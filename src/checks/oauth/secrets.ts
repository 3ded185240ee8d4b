// Reads the OAuth secrets (client secret, refresh token, access token) from env, file or prompt, asking only for what the grant needs.
import { SecretReader, type PromptIO } from '../../core/secret-source.js';
import type { OAuthSecrets } from './settings.js';

/** Where each secret comes from (variable names and file paths, never values). */
export interface OAuthSecretSources {
  clientSecretEnv?: string;
  clientSecretFile?: string;
  refreshTokenEnv?: string;
  refreshTokenFile?: string;
  accessTokenEnv?: string;
  accessTokenFile?: string;
}

/** Reads the secrets; with `interactive`, prompts for the one the grant cannot do without; names every unset variable at once. */
export async function readOAuthSecrets(
  src: OAuthSecretSources,
  hints: { provider?: string; grant?: string },
  io: PromptIO,
  interactive: boolean,
): Promise<OAuthSecrets> {
  const reader = new SecretReader(io);
  const accessToken = await reader.read('access token', {
    ...(src.accessTokenEnv ? { env: src.accessTokenEnv } : {}),
    ...(src.accessTokenFile ? { file: src.accessTokenFile } : {}),
  });
  const ask = interactive && !accessToken;
  const wantRefresh = hints.grant === 'refresh_token' || (hints.provider === 'google' && hints.grant === undefined);
  const refreshToken = await reader.read('refresh token', {
    ...(src.refreshTokenEnv ? { env: src.refreshTokenEnv } : {}),
    ...(src.refreshTokenFile ? { file: src.refreshTokenFile } : {}),
    prompt: ask && wantRefresh,
  });
  const grant = hints.grant ?? (refreshToken ? 'refresh_token' : 'client_credentials');
  const wantSecret = grant === 'client_credentials' || hints.provider === 'google';
  const clientSecret = await reader.read('client secret', {
    ...(src.clientSecretEnv ? { env: src.clientSecretEnv } : {}),
    ...(src.clientSecretFile ? { file: src.clientSecretFile } : {}),
    prompt: ask && wantSecret,
  });
  reader.finish();
  return { ...(clientSecret ? { clientSecret } : {}), ...(refreshToken ? { refreshToken } : {}), ...(accessToken ? { accessToken } : {}) };
}
