// Maps a failed token request (network failure or the provider's error body) to one documented cause.
import type { CauseId } from '../../knowledge/index.js';
import type { FindingInput } from '../../core/types.js';
import { aadsts } from '../../knowledge/aadsts.js';
import { aadstsCode, tokenErrorCause } from '../../knowledge/token-refusals.js';
import { connectErrorCause } from '../../knowledge/connect-errors.js';
import { certificateError, handshakeErrorCause } from '../../knowledge/tls-errors.js';
import type { TokenAnswer } from './oauth-token.js';

type Failure = Exclude<TokenAnswer, { kind: 'token' }>;

function networkCause(code: string, message: string): CauseId {
  if (code === 'TIMEOUT') return 'oauth.endpoint.timeout';
  return connectErrorCause(code) ?? certificateError(code)?.cause ?? handshakeErrorCause({ code, message }) ?? 'oauth.endpoint.error';
}

/** One finding (and a one-line summary) for a token request that produced no token. */
export function tokenFailure(answer: Failure, tokenUrl: URL): { summary: string; finding: FindingInput } {
  const where = { tokenUrl: tokenUrl.href, host: tokenUrl.hostname };
  if (answer.kind === 'network') {
    const cause = networkCause(answer.code, answer.message);
    return {
      summary: `no answer from the token endpoint: ${answer.code}`,
      finding: {
        cause,
        detail: `${tokenUrl.host}: ${answer.code} (${answer.message}) after ${answer.ms} ms`,
        evidence: { ...where, code: answer.code, ms: answer.ms },
      },
    };
  }
  const body = answer.body;
  if (!body) {
    const cause: CauseId = answer.status >= 500 ? 'oauth.endpoint.error' : 'oauth.endpoint.wrong-url';
    return {
      summary: `token endpoint answered HTTP ${answer.status} without an OAuth error`,
      finding: {
        cause,
        detail: `HTTP ${answer.status} (${answer.contentType || 'no content type'})${answer.snippet ? `: ${answer.snippet}` : ''}`,
        evidence: { ...where, status: answer.status, contentType: answer.contentType },
      },
    };
  }
  const code = aadstsCode(body);
  const entry = code ? aadsts(code) : undefined;
  const cause = tokenErrorCause(body);
  const description = (body.error_description ?? '').split(/\r?\n/)[0]?.slice(0, 300) ?? '';
  const evidence = {
    ...where,
    status: answer.status,
    ...body,
    ...(code ? { aadsts: code, ...(entry ? { meaning: entry.meaning } : {}), code } : {}),
  };
  const label = code ? `AADSTS${code}` : (body.error ?? 'error');
  return {
    summary: `token refused: ${label}${entry ? ` (${entry.meaning})` : ''}`,
    finding: { cause, detail: `HTTP ${answer.status} ${body.error ?? ''}${description ? `: ${description}` : ''}`.trim(), evidence },
  };
}
