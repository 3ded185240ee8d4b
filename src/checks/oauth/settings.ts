// Turns oauth options (command line or config entry) into validated settings: endpoints, grant, scope, purpose.
import { UsageError } from '../../core/errors.js';
import type { Secret } from '../../core/secret.js';
import type { Provider, Purpose } from './claims.js';
import { microsoftCloud, type MicrosoftCloud } from './clouds.js';
import type { Grant } from './oauth-token.js';

/** Microsoft's public-cloud authority; sovereign clouds pass their own with --authority. */
export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';
/** Google's token endpoint. */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** The options as given, before validation (names as on the command line, camel-cased). */
export interface RawOAuthOptions {
  name?: string;
  provider?: string;
  tenant?: string;
  clientId?: string;
  grant?: string;
  scope?: string;
  for?: string;
  tokenUrl?: string;
  authority?: string;
  graphUrl?: string;
  graphMailbox?: string;
}

/** The secrets read for this run (each from an env variable, a file or the prompt). */
export interface OAuthSecrets {
  clientSecret?: Secret | undefined;
  refreshToken?: Secret | undefined;
  accessToken?: Secret | undefined;
}

/** Validated settings of one oauth check (and its optional Graph check). */
export interface OAuthSettings {
  name: string;
  provider: Provider;
  tenant?: string;
  clientId?: string;
  grant: Grant;
  scope?: string;
  purpose?: Purpose;
  tokenUrl: URL;
  graphUrl: URL;
  graphMailbox?: string;
  secrets: OAuthSecrets;
  ca?: string;
}

const PROVIDERS: readonly Provider[] = ['microsoft', 'google', 'custom'];
const PURPOSES: readonly Purpose[] = ['imap', 'pop3', 'smtp', 'graph'];
const GRANTS: readonly Grant[] = ['refresh_token', 'client_credentials'];

/** Parses an http(s) URL option, or throws a UsageError naming it. */
export function parseUrl(value: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option}: "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${option}: use an http:// or https:// URL`);
  return url;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`${option}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** The protocol a scope is for, when it names one. */
function purposeOfScope(scope: string): Purpose | undefined {
  if (/graph\.microsoft|Mail\.Read/i.test(scope)) return 'graph';
  if (/SMTP\.Send/i.test(scope)) return 'smtp';
  if (/POP\.AccessAs/i.test(scope)) return 'pop3';
  if (/IMAP\.AccessAs|mail\.google\.com/i.test(scope)) return 'imap';
  return undefined;
}

const PERMISSION: Record<Exclude<Purpose, 'graph'>, string> = { imap: 'IMAP.AccessAsUser.All', pop3: 'POP.AccessAsUser.All', smtp: 'SMTP.Send' };

function defaultScope(provider: Provider, grant: Grant, purpose: Purpose | undefined, cloud: MicrosoftCloud): string | undefined {
  if (provider !== 'microsoft' || !purpose) return undefined;
  if (grant === 'client_credentials') return `${purpose === 'graph' ? cloud.graph : cloud.outlookApp}/.default`;
  return purpose === 'graph' ? `${cloud.graph}/Mail.Read offline_access` : `${cloud.outlookDelegated}/${PERMISSION[purpose]} offline_access`;
}

function tokenUrlFor(provider: Provider, raw: RawOAuthOptions, grant: Grant, requesting: boolean): URL {
  if (raw.tokenUrl) return parseUrl(raw.tokenUrl, '--token-url');
  if (provider === 'google') return new URL(GOOGLE_TOKEN_URL);
  if (provider === 'custom') {
    if (requesting) throw new UsageError('--provider custom needs --token-url URL');
    return new URL('http://token-url.invalid/');
  }
  const tenant = raw.tenant ?? 'common';
  if (requesting && grant === 'client_credentials' && ['common', 'organizations', 'consumers'].includes(tenant)) {
    throw new UsageError('the client-credentials grant needs --tenant (the directory id or its domain), not common');
  }
  const authority = raw.authority ? parseUrl(raw.authority, '--authority') : new URL(DEFAULT_AUTHORITY);
  return new URL(`${authority.href.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`);
}

/** Validates the options against each other; every mistake is a UsageError saying what to give. */
export function resolveOAuthSettings(raw: RawOAuthOptions, secrets: OAuthSecrets, ca?: string): OAuthSettings {
  const provider = oneOf(raw.provider, PROVIDERS, '--provider');
  if (!provider) throw new UsageError('give --provider microsoft, google or custom');
  const cloud = microsoftCloud(raw.authority ? parseUrl(raw.authority, '--authority') : undefined);
  const graphUrl = parseUrl(raw.graphUrl ?? cloud.graph, '--graph-url');
  const grant = oneOf(raw.grant, GRANTS, '--grant') ?? (secrets.refreshToken ? 'refresh_token' : 'client_credentials');
  if (provider === 'google' && grant === 'client_credentials') {
    throw new UsageError('Google has no client-credentials grant for Gmail: use --grant refresh_token with --refresh-token-env or --refresh-token-file');
  }
  if (provider === 'google' && raw.graphMailbox) throw new UsageError('--graph-mailbox is for Microsoft Graph; it does not apply to --provider google');
  if (raw.graphMailbox !== undefined && !/^[^\s@]+@[^\s@]+$/.test(raw.graphMailbox))
    throw new UsageError(`--graph-mailbox: "${raw.graphMailbox}" is not a mailbox address`);
  const purpose = oneOf(raw.for, PURPOSES, '--for') ?? (raw.graphMailbox ? 'graph' : raw.scope ? purposeOfScope(raw.scope) : 'imap');
  if (provider === 'google' && purpose === 'graph') throw new UsageError('--for graph is Microsoft Graph; Google tokens are for imap, pop3 or smtp');
  const tokenUrl = tokenUrlFor(provider, raw, grant, !secrets.accessToken);
  if (!secrets.accessToken) {
    if (!raw.clientId) throw new UsageError('give --client-id (the application / client id of the OAuth app)');
    if (grant === 'refresh_token' && !secrets.refreshToken)
      throw new UsageError('the refresh_token grant needs the refresh token: --refresh-token-env VAR or --refresh-token-file PATH');
    if (grant === 'client_credentials' && !secrets.clientSecret)
      throw new UsageError('the client_credentials grant needs the client secret: --client-secret-env VAR or --client-secret-file PATH');
    if (provider === 'google' && !secrets.clientSecret)
      throw new UsageError('Google token requests need the client secret: --client-secret-env VAR or --client-secret-file PATH');
  }
  const scope = raw.scope ?? defaultScope(provider, grant, purpose, cloud);
  return {
    name: raw.name ?? provider,
    provider,
    ...(raw.tenant ? { tenant: raw.tenant } : {}),
    ...(raw.clientId ? { clientId: raw.clientId } : {}),
    grant,
    ...(scope ? { scope } : {}),
    ...(purpose ? { purpose } : {}),
    tokenUrl,
    graphUrl,
    ...(raw.graphMailbox ? { graphMailbox: raw.graphMailbox } : {}),
    secrets,
    ...(ca ? { ca } : {}),
  };
}
