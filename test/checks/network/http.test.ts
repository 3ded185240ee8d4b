// `maildoctor http` against local HTTP/HTTPS servers and local proxies (CONNECT and forward).
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCerts } from '../../helpers/certs.js';
import { runCli, runJson } from '../../helpers/cli.js';
import { blackholeServer, closedPort, listen, type TestServer } from '../../helpers/net-servers.js';
import { withinTimeout } from '../../helpers/timing.js';

function routes(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/auth') return void res.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
  if (path === '/moved') return void res.writeHead(301, { location: '/ok' }).end();
  if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
  if (path === '/nohead' && req.method === 'HEAD') return void res.writeHead(405).end();
  res.writeHead(200, { 'content-type': 'text/plain' }).end(req.method === 'HEAD' ? undefined : 'hello');
}

const servers: TestServer[] = [];
let web: number;
let tls: number;
let silent: number;
let closed: number;
const proxyLog: string[] = [];
let proxy: number;
let proxy407: number;
let proxy403: number;
const seenAuth: string[] = [];

async function keep(s: Promise<TestServer>): Promise<number> {
  const server = await s;
  servers.push(server);
  return server.port;
}

function proxyServer(mode: 'ok' | 407 | 403) {
  const server = createHttpServer((req, res) => {
    proxyLog.push(`GET ${req.url}`);
    if (mode !== 'ok') return void res.writeHead(mode).end();
    const target = new URL(req.url ?? '');
    const out = connect(Number(target.port), target.hostname, () => {
      out.write(`${req.method} ${target.pathname} HTTP/1.1\r\nhost: ${target.host}\r\nconnection: close\r\n\r\n`);
      out.pipe(res.socket as Socket);
    });
  });
  server.on('connect', (req: IncomingMessage, client: Socket) => {
    proxyLog.push(`CONNECT ${req.url}`);
    seenAuth.push(String(req.headers['proxy-authorization'] ?? ''));
    client.on('error', () => {});
    if (mode !== 'ok') return void client.end(`HTTP/1.1 ${mode} ${mode === 407 ? 'Proxy Authentication Required' : 'Forbidden'}\r\n\r\n`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host ?? '', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  return listen(server as never);
}

beforeAll(async () => {
  const certs = testCerts();
  web = await keep(listen(createHttpServer(routes) as never));
  tls = await keep(listen(createHttpsServer({ key: certs.valid.key, cert: certs.valid.cert }, routes) as never));
  silent = await keep(blackholeServer());
  proxy = await keep(proxyServer('ok'));
  proxy407 = await keep(proxyServer(407));
  proxy403 = await keep(proxyServer(403));
  closed = await closedPort();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const causes = (r: any) => r.findings.map((f: any) => f.cause);

describe('maildoctor http (direct)', () => {
  it('200, 401 and 301 all mean reachable; the redirect is followed and listed', async () => {
    const { code, report } = await runJson(['http', `http://127.0.0.1:${web}/ok`, `http://127.0.0.1:${web}/auth`, `http://127.0.0.1:${web}/moved`]);
    expect(code).toBe(0);
    expect(report.results.map((r: any) => r.status)).toEqual(['pass', 'pass', 'pass']);
    expect(report.results.map((r: any) => r.evidence.status)).toEqual([200, 401, 301]);
    expect(report.results[2].evidence.hops.map((h: any) => h.status)).toEqual([301, 200]);
    expect(report.results[0].summary).toMatch(/^HEAD 200 in \d+ ms to first byte \(direct, no proxy\)$/);
    expect(typeof report.results[0].evidence.ttfbMs).toBe('number');
  });
  it('falls back to GET when HEAD is refused', async () => {
    const { report } = await runJson(['http', `http://127.0.0.1:${web}/nohead`]);
    expect(report.results[0].evidence.hops[0].method).toBe('GET');
    expect(report.results[0].evidence.status).toBe(200);
  });
  it('a redirect loop warns after --max-redirects', async () => {
    const { report } = await runJson(['http', `http://127.0.0.1:${web}/loop`, '--max-redirects', '2']);
    expect(report.results[0].status).toBe('warn');
    expect(causes(report.results[0])).toContain('http.too-many-redirects');
  });
  it('verifies HTTPS: trusted with --ca, unverifiable without', async () => {
    const ok = await runJson(['http', `https://localhost:${tls}/ok`, '--ca', testCerts().caPath]);
    expect(ok.report.results[0].status).toBe('pass');
    expect(ok.report.results[0].evidence.hops[0].tls.authorized).toBe(true);
    const bad = await runJson(['http', `https://localhost:${tls}/ok`]);
    expect(bad.report.results[0].status).toBe('fail');
    expect(causes(bad.report.results[0])).toContain('tls.unverified-first-cert');
  });
  it('a refused port is tcp.refused; a silent server is http.no-response within timeout + 1 s', async () => {
    const refused = await runJson(['http', `http://127.0.0.1:${closed}/`]);
    expect(causes(refused.report.results[0])).toEqual(['tcp.refused']);
    const t = performance.now();
    const hang = await runJson(['http', `http://127.0.0.1:${silent}/`, '--timeout', '700']);
    expect(performance.now() - t).toBeLessThan(withinTimeout(700));
    expect(causes(hang.report.results[0])).toEqual(['http.no-response']);
  });
});

describe('maildoctor http through a proxy', () => {
  it('uses HTTPS_PROXY with CONNECT and says so, without printing proxy credentials', async () => {
    proxyLog.length = 0;
    const env = { HTTPS_PROXY: `http://helpdesk:pr0xy-s3cret@127.0.0.1:${proxy}` };
    const r = await runCli(['http', `https://localhost:${tls}/ok`, '--ca', testCerts().caPath, '--format', 'json', '-v'], { env });
    const report = JSON.parse(r.stdout);
    expect(report.results[0].status).toBe('pass');
    expect(report.results[0].evidence.proxy).toBe(`http://127.0.0.1:${proxy}`);
    expect(report.results[0].summary).toContain('HTTPS_PROXY');
    expect(proxyLog).toContain(`CONNECT localhost:${tls}`);
    expect(seenAuth.at(-1)).toBe(`Basic ${Buffer.from('helpdesk:pr0xy-s3cret').toString('base64')}`);
    expect(r.stdout + r.stderr).not.toContain('pr0xy-s3cret');
  });
  it('uses HTTP_PROXY as a forward proxy for http URLs', async () => {
    proxyLog.length = 0;
    const { report } = await runJson(['http', `http://127.0.0.1:${web}/auth`], { env: { http_proxy: `127.0.0.1:${proxy}` } });
    expect(report.results[0].evidence.status).toBe(401);
    expect(proxyLog).toEqual([`GET http://127.0.0.1:${web}/auth`]);
  });
  it('NO_PROXY sends matching hosts direct', async () => {
    proxyLog.length = 0;
    const { report } = await runJson(['http', `http://127.0.0.1:${web}/ok`], {
      env: { HTTP_PROXY: `http://127.0.0.1:${proxy}`, NO_PROXY: 'example.com,127.0.0.1' },
    });
    expect(report.results[0].evidence.proxy).toBeNull();
    expect(proxyLog).toEqual([]);
  });
  it.each([
    [() => proxy407, 'http.proxy-auth-required'],
    [() => proxy403, 'http.proxy-refused'],
    [() => closed, 'http.proxy-unreachable'],
  ])('proxy failures have their own causes (%#)', async (port, cause) => {
    const { report } = await runJson(['http', `https://localhost:${tls}/ok`], { env: { HTTPS_PROXY: `http://127.0.0.1:${port()}` } });
    expect(causes(report.results[0])).toEqual([cause]);
  });
});

describe('maildoctor http bad input', () => {
  it.each([
    [['http', 'ftp://example.com/'], /only http/],
    [['http', 'http://'], /not a valid URL|host is empty/],
    [['http', 'https://example.com:99999/'], /not a valid URL/],
    [['http', ''], /empty/],
    [['http', 'https://example.com/', '--max-redirects', 'many'], /--max-redirects/],
  ])('%j exits 2', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
