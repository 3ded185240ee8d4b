// The system resolver decides an address lookup; what the nameservers say differently is its own finding.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServerAnswer } from '../../../src/checks/network/dns-lookup.js';
import { judgeBySystem, type NameserverVerdict } from '../../../src/checks/network/dns-system.js';
import { answeredLocally, hostsFileNames } from '../../../src/checks/network/hosts-file.js';
import type { LookupOutcome } from '../../../src/checks/network/lookup.js';
import { runJson } from '../../helpers/cli.js';

const NS = '10.0.0.53:53';
const answer = (name: string, rcode: string, addresses: string[] = []): ServerAnswer => ({
  name,
  tried: [name],
  outcome: {
    ok: true,
    server: NS,
    rcode,
    records: addresses.map((data) => ({ name, type: 'A', ttl: 60, data })),
    truncated: false,
    tcp: false,
    authoritative: false,
    ms: 3,
    tries: 1,
  },
});
const nxdomain = (name: string): NameserverVerdict => ({
  summary: `${name}: NXDOMAIN from ${NS}`,
  findings: [{ cause: 'dns.nxdomain', detail: `${NS}: NXDOMAIN for ${name}` }],
  answered: answer(name, 'NXDOMAIN'),
});
const resolves = (name: string, ...addresses: string[]): NameserverVerdict => ({
  summary: `${name} A ${addresses.join(', ')} from ${NS}`,
  findings: [],
  answered: answer(name, 'NOERROR', addresses),
});
const system = (...addresses: string[]): LookupOutcome => ({
  ok: true,
  addresses: addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
  ms: 1,
});
const ENOTFOUND: LookupOutcome = { ok: false, code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND', ms: 2 };
const causes = (j: { findings: Array<{ cause: string; severity?: string }> }) => j.findings.map((f) => [f.cause, f.severity ?? 'default']);

describe('the system resolver decides', () => {
  it("localhost and /etc/hosts names pass; the nameservers' NXDOMAIN is an informational note", () => {
    const j = judgeBySystem('localhost', 'A', nxdomain('localhost'), system('127.0.0.1'), true);
    expect(j.summary).toBe('localhost A 127.0.0.1 from the system resolver (/etc/hosts) in 1 ms');
    expect(causes(j)).toEqual([['dns.hosts-file', 'default']]);
    expect(j.findings[0]!.detail).toBe(`localhost is answered by /etc/hosts (127.0.0.1); the nameservers say: localhost: NXDOMAIN from ${NS}`);
  });

  it('a name found through the search list (same answer from both) passes with nothing to add', () => {
    const j = judgeBySystem('mailhost', 'A', resolves('mailhost.corp.example', '10.1.2.3'), system('10.1.2.3'), false);
    expect(j.findings).toEqual([]);
  });

  it('a system answer the nameservers do not give is a warning about the disagreement, not a failure', () => {
    const j = judgeBySystem('mail.corp.example', 'A', resolves('mail.corp.example', '10.9.9.9'), system('10.1.2.3'), false);
    expect(causes(j)).toEqual([['dns.system-disagrees', 'default']]);
    const silent: NameserverVerdict = {
      summary: 'no nameserver answered',
      findings: [{ cause: 'dns.server-unreachable', severity: 'fail', detail: `${NS}: no answer` }],
    };
    expect(causes(judgeBySystem('localhost', 'A', silent, system('127.0.0.1'), true))).toEqual([
      ['dns.server-unreachable', 'warn'],
      ['dns.hosts-file', 'default'],
    ]);
  });

  it('a name the system cannot resolve fails, even when the nameservers know it', () => {
    const j = judgeBySystem('mail.corp.example', 'A', resolves('mail.corp.example', '10.9.9.9'), ENOTFOUND, false);
    expect(causes(j)).toEqual([['dns.system-disagrees', 'fail']]);
    expect(j.summary).toMatch(
      /the system resolver cannot resolve mail\.corp\.example \(ENOTFOUND\), so the helpdesk cannot either, although the nameservers give 10\.9\.9\.9$/,
    );
    const both = judgeBySystem('x.invalid', 'A', nxdomain('x.invalid'), ENOTFOUND, false);
    expect(causes(both)).toEqual([['dns.nxdomain', 'default']]);
    const nodata: NameserverVerdict = {
      summary: 'no A record',
      findings: [{ cause: 'dns.nodata', detail: 'no A record' }],
      answered: answer('x.example', 'NOERROR'),
    };
    expect(causes(judgeBySystem('x.example', 'A', nodata, ENOTFOUND, false))).toEqual([
      ['dns.nodata', 'default'],
      ['tcp.name-not-resolved', 'default'],
    ]);
  });
});

describe('/etc/hosts', () => {
  it('reads names (not addresses, not comments) and treats localhost names as local', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-hosts-'));
    writeFileSync(join(dir, 'hosts'), '127.0.0.1\tlocalhost\n# 10.0.0.1 commented.example\n10.1.2.3 Mail.Corp.Example mail   # the relay\n::1 ip6-localhost\n');
    const names = await hostsFileNames(new AbortController().signal, join(dir, 'hosts'));
    expect([...names].sort()).toEqual(['ip6-localhost', 'localhost', 'mail', 'mail.corp.example']);
    expect(answeredLocally('MAIL.corp.example.', names)).toBe(true);
    expect(answeredLocally('db.localhost', new Set())).toBe(true);
    expect(answeredLocally('commented.example', names)).toBe(false);
    expect((await hostsFileNames(new AbortController().signal, join(dir, 'missing'))).size).toBe(0);
  });

  it('`maildoctor dns localhost` on this machine passes by the system resolver, whatever its nameservers say', async () => {
    const { report } = await runJson(['dns', 'localhost', '--timeout', '2000'], { env: {} });
    const r = report.results[0];
    expect(r.status).not.toBe('fail');
    expect(r.summary).toMatch(/^localhost A 127\.0\.0\.1 from the system resolver/);
  });
});
