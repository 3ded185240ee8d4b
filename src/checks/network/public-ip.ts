// The guide's `curl ifconfig.me`: asks an echo service which address this server appears as.
import { isIP } from 'node:net';
import { deadline } from '../../core/timeout.js';

/** The guide's public IP service. */
export const PUBLIC_IP_URL = 'https://ifconfig.me/ip';

/** The address the service saw, or why there is none. */
export type PublicIpOutcome = { ok: true; ip: string; ms: number } | { ok: false; message: string; ms: number };

/** Fetches `url` and expects a bare IP address in the body. Never throws. */
export async function publicIp(url: string, timeoutMs: number, signal: AbortSignal): Promise<PublicIpOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(url, { headers: { 'user-agent': 'curl/8 (maildoctor)', accept: 'text/plain' }, signal: deadline(timeoutMs, signal) });
    const body = (await res.text()).trim().slice(0, 100);
    if (!res.ok) return { ok: false, message: `${url} answered ${res.status}`, ms: ms() };
    if (!isIP(body)) return { ok: false, message: `${url} did not answer with an IP address`, ms: ms() };
    return { ok: true, ip: body, ms: ms() };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { ok: false, message: `${url}: ${why}`, ms: ms() };
  }
}
