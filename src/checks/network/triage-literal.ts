// Proves that a literal IP address really answers: a DNS reply on 53, a verified TLS handshake on TLS ports, a TCP connect elsewhere.
import { isIP } from 'node:net';
import { UsageError } from '../../core/errors.js';
import { parseHostPort, type HostPort } from '../../core/host-port.js';
import { queryDnsTcp } from './dns-query.js';
import { tcpConnect } from './tcp.js';
import { probeTls } from './tls-probe.js';

/** How a literal target is asked: a DNS query, a TLS handshake, or a bare TCP connect. */
export type LiteralMode = 'dns' | 'tls' | 'tcp';

/** A literal IP target and how to ask it. */
export interface Literal extends HostPort {
  mode: LiteralMode;
}

/** What a literal target did: answered for real, was answered by a middlebox in its place, or did not answer. */
export interface LiteralOutcome {
  target: string;
  mode: LiteralMode;
  result: 'answered' | 'intercepted' | 'failed';
  ms: number;
  detail: string;
}

const TLS_PORTS = new Set([443, 465, 853, 993, 995]);

/** Parses `[dns|tls|tcp://]IP:PORT`; without a scheme the port decides (53 dns, 443/465/853/993/995 tls, else tcp). */
export function parseLiteral(text: string): Literal {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text.trim())?.[1];
  if (scheme && !/^(dns|tls|tcp)$/i.test(scheme)) throw new UsageError(`"${text}": "${scheme}://" is not one of dns://, tls://, tcp://`);
  const m = /^(dns|tls|tcp):\/\/(.*)$/i.exec(text.trim());
  const t = parseHostPort(m ? (m[2] ?? '') : text);
  if (!isIP(t.host)) throw new UsageError(`"${text}": a literal target must be an IP address with a port, e.g. 8.8.8.8:53`);
  const mode = (m?.[1]?.toLowerCase() as LiteralMode | undefined) ?? (t.port === 53 ? 'dns' : TLS_PORTS.has(t.port) ? 'tls' : 'tcp');
  return { ...t, mode };
}

/** Asks one literal target; never throws. */
export async function probeLiteral(l: Literal, timeoutMs: number, signal: AbortSignal): Promise<LiteralOutcome> {
  const started = performance.now();
  const base = { target: l.label, mode: l.mode };
  const ms = () => Math.round(performance.now() - started);
  if (l.mode === 'dns') {
    const r = await queryDnsTcp({ host: l.host, port: l.port }, '.', 'A', timeoutMs, signal);
    if (r.ok) return { ...base, result: 'answered', ms: ms(), detail: `DNS answer (${r.rcode}) in ${r.ms} ms` };
    return {
      ...base,
      result: r.code === 'EBADRESP' ? 'intercepted' : 'failed',
      ms: ms(),
      detail: r.code === 'EBADRESP' ? `something answered that is not a DNS server: ${r.message}` : `${r.code}: ${r.message}`,
    };
  }
  if (l.mode === 'tls') {
    const r = await probeTls({ host: l.host, port: l.port, signal, timeoutMs });
    if (!r.ok) return { ...base, result: 'failed', ms: ms(), detail: `${r.stage} failed: ${r.code ?? r.cause}` };
    if (r.authorized) return { ...base, result: 'answered', ms: ms(), detail: `verified TLS handshake in ${ms()} ms` };
    return {
      ...base,
      result: 'intercepted',
      ms: ms(),
      detail: `a TLS server answered with a certificate not valid for ${l.host} (${r.authorizationError}; ${r.chain[0]?.subject ?? 'no certificate'})`,
    };
  }
  const c = await tcpConnect(l.host, l.port, timeoutMs, signal);
  return c.ok
    ? { ...base, result: 'answered', ms: c.ms, detail: `TCP connect in ${c.ms} ms` }
    : { ...base, result: 'failed', ms: c.ms, detail: `${c.code} after ${c.ms} ms` };
}
