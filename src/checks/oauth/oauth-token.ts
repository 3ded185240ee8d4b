// POSTs one token request (refresh_token or client_credentials) and parses the answer; secrets stay in Secret.
import { Secret } from '../../core/secret.js';
import type { Transcript } from '../../core/transcript.js';
import { httpCall } from './oauth-http.js';

/** The grants maildoctor can test without a browser. */
export type Grant = 'refresh_token' | 'client_credentials';

/** Everything one token request needs. */
export interface TokenRequest {
  tokenUrl: URL;
  grant: Grant;
  clientId: string;
  clientSecret?: Secret;
  refreshToken?: Secret;
  scope?: string;
  ca?: string;
}

/** The fields of an OAuth error body that are safe to keep as evidence. */
export interface TokenErrorBody {
  error?: string;
  error_description?: string;
  error_codes?: number[];
  timestamp?: string;
  trace_id?: string;
  correlation_id?: string;
  error_uri?: string;
}

/** What the token endpoint answered. */
export type TokenAnswer =
  | { kind: 'token'; status: number; ms: number; accessToken: Secret; refreshToken?: Secret; expiresIn?: number; scope?: string; tokenType?: string }
  | { kind: 'error'; status: number; ms: number; body?: TokenErrorBody; contentType: string; snippet: string }
  | { kind: 'network'; code: string; message: string; ms: number };

const ERROR_FIELDS = ['error', 'error_description', 'timestamp', 'trace_id', 'correlation_id', 'error_uri'] as const;

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the known error fields of a JSON body, as strings (and error_codes as numbers). */
export function errorBody(json: Record<string, unknown>): TokenErrorBody | undefined {
  const body: TokenErrorBody = {};
  for (const f of ERROR_FIELDS) if (typeof json[f] === 'string') body[f] = (json[f] as string).slice(0, 2000);
  if (Array.isArray(json.error_codes)) body.error_codes = json.error_codes.filter((c): c is number => typeof c === 'number').slice(0, 10);
  return body.error !== undefined ? body : undefined;
}

/** Sends the token request and reports what came back; `transcript` gets a redacted account of it. */
export async function requestToken(req: TokenRequest, timeoutMs: number, signal: AbortSignal, transcript: Transcript): Promise<TokenAnswer> {
  const form = new URLSearchParams({ grant_type: req.grant, client_id: req.clientId });
  const shown = new URLSearchParams({ grant_type: req.grant, client_id: req.clientId });
  if (req.scope) {
    form.set('scope', req.scope);
    shown.set('scope', req.scope);
  }
  if (req.refreshToken) {
    form.set('refresh_token', req.refreshToken.reveal());
    shown.set('refresh_token', '***');
  }
  if (req.clientSecret) {
    form.set('client_secret', req.clientSecret.reveal());
    shown.set('client_secret', '***');
  }
  transcript.add('>', `POST ${req.tokenUrl.href}`);
  transcript.add('>', [...shown].map(([k, v]) => `${k}=${v}`).join('&'), { masked: (req.refreshToken ? 1 : 0) + (req.clientSecret ? 1 : 0) });
  const answer = await httpCall({
    method: 'POST',
    url: req.tokenUrl,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    timeoutMs,
    signal,
    ...(req.ca ? { ca: req.ca } : {}),
  });
  if (!answer.ok) {
    transcript.add('*', `${answer.code}: ${answer.message}`);
    return { kind: 'network', code: answer.code, message: answer.message, ms: answer.ms };
  }
  const contentType = String(answer.headers['content-type'] ?? '');
  const json = parseJson(answer.body);
  if (answer.status === 200 && json && typeof json.access_token === 'string' && json.access_token.length > 0) {
    const accessToken = new Secret(json.access_token);
    const refreshToken = typeof json.refresh_token === 'string' && json.refresh_token ? new Secret(json.refresh_token) : undefined;
    const expiresIn =
      typeof json.expires_in === 'number'
        ? json.expires_in
        : typeof json.expires_in === 'string' && /^\d+$/.test(json.expires_in)
          ? Number(json.expires_in)
          : undefined;
    const scope = typeof json.scope === 'string' ? json.scope : undefined;
    const tokenType = typeof json.token_type === 'string' ? json.token_type : undefined;
    transcript.add(
      '<',
      `HTTP ${answer.status} ${JSON.stringify({ token_type: tokenType, expires_in: expiresIn, scope, access_token: '***', ...(refreshToken ? { refresh_token: '***' } : {}) })}`,
      { masked: refreshToken ? 2 : 1 },
    );
    return {
      kind: 'token',
      status: answer.status,
      ms: answer.ms,
      accessToken,
      ...(refreshToken ? { refreshToken } : {}),
      ...(expiresIn !== undefined ? { expiresIn } : {}),
      ...(scope ? { scope } : {}),
      ...(tokenType ? { tokenType } : {}),
    };
  }
  const body = json ? errorBody(json) : undefined;
  transcript.add('<', `HTTP ${answer.status} ${body ? JSON.stringify(body) : `(${contentType || 'no content type'}, ${answer.body.length} bytes)`}`);
  const snippet = answer.body.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { kind: 'error', status: answer.status, ms: answer.ms, contentType, snippet: json ? '' : snippet, ...(body ? { body } : {}) };
}
