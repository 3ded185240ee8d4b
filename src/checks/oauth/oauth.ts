// The oauth check: get an access token (or take the one given), judge its claims, and share it with the XOAUTH2 checks.
import { oauthKey } from '../../core/keys.js';
import { oauthTokenKey } from '../../core/shared.js';
import type { Secret } from '../../core/secret.js';
import { Transcript } from '../../core/transcript.js';
import type { Check, CheckContext, CheckOutcome, FindingInput } from '../../core/types.js';
import { assessToken } from './claims.js';
import { tokenFailure } from './token-error.js';
import type { OAuthSettings } from './settings.js';
import { decodeJwtClaims } from './jwt-claims.js';
import { requestToken } from './oauth-token.js';

function tokenTarget(s: OAuthSettings): string {
  return s.secrets.accessToken ? 'given access token' : `${s.tokenUrl.origin}${s.tokenUrl.pathname}`;
}

interface Issued {
  accessToken: Secret;
  refreshToken?: Secret;
  expiresIn?: number;
  scope?: string;
}

function judge(s: OAuthSettings, issued: Issued, ctx: CheckContext, extra: FindingInput[], how: string): CheckOutcome {
  const claims = decodeJwtClaims(issued.accessToken.reveal());
  const facts = assessToken({
    provider: s.provider,
    ...(s.purpose ? { purpose: s.purpose } : {}),
    ...(claims ? { claims } : {}),
    ...(issued.scope ? { grantedScope: issued.scope } : {}),
    ...(issued.expiresIn !== undefined ? { expiresIn: issued.expiresIn } : {}),
    ...(s.tenant ? { tenant: s.tenant } : {}),
    now: Date.now(),
  });
  const findings: FindingInput[] = [...facts.findings, ...extra];
  if (!claims)
    findings.push({
      cause: 'oauth.token.opaque',
      detail: `the access token is opaque; using the granted scope${issued.scope ? ` "${issued.scope}"` : ' (none reported)'}`,
      evidence: {},
    });
  const usable = !findings.some((f) => f.cause === 'oauth.token.expired');
  if (usable) ctx.shared.set(oauthTokenKey(s.name), issued.accessToken);
  const who = claims?.upn ? ` for ${claims.upn}` : claims?.appid ? ` for app ${claims.appid}` : '';
  const forWhat = s.purpose ? ` (${s.purpose.toUpperCase()})` : '';
  const expiry = facts.expiresAt ? `, expires ${facts.expiresAt}` : '';
  findings.unshift({ cause: 'oauth.token.obtained', detail: `${how}${who}${forWhat}${expiry}`, evidence: {} });
  return {
    summary: `${how}${who}${forWhat}${expiry}`,
    findings,
    evidence: { provider: s.provider, grant: s.grant, purpose: s.purpose, scope: s.scope, tokenUrl: s.tokenUrl.href, ...facts.evidence },
  };
}

/** Builds the oauth check; its key is `oauth NAME` and on success it shares the token under oauthTokenKey(NAME). */
export function oauthCheck(s: OAuthSettings): Check {
  return {
    id: 'oauth',
    key: oauthKey(s.name),
    title: 'OAuth token',
    target: tokenTarget(s),
    async run(ctx): Promise<CheckOutcome> {
      const given = s.secrets.accessToken;
      if (given) return judge(s, { accessToken: given }, ctx, [], 'access token given');
      const transcript = new Transcript();
      const answer = await requestToken(
        {
          tokenUrl: s.tokenUrl,
          grant: s.grant,
          clientId: s.clientId ?? '',
          ...(s.secrets.clientSecret ? { clientSecret: s.secrets.clientSecret } : {}),
          ...(s.grant === 'refresh_token' && s.secrets.refreshToken ? { refreshToken: s.secrets.refreshToken } : {}),
          ...(s.scope ? { scope: s.scope } : {}),
          ...(s.ca ? { ca: s.ca } : {}),
        },
        ctx.timeoutMs,
        ctx.signal,
        transcript,
      );
      if (answer.kind !== 'token') {
        const failed = tokenFailure(answer, s.tokenUrl);
        return {
          summary: failed.summary,
          findings: [failed.finding],
          evidence: { provider: s.provider, grant: s.grant, scope: s.scope, tokenUrl: s.tokenUrl.href },
          ...transcript.outcome(),
        };
      }
      const extra: FindingInput[] = [];
      const sent = s.secrets.refreshToken;
      if (answer.refreshToken && sent && answer.refreshToken.reveal() !== sent.reveal()) {
        extra.push({
          cause: 'oauth.refresh-token.rotated',
          ...(s.provider === 'custom' ? { severity: 'warn' as const } : {}),
          detail:
            'the provider returned a new refresh token; it must be stored where the helpdesk reads it if the provider invalidates the old one (the token is not shown)',
          evidence: { provider: s.provider },
        });
      }
      const outcome = judge(s, answer, ctx, extra, `token issued in ${answer.ms} ms`);
      return { ...outcome, ...transcript.outcome() };
    },
  };
}
