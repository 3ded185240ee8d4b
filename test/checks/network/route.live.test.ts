// `maildoctor route` on loopback with the real ping and traceroute, the TCP fallback without them, and the opt-in public IP.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePing } from '../../../src/checks/network/ping.js';
import { parseTraceroute } from '../../../src/checks/network/traceroute.js';
import { routeCheck } from '../../../src/checks/network/route.js';
import { runChecks } from '../../../src/core/runner.js';
import { runCli, runJson } from '../../helpers/cli.js';
import { liveAvailable } from '../../helpers/live.js';
import { closedPort, listen, type TestServer } from '../../helpers/net-servers.js';
import { droppingPort, type DroppingPort } from '../../helpers/syn-drop.js';
import { withinTimeout } from '../../helpers/timing.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/network/${name}`, import.meta.url), 'utf8');
const causes = (r: { findings: Array<{ cause: string }> }) => r.findings.map((f) => f.cause);

/** A PATH whose ping and traceroute print the given fixtures, as the real tools printed them. */
function fakeTools(ping: string, traceroute: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'md-route-tools-'));
  for (const [tool, file] of [
    ['ping', ping],
    ['traceroute', traceroute],
  ] as const) {
    writeFileSync(join(dir, tool), `#!/bin/sh\nexec /bin/cat '${new URL(`../../../fixtures/network/${file}`, import.meta.url).pathname}'\n`);
    chmodSync(join(dir, tool), 0o755);
  }
  return dir;
}

describe('route texts agree with what was measured', () => {
  it('lost hops on a trace that still arrives are said to arrive; a trace that stops short is its own finding', async () => {
    const arrived = fakeTools('ping-ok.txt', 'traceroute-lost-hops.txt');
    const [r] = await runChecks([routeCheck('52.96.40.242', { port: 443, env: { PATH: arrived } })], { timeoutMs: 300 });
    expect(r!.findings.find((f) => f.cause === 'route.lost-hops')?.detail).toBe('hops 3, 4 did not answer; the trace still reached 52.96.40.242');
    expect(causes(r!)).not.toContain('route.not-reached');
    const short = fakeTools('ping-ok.txt', 'traceroute-local.txt');
    const [s] = await runChecks([routeCheck('52.96.40.242', { port: 443, env: { PATH: short } })], { timeoutMs: 300 });
    expect(causes(s!)).toContain('route.not-reached');
    expect(causes(s!)).not.toContain('route.lost-hops');
    expect(s!.findings.find((f) => f.cause === 'route.not-reached')?.detail).toBe(
      'the trace ended after 1 hop without reaching 52.96.40.242 (last answer from 127.0.0.1)',
    );
  });

  it('a refused TCP port times the path but is reported as refused, as `port` reports it', async () => {
    const closed = await closedPort();
    const [r] = await runChecks([routeCheck('127.0.0.1', { port: closed, env: { PATH: '/nonexistent' } })], { timeoutMs: 1000 });
    expect(r!.summary).toMatch(new RegExp(`TCP ${closed} refused in [\\d.]+ ms$`));
    const port = await runJson(['port', `127.0.0.1:${closed}`]);
    expect(port.report.results[0].findings[0].cause).toBe('tcp.refused');
  });
});

describe('ping and traceroute output parsers', () => {
  it('reads loss and round trips from iputils ping', () => {
    expect(parsePing(fixture('ping-ok.txt'))).toMatchObject({ transmitted: 3, received: 3, lossPercent: 0 });
    expect(parsePing(fixture('ping-partial-loss.txt'))).toEqual({
      transmitted: 4,
      received: 2,
      lossPercent: 50,
      minMs: 318.101,
      avgMs: 320.405,
      maxMs: 322.71,
    });
    expect(parsePing(fixture('ping-unreachable.txt'))).toMatchObject({ received: 0, lossPercent: 100 });
    expect(parsePing('')).toBeUndefined();
    expect(parsePing('\u0000\u0001garbage'.repeat(1000))).toBeUndefined();
  });
  it('reads hops, lost hops and best times from traceroute -n', () => {
    const hops = parseTraceroute(fixture('traceroute-lost-hops.txt'));
    expect(hops.map((h) => h.ttl)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hops.filter((h) => h.lost).map((h) => h.ttl)).toEqual([3, 4]);
    expect(hops[5]).toEqual({ ttl: 6, address: '52.96.40.242', ms: 350.114, lost: false });
    expect(parseTraceroute(fixture('traceroute-local.txt'))).toEqual([{ ttl: 1, address: '127.0.0.1', ms: expect.any(Number), lost: false }]);
    expect(parseTraceroute('x'.repeat(100_000))).toEqual([]);
  });
});

describe.skipIf(!liveAvailable('ping', 'traceroute'))('maildoctor route on loopback', () => {
  let open: TestServer;
  let echo: TestServer;
  let dropping: DroppingPort;
  let closed: number;
  beforeAll(async () => {
    open = await listen(createServer((s) => s.end()));
    echo = await listen(createHttpServer((_req, res) => res.end('203.0.113.7\n')) as never);
    dropping = await droppingPort();
    closed = await closedPort();
  });
  afterAll(async () => {
    await Promise.all([open.close(), echo.close()]);
    dropping.stop();
  });

  it('pings and traces 127.0.0.1: one hop, destination reached, pass', async () => {
    const { report } = await runJson(['route', '127.0.0.1', '--port', String(open.port)]);
    const r = report.results[0];
    expect(r.status).toBe('pass');
    expect(r.evidence.ping.received).toBeGreaterThan(0);
    expect(r.evidence.hops.at(-1).address).toBe('127.0.0.1');
    expect(r.summary).toMatch(/ping avg [\d.]+ ms, 0% loss; 1 hop; TCP \d+ [\d.]+ ms/);
  });
  it('flags latency over the threshold (--max-latency)', async () => {
    const { report } = await runJson(['route', '127.0.0.1', '--port', String(open.port), '--max-latency', '0']);
    expect(report.results[0].status).toBe('warn');
    expect(causes(report.results[0])).toEqual(['route.high-latency']);
  });
  it('the public IP lookup is opt-in and reports the address the service saw', async () => {
    const without = await runJson(['route', '127.0.0.1', '--port', String(open.port)]);
    expect(without.report.results[0].evidence.publicIp).toBeUndefined();
    const { report } = await runJson(['route', '127.0.0.1', '--port', String(open.port), '--public-ip', '--public-ip-url', `http://127.0.0.1:${echo.port}/`]);
    expect(report.results[0].findings.find((f: any) => f.cause === 'route.public-ip').evidence.publicIp).toBe('203.0.113.7');
    const failed = await runJson(['route', '127.0.0.1', '--port', String(open.port), '--public-ip', '--public-ip-url', `http://127.0.0.1:${closed}/`]);
    expect(causes(failed.report.results[0])).toContain('route.public-ip-failed');
  });
  it('without ping and traceroute it says so and falls back to TCP connect timing', async () => {
    const [r] = await runChecks([routeCheck('127.0.0.1', { port: open.port, env: { PATH: '/nonexistent' } })], { timeoutMs: 1000 });
    expect(r!.status).toBe('pass');
    expect(causes(r!)).toEqual(['route.tool-missing', 'route.tool-missing']);
    expect(r!.summary).toMatch(/TCP \d+ [\d.]+ ms/);
  });
  it('nothing answering at all is route.unreachable, within about one timeout', async () => {
    const t = performance.now();
    const [r] = await runChecks([routeCheck('127.0.0.1', { port: dropping.port, env: { PATH: '/nonexistent' } })], { timeoutMs: 700 });
    expect(performance.now() - t).toBeLessThan(withinTimeout(700));
    expect(causes(r!)).toContain('route.unreachable');
    expect(r!.status).toBe('fail');
  });
  it.each([
    [['route', '127.0.0.1', '--port', '0'], /out of range/],
    [['route', '127.0.0.1', '--max-latency', 'high'], /--max-latency/],
    [['route', 'bad host!'], /not a valid host name/],
  ])('%j exits 2', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
