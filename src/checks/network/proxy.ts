// Picks the proxy for a URL the way curl does: HTTPS_PROXY / HTTP_PROXY (either case), minus NO_PROXY.
import { isIP } from 'node:net';
import { registerSecretText } from '../../core/redact.js';

/** A proxy to go through; credentials are kept apart from the label that gets printed. */
export interface ProxyChoice {
  host: string;
  port: number;
  /** `http://host:port` without credentials, safe to print. */
  label: string;
  /** Which variable named it, e.g. HTTPS_PROXY. */
  variable: string;
  /** `user:password` for Proxy-Authorization, if the URL had them; never printed. */
  credentials?: string;
}

function env(vars: NodeJS.ProcessEnv, name: string): { name: string; value: string } | undefined {
  for (const n of [name.toLowerCase(), name.toUpperCase()]) {
    const v = vars[n];
    if (v && v.trim()) return { name: n, value: v.trim() };
  }
  return undefined;
}

/** True when NO_PROXY says `host[:port]` must be reached directly. */
export function bypassesProxy(host: string, port: number, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const m = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=:|$)/g, ''));
    const pattern = (m?.[1] ?? '').replace(/^\*?\./, '.');
    if (m?.[2] && Number(m[2]) !== port) continue;
    if (isIP(h) && pattern.includes('/')) continue;
    if (pattern.startsWith('.') ? h.endsWith(pattern) || h === pattern.slice(1) : h === pattern || h.endsWith(`.${pattern}`)) return true;
  }
  return false;
}

/** The proxy to use for `url`, or undefined for a direct connection. */
export function proxyFor(url: URL, vars: NodeJS.ProcessEnv): ProxyChoice | undefined {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (bypassesProxy(url.hostname, port, env(vars, 'no_proxy')?.value)) return undefined;
  const chosen = url.protocol === 'https:' ? (env(vars, 'https_proxy') ?? env(vars, 'all_proxy')) : (env(vars, 'http_proxy') ?? env(vars, 'all_proxy'));
  if (!chosen) return undefined;
  let p: URL;
  try {
    p = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(chosen.value) ? chosen.value : `http://${chosen.value}`);
  } catch {
    return undefined;
  }
  const host = p.hostname.replace(/^\[|\]$/g, '');
  const proxyPort = Number(p.port || (p.protocol === 'https:' ? 443 : 1080));
  const credentials = p.username ? `${decodeURIComponent(p.username)}:${decodeURIComponent(p.password)}` : undefined;
  if (p.password) registerSecretText(decodeURIComponent(p.password));
  return { host, port: proxyPort, label: `${p.protocol}//${p.host}`, variable: chosen.name, ...(credentials ? { credentials } : {}) };
}
