// One HTTP(S) request the way `curl -I` makes it: HEAD (GET when HEAD is refused), direct or through a proxy.
import { request as httpRequest, type IncomingMessage, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { contextWithCa } from './tls-handshake.js';
import { isIP, type Socket } from 'node:net';
import type { ProxyChoice } from './proxy.js';

/** Where a request stopped: resolving/connecting, at the proxy, in TLS, or waiting for the response. */
export type HttpStage = 'connect' | 'proxy' | 'tls' | 'response';

/** What one request returned, or where and why it failed. */
export type HttpOutcome =
  | {
      ok: true;
      status: number;
      method: 'HEAD' | 'GET';
      ttfbMs: number;
      location?: string;
      server?: string;
      tls?: { authorized: boolean; error?: string; protocol: string | null };
    }
  | { ok: false; stage: HttpStage; code: string; message: string; ms: number; proxyStatus?: number };

/** Options of one request. */
export interface HttpRequestOptions {
  method: 'HEAD' | 'GET';
  proxy?: ProxyChoice;
  ca?: string;
  timeoutMs: number;
  signal: AbortSignal;
}

const USER_AGENT = 'maildoctor (reachability check)';

function tunnel(url: URL, proxy: ProxyChoice, timeoutMs: number): Promise<{ socket: Socket } | { status: number } | { error: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const target = `${url.hostname.includes(':') ? `[${url.hostname}]` : url.hostname}:${url.port || 443}`;
    const req = httpRequest({
      host: proxy.host,
      port: proxy.port,
      method: 'CONNECT',
      path: target,
      headers: { host: target, ...(proxy.credentials ? { 'proxy-authorization': `Basic ${Buffer.from(proxy.credentials).toString('base64')}` } : {}) },
      timeout: timeoutMs,
    });
    req.once('connect', (res: IncomingMessage, socket: Socket) => {
      if (res.statusCode === 200) resolve({ socket });
      else {
        socket.destroy();
        resolve({ status: res.statusCode ?? 0 });
      }
    });
    req.once('timeout', () => req.destroy(Object.assign(new Error(`proxy ${proxy.label} did not answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    req.once('error', (error: NodeJS.ErrnoException) => resolve({ error }));
    req.end();
  });
}

/** Sends one request and reads only the status line and headers. Never throws. */
export async function httpProbe(url: URL, opts: HttpRequestOptions): Promise<HttpOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const https = url.protocol === 'https:';
  let tunnelSocket: Socket | undefined;
  if (opts.proxy && https) {
    const t = await tunnel(url, opts.proxy, opts.timeoutMs);
    if ('error' in t) return { ok: false, stage: 'proxy', code: t.error.code ?? 'EPROXY', message: t.error.message, ms: ms() };
    if ('status' in t)
      return {
        ok: false,
        stage: 'proxy',
        code: 'EPROXYSTATUS',
        message: `proxy ${opts.proxy.label} answered ${t.status} to CONNECT`,
        ms: ms(),
        proxyStatus: t.status,
      };
    tunnelSocket = t.socket;
  }
  return new Promise((resolve) => {
    let stage: HttpStage = opts.proxy ? (https ? 'tls' : 'proxy') : 'connect';
    let settled = false;
    const finish = (o: HttpOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      req.destroy();
      tunnelSocket?.destroy();
      resolve(o);
    };
    const servername = isIP(url.hostname) ? undefined : url.hostname;
    const tlsOptions = { rejectUnauthorized: false, ...(servername ? { servername } : {}), ...(opts.ca ? { secureContext: contextWithCa([opts.ca]) } : {}) };
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*' };
    if (opts.proxy && !https && opts.proxy.credentials) headers['proxy-authorization'] = `Basic ${Buffer.from(opts.proxy.credentials).toString('base64')}`;
    const common = { method: opts.method, headers, agent: false as const };
    let req: ClientRequest;
    if (opts.proxy && !https) req = httpRequest({ ...common, host: opts.proxy.host, port: opts.proxy.port, path: url.href });
    else if (https)
      req = httpsRequest(url, {
        ...common,
        ...tlsOptions,
        ...(tunnelSocket ? { createConnection: () => tlsConnect({ socket: tunnelSocket!, ...tlsOptions }) } : {}),
      });
    else req = httpRequest(url, common);
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          stage,
          code: 'ETIMEDOUT',
          message: `no ${stage === 'response' ? 'response' : 'connection'} within ${opts.timeoutMs} ms`,
          ms: ms(),
        }),
      opts.timeoutMs,
    );
    const onAbort = () => finish({ ok: false, stage, code: 'ETIMEDOUT', message: 'stopped before a response arrived', ms: ms() });
    if (opts.signal.aborted) return onAbort();
    opts.signal.addEventListener('abort', onAbort, { once: true });
    req.once('socket', (s: Socket) => {
      const connected = () => (stage = https ? 'tls' : 'response');
      if (tunnelSocket || !s.connecting) connected();
      else s.once('connect', connected);
      s.once('secureConnect', () => (stage = 'response'));
    });
    req.once('response', (res: IncomingMessage) => {
      const sock = res.socket as TLSSocket;
      const tls = https
        ? {
            authorized: sock.authorized === true,
            ...(sock.authorized ? {} : { error: String(sock.authorizationError ?? 'UNKNOWN') }),
            protocol: sock.getProtocol?.() ?? null,
          }
        : undefined;
      const location = typeof res.headers.location === 'string' ? res.headers.location : undefined;
      const server = typeof res.headers.server === 'string' ? res.headers.server.slice(0, 100) : undefined;
      res.resume();
      finish({
        ok: true,
        status: res.statusCode ?? 0,
        method: opts.method,
        ttfbMs: ms(),
        ...(location ? { location } : {}),
        ...(server ? { server } : {}),
        ...(tls ? { tls } : {}),
      });
    });
    req.once('error', (e: NodeJS.ErrnoException) =>
      finish({ ok: false, stage: opts.proxy && !https && stage === 'proxy' ? 'proxy' : stage, code: e.code ?? 'EUNKNOWN', message: e.message, ms: ms() }),
    );
    req.end();
  });
}
