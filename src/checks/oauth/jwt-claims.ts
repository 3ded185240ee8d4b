// Reads a JWT's payload without verifying it: the claims are hints about the token, never trusted for access.

/** The claims maildoctor reports about a mail access token (all optional: tokens differ by issuer). */
export interface TokenClaims {
  aud?: string;
  iss?: string;
  tid?: string;
  appid?: string;
  /** Delegated scopes, space-separated in the token. */
  scp: string[];
  /** Application roles (client credentials). */
  roles: string[];
  upn?: string;
  exp?: number;
  iat?: number;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v.slice(0, 300) : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The decoded claims of a compact JWT, or undefined when the token is opaque (not three base64url parts with a JSON payload). */
export function decodeJwtClaims(token: string): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1] || !/^[A-Za-z0-9_-]+$/.test(parts[1])) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const p = payload as Record<string, unknown>;
  const aud = Array.isArray(p.aud) ? text(p.aud[0]) : text(p.aud);
  const scp = typeof p.scp === 'string' ? p.scp.split(/\s+/).filter(Boolean) : [];
  const roles = Array.isArray(p.roles) ? p.roles.filter((r): r is string => typeof r === 'string') : [];
  const claims: TokenClaims = { scp, roles };
  const set = <K extends keyof TokenClaims>(k: K, v: TokenClaims[K] | undefined) => {
    if (v !== undefined) claims[k] = v;
  };
  set('aud', aud);
  set('iss', text(p.iss));
  set('tid', text(p.tid));
  set('appid', text(p.appid) ?? text(p.azp));
  set('upn', text(p.upn) ?? text(p.unique_name) ?? text(p.preferred_username) ?? text(p.email));
  set('exp', num(p.exp));
  set('iat', num(p.iat));
  return claims;
}
