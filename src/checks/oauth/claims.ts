// Judges whether an access token fits the protocol it is meant for, from its (untrusted) claims or the granted scope.
import type { Evidence, FindingInput } from '../../core/types.js';
import type { TokenClaims } from './jwt-claims.js';

/** What the token is meant to open. */
export type Purpose = 'imap' | 'pop3' | 'smtp' | 'graph';

/** The providers maildoctor knows endpoints for. */
export type Provider = 'microsoft' | 'google' | 'custom';

/** Permissions that let a token do each job: delegated scopes and application roles. */
const NEEDS: Record<Purpose, { scp: string[]; roles: string[]; label: string }> = {
  imap: { scp: ['IMAP.AccessAsUser.All'], roles: ['IMAP.AccessAsApp'], label: 'IMAP.AccessAsUser.All or IMAP.AccessAsApp' },
  pop3: { scp: ['POP.AccessAsUser.All'], roles: ['POP.AccessAsApp'], label: 'POP.AccessAsUser.All or POP.AccessAsApp' },
  smtp: { scp: ['SMTP.Send'], roles: ['SMTP.SendAsApp'], label: 'SMTP.Send or SMTP.SendAsApp' },
  graph: {
    scp: ['Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic', 'Mail.Read.Shared', 'Mail.ReadWrite.Shared'],
    roles: ['Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic', 'Mail.ReadBasic.All'],
    label: 'Mail.Read (or Mail.ReadWrite / Mail.ReadBasic)',
  },
};

const OUTLOOK_AUD = /^(?:https:\/\/(?:outlook\.office(?:365)?\.(?:com|us)|partner\.outlook\.cn)|00000002-0000-0ff1-ce00-000000000000)\/?$/i;
const GRAPH_AUD =
  /^(?:https:\/\/(?:graph\.microsoft\.(?:com|us)|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn)|00000003-0000-0000-c000-000000000000)\/?$/i;
const GOOGLE_MAIL = 'https://mail.google.com/';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What is known about one issued token. */
export interface TokenFacts {
  provider: Provider;
  purpose?: Purpose;
  claims?: TokenClaims;
  /** The `scope` field of the token response. */
  grantedScope?: string;
  expiresIn?: number;
  tenant?: string;
  now: number;
}

/** The last path segment of a scope URL: `https://outlook.office.com/SMTP.Send` -> `SMTP.Send`. */
function scopeName(scope: string): string {
  return scope.replace(/\/+$/, '').split('/').pop() ?? scope;
}

function permissionFinding(facts: TokenFacts, purpose: Purpose): FindingInput | undefined {
  const granted = (facts.grantedScope ?? '').split(/\s+/).filter(Boolean);
  if (facts.provider === 'google') {
    if (purpose === 'graph' || granted.includes(GOOGLE_MAIL) || granted.length === 0) return undefined;
    return {
      cause: 'oauth.claims.scope-missing',
      detail: `granted scope "${granted.join(' ')}" lacks ${GOOGLE_MAIL}, which Gmail IMAP, POP and SMTP need`,
      evidence: { purpose, needs: GOOGLE_MAIL, granted },
    };
  }
  const needs = NEEDS[purpose];
  const c = facts.claims;
  const have = c ? [...c.scp, ...c.roles] : granted.map(scopeName);
  if (have.length === 0) return undefined;
  const ok = c
    ? c.scp.some((s) => needs.scp.includes(s)) || c.roles.some((r) => needs.roles.includes(r))
    : have.some((s) => needs.scp.includes(s) || needs.roles.includes(s));
  if (ok) return undefined;
  return {
    cause: 'oauth.claims.scope-missing',
    detail: `the token carries ${have.join(', ')} but ${purpose.toUpperCase()} needs ${needs.label}`,
    evidence: { purpose, needs: needs.label, has: have },
  };
}

function audienceFinding(claims: TokenClaims | undefined, purpose: Purpose): FindingInput | undefined {
  const aud = claims?.aud;
  if (!aud) return undefined;
  const right = purpose === 'graph' ? GRAPH_AUD : OUTLOOK_AUD;
  const other = purpose === 'graph' ? OUTLOOK_AUD : GRAPH_AUD;
  if (right.test(aud) || !other.test(aud)) return undefined;
  return {
    cause: 'oauth.claims.audience-mismatch',
    detail: `the token's audience is ${aud}, not the ${purpose === 'graph' ? 'Graph' : 'Exchange Online (Outlook)'} resource ${purpose.toUpperCase()} needs`,
    evidence: { purpose, aud },
  };
}

/** Findings about the token's fit and expiry, plus the claims worth keeping as evidence. */
export function assessToken(facts: TokenFacts): { findings: FindingInput[]; evidence: Evidence; expiresAt?: string } {
  const findings: FindingInput[] = [];
  const c = facts.claims;
  const exp = c?.exp ?? (facts.expiresIn !== undefined ? Math.floor(facts.now / 1000) + facts.expiresIn : undefined);
  const expiresAt = exp !== undefined ? new Date(exp * 1000).toISOString() : undefined;
  if (exp !== undefined && exp * 1000 <= facts.now) {
    findings.push({
      cause: 'oauth.token.expired',
      detail: `the token expired at ${expiresAt} by this server's clock`,
      evidence: { exp, now: new Date(facts.now).toISOString() },
    });
  }
  if (facts.purpose) {
    const aud = audienceFinding(c, facts.purpose);
    if (aud) findings.push(aud);
    const perm = permissionFinding(facts, facts.purpose);
    if (perm) findings.push(perm);
  }
  if (c?.tid && facts.tenant && GUID.test(facts.tenant) && c.tid.toLowerCase() !== facts.tenant.toLowerCase()) {
    findings.push({
      cause: 'oauth.claims.tenant-mismatch',
      detail: `the token's tenant is ${c.tid}, not ${facts.tenant}`,
      evidence: { tid: c.tid, tenant: facts.tenant },
    });
  }
  const claims = c ? { aud: c.aud, iss: c.iss, tid: c.tid, appid: c.appid, upn: c.upn, scp: c.scp, roles: c.roles, exp: c.exp } : undefined;
  const evidence: Evidence = {
    ...(claims ? { claims: JSON.parse(JSON.stringify(claims)) as Evidence } : {}),
    ...(facts.grantedScope ? { grantedScope: facts.grantedScope } : {}),
    ...(expiresAt ? { expiresAt, expiresInSeconds: Math.round((exp! * 1000 - facts.now) / 1000) } : {}),
  };
  return { findings, evidence, ...(expiresAt ? { expiresAt } : {}) };
}
