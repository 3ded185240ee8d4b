// The guide's `curl -I URL --max-time 15`: any HTTP status means reachable; otherwise say which step failed and why.
import { UsageError } from '../../core/errors.js';
import type { Check, CheckOutcome, FindingInput, Severity } from '../../core/types.js';
import { connectErrorCause } from '../../knowledge/connect-errors.js';
import type { CauseId } from '../../knowledge/index.js';
import { certificateError, handshakeErrorCause } from '../../knowledge/tls-errors.js';
import { httpProbe, type HttpOutcome } from './http-probe.js';
import { proxyFor, type ProxyChoice } from './proxy.js';
import { DEFAULT_MAX_REDIRECTS } from './constants.js';

/** Settings of one http check. */
export interface HttpCheckOptions {
  /** The environment whose *_PROXY variables apply. */
  env: NodeJS.ProcessEnv;
  ca?: string;
  maxRedirects?: number;
}

/** Parses a URL argument; a bare host name means https://host/. */
export function parseUrl(text: string): URL {
  const raw = text.trim();
  if (!raw) throw new UsageError('the URL is empty');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new UsageError(`"${text}" is not a valid URL (e.g. https://email-app.serviceops.ai/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`"${text}": only http:// and https:// URLs can be checked`);
  if (!url.hostname) throw new UsageError(`"${text}": the host is empty`);
  return url;
}

/** The cause of a failed request. */
export function httpFailureCause(o: Extract<HttpOutcome, { ok: false }>): CauseId {
  if (o.stage === 'proxy') return o.proxyStatus === 407 ? 'http.proxy-auth-required' : o.proxyStatus ? 'http.proxy-refused' : 'http.proxy-unreachable';
  if (o.stage === 'connect') return connectErrorCause(o.code) ?? 'tcp.unreachable';
  if (o.stage === 'tls') return o.code === 'ETIMEDOUT' ? 'tls.handshake-timeout' : (handshakeErrorCause(o) ?? 'tls.handshake-failed');
  if (o.code.startsWith('HPE_')) return 'http.bad-response';
  return o.code === 'ETIMEDOUT' ? 'http.no-response' : (connectErrorCause(o.code) ?? 'http.no-response');
}

async function request(url: URL, options: HttpCheckOptions, timeoutMs: number, signal: AbortSignal): Promise<{ outcome: HttpOutcome; proxy?: ProxyChoice }> {
  const proxy = proxyFor(url, options.env);
  const base = { timeoutMs, signal, ...(proxy ? { proxy } : {}), ...(options.ca ? { ca: options.ca } : {}) };
  let outcome = await httpProbe(url, { ...base, method: 'HEAD' });
  if (outcome.ok && (outcome.status === 405 || outcome.status === 501)) outcome = await httpProbe(url, { ...base, method: 'GET' });
  return { outcome, ...(proxy ? { proxy } : {}) };
}

function hopFindings(url: URL, outcome: HttpOutcome, proxy: ProxyChoice | undefined, severity: Severity | undefined): FindingInput[] {
  const via = proxy ? ` via ${proxy.label} (${proxy.variable})` : '';
  if (!outcome.ok)
    return [
      {
        cause: httpFailureCause(outcome),
        ...(severity ? { severity } : {}),
        detail: `${url.href}${via}: ${outcome.stage} failed: ${outcome.message}`,
        evidence: {
          url: url.href,
          host: url.hostname,
          port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
          stage: outcome.stage,
          code: outcome.code,
          ms: outcome.ms,
          ...(outcome.proxyStatus ? { proxyStatus: outcome.proxyStatus } : {}),
        },
      },
    ];
  const found: FindingInput[] = [];
  if (proxy && url.protocol === 'http:' && outcome.status === 407)
    found.push({ cause: 'http.proxy-auth-required', detail: `${proxy.label} answered 407 for ${url.href}`, evidence: { url: url.href } });
  if (outcome.tls && !outcome.tls.authorized) {
    const known = certificateError(outcome.tls.error);
    found.push({
      cause: known?.cause ?? 'tls.verify-failed',
      ...(severity ? { severity } : {}),
      detail: `${url.href}: certificate not trusted (${outcome.tls.error}${known ? `, verify code ${known.verify.code}` : ''})`,
      evidence: { url: url.href, host: url.hostname, port: Number(url.port || 443), code: outcome.tls.error, ...(known ? { verify: known.verify } : {}) },
    });
  }
  return found;
}

/** Builds the http check of one URL. */
export function httpCheck(url: URL, options: HttpCheckOptions): Check {
  return {
    id: 'http',
    title: 'URL reachability',
    target: url.href,
    async run(ctx): Promise<CheckOutcome> {
      const hops: Array<Record<string, unknown>> = [];
      const findings: FindingInput[] = [];
      let current = url;
      const max = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
      for (let i = 0; ; i += 1) {
        const { outcome, proxy } = await request(current, options, ctx.timeoutMs, ctx.signal);
        hops.push({ url: current.href, ...(proxy ? { proxy: proxy.label, proxyVariable: proxy.variable } : { proxy: null }), ...outcome });
        findings.push(...hopFindings(current, outcome, proxy, i === 0 ? undefined : 'warn'));
        if (!outcome.ok || !outcome.location || outcome.status < 300 || outcome.status > 399 || ctx.signal.aborted) break;
        if (i >= max) {
          findings.push({
            cause: 'http.too-many-redirects',
            detail: `stopped after ${max} redirects at ${current.href}`,
            evidence: { url: url.href, redirects: max },
          });
          break;
        }
        try {
          current = new URL(outcome.location, current);
        } catch {
          break;
        }
      }
      const first = hops[0] as HttpOutcome & { proxy: string | null; proxyVariable?: string };
      const via = first.proxy ? ` via proxy ${first.proxy} (${first.proxyVariable})` : ' (direct, no proxy)';
      if (!first.ok) return { summary: `not reachable${via}: ${first.stage} failed: ${first.message}`, findings, evidence: { url: url.href, hops } };
      const chain = hops.map((h) => (h.ok ? `${h.status}` : 'failed')).join(' → ');
      findings.unshift({
        cause: 'http.reachable',
        detail: `${first.method} ${url.href} answered ${first.status} in ${first.ttfbMs} ms${via}`,
        evidence: { url: url.href, status: first.status },
      });
      return {
        summary: `${first.method} ${chain} in ${first.ttfbMs} ms to first byte${via}`,
        findings,
        evidence: { url: url.href, status: first.status, ttfbMs: first.ttfbMs, redirects: hops.length - 1, hops, proxy: first.proxy },
      };
    },
  };
}
