// `maildoctor dns` against a real dnsmasq on a free port, via a test resolv.conf or --server.
import { createSocket } from 'node:dgram';
import dnsPacket from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { silentNameserver, startDnsmasq, writeResolvConf, type DnsmasqHandle } from '../../helpers/dnsmasq.js';
import { liveAvailable } from '../../helpers/live.js';
import { withinTimeout } from '../../helpers/timing.js';

const live = liveAvailable('dnsmasq');
let dns: DnsmasqHandle;
let other: DnsmasqHandle;
let silent: Awaited<ReturnType<typeof silentNameserver>>;
const hash = (h: { port: number }) => `127.0.0.1#${h.port}`;
let odd: Awaited<ReturnType<typeof oddNameservers>>;

/** Two real UDP peers on 127.0.0.1: one answers every query SERVFAIL, one answers bytes that are not DNS. */
async function oddNameservers() {
  const bind = (onMessage: (msg: Buffer, reply: (b: Buffer) => void) => void) =>
    new Promise<ReturnType<typeof createSocket>>((resolve) => {
      const s = createSocket('udp4');
      s.on('message', (msg, rinfo) => onMessage(msg, (b) => s.send(b, rinfo.port, rinfo.address)));
      s.bind(0, '127.0.0.1', () => resolve(s));
    });
  const servfail = await bind((msg, reply) => {
    const q = dnsPacket.decode(msg);
    reply(dnsPacket.encode({ type: 'response', id: q.id, flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | 2, questions: q.questions }));
  });
  const garbage = await bind((_msg, reply) => reply(Buffer.from([0xde, 0xad])));
  return {
    servfail: `127.0.0.1:${servfail.address().port}`,
    garbage: `127.0.0.1:${garbage.address().port}`,
    stop: async () => {
      servfail.close();
      garbage.close();
    },
  };
}

describe.skipIf(!live)('maildoctor dns (dnsmasq)', () => {
  beforeAll(async () => {
    [dns, other, silent] = await Promise.all([
      startDnsmasq({
        a: {
          'mx.example.test': ['127.0.0.1'],
          'nomx.example.test': ['127.0.0.1'],
          localhost: ['127.0.0.1'],
          'many.example.test': Array.from({ length: 40 }, (_, i) => `127.0.1.${i + 1}`),
        },
        mx: [{ domain: 'example.test', host: 'mx.example.test', preference: 10 }],
        txt: { 'example.test': 'v=spf1 ip4:127.0.0.1 -all' },
        cname: { 'mail.example.test': 'mx.example.test' },
      }),
      startDnsmasq({ a: { 'mx.example.test': ['127.0.0.2'], localhost: ['127.0.0.9'] } }),
      silentNameserver(),
    ]);
    odd = await oddNameservers();
  });
  afterAll(async () => {
    await Promise.all([dns?.stop(), other?.stop(), silent?.stop(), odd?.stop()]);
  });

  const conf = (text: string) => ['--resolv-conf', writeResolvConf(text)];

  it('resolves an A record through the nameserver of a test resolv.conf', async () => {
    const { code, report } = await runJson(['dns', 'mx.example.test', ...conf(`nameserver ${hash(dns)}\n`)]);
    expect(code).toBe(0);
    const r = report.results[0];
    expect(r.status).toBe('pass');
    expect(r.evidence.answeredBy).toBe(dns.server);
    expect(r.evidence.servers[0].records.map((x: any) => x.data)).toEqual(['127.0.0.1']);
    expect(r.summary).toContain('127.0.0.1');
  });
  it('reads the resolv.conf named by MAILDOCTOR_RESOLV_CONF', async () => {
    const path = writeResolvConf(`nameserver ${hash(dns)}\n`);
    const { report } = await runJson(['dns', 'mx.example.test'], { env: { MAILDOCTOR_RESOLV_CONF: path } });
    expect(report.results[0].evidence.resolvConf.path).toBe(path);
    expect(report.results[0].status).toBe('pass');
  });
  it('answers MX, CNAME and TXT with --server', async () => {
    const { report } = await runJson(['dns', 'example.test', 'mail.example.test', '--type', 'MX,CNAME,TXT', '--server', dns.server]);
    const byTarget = Object.fromEntries(report.results.map((r: any) => [r.target, r]));
    expect(byTarget['example.test MX'].summary).toContain('10 mx.example.test');
    expect(byTarget['mail.example.test CNAME'].summary).toContain('mx.example.test');
    expect(byTarget['example.test TXT'].summary).toContain('v=spf1');
  });
  it('falls back to TCP when the UDP answer is truncated', async () => {
    const { report } = await runJson(['dns', 'many.example.test', '--server', dns.server]);
    const s = report.results[0].evidence.servers[0];
    expect(s.tcp).toBe(true);
    expect(s.records.length).toBe(40);
  });
  it('NXDOMAIN is dns.nxdomain; a name without MX is dns.nodata (warn)', async () => {
    const { report } = await runJson(['dns', 'nope.example.test', '--server', dns.server]);
    expect(report.results[0].findings.map((f: any) => f.cause)).toContain('dns.nxdomain');
    expect(report.results[0].status).toBe('fail');
    const nodata = await runJson(['dns', 'nomx.example.test', '--type', 'MX', '--server', dns.server]);
    expect(nodata.report.results[0].status).toBe('warn');
    expect(nodata.report.results[0].findings[0].cause).toBe('dns.nodata');
  });
  it('applies the search list of resolv.conf', async () => {
    const { report } = await runJson(['dns', 'mx', ...conf(`search example.test\nnameserver ${hash(dns)}\n`)]);
    expect(report.results[0].status).toBe('pass');
    expect(report.results[0].evidence.servers[0].name).toBe('mx.example.test');
  });
  it('a silent nameserver is dns.server-unreachable within options timeout x attempts plus a second, not --timeout', async () => {
    const t = performance.now();
    const { report } = await runJson(['dns', 'mx.example.test', ...conf(`nameserver ${hash(silent)}\noptions timeout:1 attempts:1\n`), '--timeout', '60000']);
    expect(performance.now() - t).toBeLessThan(withinTimeout(1000));
    expect(report.results[0].status).toBe('fail');
    expect(report.results[0].findings[0].cause).toBe('dns.server-unreachable');
  });
  it('honours options attempts: two tries of one second each against a silent server', async () => {
    const t = performance.now();
    const { report } = await runJson(['dns', 'mx.example.test', ...conf(`nameserver ${hash(silent)}\noptions timeout:1 attempts:2\n`), '--timeout', '60000']);
    const took = performance.now() - t;
    // A timer never fires early, so the lower bound holds on any machine; the upper one is five times the claim.
    expect(took).toBeGreaterThan(1900);
    expect(took).toBeLessThan(withinTimeout(2000));
    expect(report.results[0].evidence.servers[0].tries).toBe(2);
  });
  it('SERVFAIL and a reply that is not DNS are told apart', async () => {
    const { report } = await runJson(['dns', 'broken.example.test', '--server', odd.servfail]);
    expect(report.results[0].findings.map((f: any) => f.cause)).toEqual(['dns.servfail']);
    const garbage = await runJson(['dns', 'broken.example.test', '--server', odd.garbage, '--timeout', '500']);
    expect(garbage.report.results[0].evidence.servers[0].error).toBe('EBADRESP');
    expect(garbage.report.results[0].findings[0].cause).toBe('dns.not-dns');
    expect(garbage.report.results[0].findings[0].detail).toContain('not DNS');
  });
  it('one dead nameserver beside a working one is a warning, not a failure', async () => {
    const { report } = await runJson([
      'dns',
      'mx.example.test',
      ...conf(`nameserver ${hash(silent)}\nnameserver ${hash(dns)}\noptions timeout:1 attempts:1\n`),
    ]);
    const r = report.results[0];
    expect(r.status).toBe('warn');
    expect(r.findings.map((f: any) => [f.cause, f.severity])).toEqual([['dns.server-unreachable', 'warn']]);
  });
  it('nameservers that disagree are flagged', async () => {
    const { report } = await runJson(['dns', 'mx.example.test', '--server', dns.server, '--server', other.server]);
    expect(report.results[0].findings.map((f: any) => f.cause)).toContain('dns.servers-disagree');
  });
  it('compares with the system resolver: localhost agrees on one server, disagrees on the other', async () => {
    const agree = await runJson(['dns', 'localhost', '--server', dns.server]);
    expect(agree.report.results[0].findings).toEqual([]);
    const differ = await runJson(['dns', 'localhost', '--server', other.server]);
    expect(differ.report.results[0].findings.map((f: any) => f.cause)).toEqual(['dns.system-disagrees']);
    expect(differ.report.results[0].findings[0].detail).toContain('127.0.0.9');
  });
  it('a resolv.conf without nameserver lines is dns.no-nameserver', async () => {
    const { report } = await runJson(['dns', 'mx.example.test', ...conf('# nothing here\nsearch example.test\n')]);
    expect(report.results[0].findings[0].cause).toBe('dns.no-nameserver');
  });
  it('REFUSED for a name the server does not serve', async () => {
    const { report } = await runJson(['dns', 'gmail.com', '--server', dns.server]);
    expect(report.results[0].findings.map((f: any) => f.cause)).toContain('dns.refused');
  });
});

describe('maildoctor dns bad input', () => {
  const bin = writeResolvConf('');
  it.each([
    [['dns', 'mx.example.test', '--server', 'dns.example'], /not an IP address/],
    [['dns', 'mx.example.test', '--server', '127.0.0.1:99999'], /out of range/],
    [['dns', 'mx.example.test', '--type', 'SRV'], /--type/],
    [['dns', 'mx.example.test', '--resolv-conf', '/nonexistent/resolv.conf'], /no such file/],
    [['dns', 'bad host!'], /not a valid host name/],
    [['dns', ''], /host is empty/],
    [['dns', 'x.test', '--resolv-conf', bin.replace(/resolv\.conf$/, '')], /directory/],
  ])('%j exits 2 with one line', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
