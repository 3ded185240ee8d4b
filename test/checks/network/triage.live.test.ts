// The DNS-versus-connectivity verdict with a real dnsmasq and local TCP peers: all four answers.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { silentNameserver, startDnsmasq, type DnsmasqHandle } from '../../helpers/dnsmasq.js';
import { liveAvailable } from '../../helpers/live.js';
import { closedPort, listen, type TestServer } from '../../helpers/net-servers.js';
import { tlsServer } from '../../helpers/tls-servers.js';
import { parseLiteral } from '../../../src/checks/network/triage-literal.js';
import { withinTimeout } from '../../helpers/timing.js';

const live = liveAvailable('dnsmasq');

describe.skipIf(!live)('maildoctor triage', () => {
  let dns: DnsmasqHandle;
  let deadDns: Awaited<ReturnType<typeof silentNameserver>>;
  let open: TestServer;
  let closed: number;
  let http: TestServer;
  let mitm: TestServer;
  beforeAll(async () => {
    [http, mitm] = await Promise.all([listen(createServer((s) => s.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'))), tlsServer('wrongHost')]);
    [dns, deadDns, open, closed] = await Promise.all([
      startDnsmasq({ a: { 'www.example.test': ['127.0.0.1'] } }),
      silentNameserver(),
      listen(createServer((s) => s.end())),
      closedPort(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([dns?.stop(), deadDns?.stop(), open?.close(), http?.close(), mitm?.close()]);
  });

  const verdict = async (server: string, literal: number) => {
    const { report } = await runJson(['triage', 'www.example.test', '--server', server, '--literal', `127.0.0.1:${literal}`, '--timeout', '600']);
    return report.results[0];
  };

  it('names resolve and the literal answers: net.ok (pass)', async () => {
    const r = await verdict(dns.server, open.port);
    expect(r.status).toBe('pass');
    expect(r.findings[0].cause).toBe('net.ok');
  });
  it('the name fails but the literal IP answers: DNS, not connectivity', async () => {
    const r = await verdict(deadDns.server, open.port);
    expect(r.findings[0].cause).toBe('net.dns-not-connectivity');
    expect(r.summary).toContain('the issue is DNS resolution, not connectivity');
  });
  it('nothing resolves and nothing answers: a plain offline verdict, within about one timeout', async () => {
    const t = performance.now();
    const r = await verdict(deadDns.server, closed);
    expect(performance.now() - t).toBeLessThan(withinTimeout(600));
    expect(r.findings[0].cause).toBe('net.offline');
    expect(r.summary).toBe('offline: names do not resolve and nothing answers');
  });
  it('names resolve but nothing outside answers: outbound blocked', async () => {
    const r = await verdict(dns.server, closed);
    expect(r.findings[0].cause).toBe('net.no-outbound');
  });
  it('a DNS literal must give a DNS answer; a TLS literal a verified handshake; interceptors are named', async () => {
    const real = await runJson(['triage', 'www.example.test', '--server', dns.server, '--literal', `dns://127.0.0.1:${dns.port}`]);
    expect(real.report.results[0].findings.map((f: any) => f.cause)).toEqual(['net.ok']);
    const fake = await runJson([
      'triage',
      'www.example.test',
      '--server',
      deadDns.server,
      '--literal',
      `dns://127.0.0.1:${http.port}`,
      '--literal',
      `tls://127.0.0.1:${mitm.port}`,
      '--timeout',
      '600',
    ]);
    const r = fake.report.results[0];
    expect(r.findings.map((f: any) => [f.cause, f.severity])).toEqual([['net.intercepted', 'fail']]);
    expect(r.findings[0].detail).toContain('not a DNS server');
    expect(r.findings[0].detail).toContain('CN=wrong.example');
  });
  it("when something answers in the real address's place, the text never says that nothing answers", async () => {
    const { stdout } = await runCli([
      'triage',
      'www.example.test',
      '--server',
      deadDns.server,
      '--literal',
      `tls://127.0.0.1:${mitm.port}`,
      '--timeout',
      '600',
      '--no-color',
    ]);
    expect(stdout).toContain('names do not resolve, and something other than the real address answers for');
    expect(stdout).not.toMatch(/nothing answers|Offline/);
  });
  it('the text report states the offline verdict in plain words', async () => {
    const { stdout } = await runCli([
      'triage',
      'www.example.test',
      '--server',
      deadDns.server,
      '--literal',
      `127.0.0.1:${closed}`,
      '--timeout',
      '500',
      '--no-color',
    ]);
    expect(stdout).toContain('offline: names do not resolve and nothing answers');
  });
});

describe('literal targets', () => {
  it('pick how to ask by port unless a scheme says so', () => {
    expect(['8.8.8.8:53', '8.8.8.8:443', '1.1.1.1:993', '10.0.0.1:8080', 'tcp://8.8.8.8:53', 'dns://[::1]:5353'].map((t) => parseLiteral(t).mode)).toEqual([
      'dns',
      'tls',
      'tls',
      'tcp',
      'tcp',
      'dns',
    ]);
  });
});

describe('maildoctor triage bad input', () => {
  it.each([
    [['triage', '--literal', 'dns.google:53'], /must be an IP address/],
    [['triage', '--literal', '8.8.8.8'], /give a port/],
    [['triage', 'bad name!'], /not a valid host name/],
    [['triage', '--literal', 'udp://8.8.8.8:53'], /is not one of dns:\/\/, tls:\/\/, tcp:\/\//],
  ])('%j exits 2', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
