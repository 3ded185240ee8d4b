// `maildoctor tls` end to end against local TLS and STARTTLS peers: statuses, cause ids, verify codes, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCerts } from '../../helpers/certs.js';
import { runCli, runJson } from '../../helpers/cli.js';
import { blackholeServer, hangingHandshakeServer, type TestServer } from '../../helpers/net-servers.js';
import { starttlsServer, tlsServer } from '../../helpers/tls-servers.js';
import { withinTimeout } from '../../helpers/timing.js';

const servers: Record<string, TestServer> = {};
const ca = () => testCerts().caPath;
const at = (name: string) => `localhost:${servers[name]!.port}`;

beforeAll(async () => {
  const entries = await Promise.all(
    [
      ['valid', tlsServer('valid')],
      ['soon', tlsServer('expiringSoon')],
      ['expired', tlsServer('expired')],
      ['smtp', starttlsServer('smtp')],
      ['busy', starttlsServer('smtp', 'busy')],
      ['silent', blackholeServer()],
      ['hang', hangingHandshakeServer()],
    ].map(async ([k, p]) => [k, await (p as Promise<TestServer>)] as const),
  );
  for (const [k, s] of entries) servers[k as string] = s;
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

describe('maildoctor tls', () => {
  it('passes a valid certificate with --ca and reports verify code 0 and the chain', async () => {
    const { code, report } = await runJson(['tls', at('valid'), '--ca', ca(), '--starttls', 'none']);
    expect(code).toBe(0);
    const r = report.results[0];
    expect(r.status).toBe('pass');
    expect(r.evidence.verify).toEqual({ code: 0, name: 'ok' });
    expect(r.summary).toContain('Verify return code: 0 (ok)');
    expect(r.evidence.chain[0].altNames).toContain('localhost');
  });
  it('--servername sets the name to verify when connecting by IP address', async () => {
    const ok = await runJson(['tls', `127.0.0.1:${servers.valid!.port}`, '--ca', ca(), '--servername', 'localhost']);
    expect(ok.report.results[0].status).toBe('pass');
    const wrong = await runJson(['tls', `127.0.0.1:${servers.valid!.port}`, '--ca', ca(), '--servername', 'mail.example.com']);
    expect(wrong.report.results[0].findings[0].cause).toBe('tls.hostname-mismatch');
    expect(wrong.report.results[0].findings[0].evidence.verify.code).toBe(62);
  });
  it('warns under --warn-days and passes when the window is smaller', async () => {
    const warn = await runJson(['tls', at('soon'), '--ca', ca(), '--starttls', 'none']);
    expect(warn.report.results[0].status).toBe('warn');
    expect(warn.report.results[0].findings.map((f: any) => f.cause)).toEqual(['tls.expiring-soon']);
    const ok = await runJson(['tls', at('soon'), '--ca', ca(), '--starttls', 'none', '--warn-days', '5']);
    expect(ok.report.results[0].status).toBe('pass');
  });
  it('fails an expired certificate with tls.cert-expired and code 10', async () => {
    const { code, report } = await runJson(['tls', at('expired'), '--ca', ca(), '--starttls', 'none']);
    expect(code).toBe(1);
    expect(report.results[0].findings[0].cause).toBe('tls.cert-expired');
    expect(report.results[0].findings[0].evidence.verify.code).toBe(10);
  });
  it('speaks STARTTLS for smtp and records a transcript with -v', async () => {
    const { report } = await runJson(['tls', at('smtp'), '--ca', ca(), '--starttls', 'smtp', '-v']);
    const r = report.results[0];
    expect(r.status).toBe('pass');
    expect(r.transcript.map((l: any) => l.text)).toContain('STARTTLS');
    expect(r.evidence.capabilitiesAfterTls.some((c: string) => c.startsWith('AUTH '))).toBe(true);
  });
  it('a 421 greeting is tls.server-busy', async () => {
    const { report } = await runJson(['tls', at('busy'), '--starttls', 'smtp']);
    expect(report.results[0].findings[0].cause).toBe('tls.server-busy');
  });
  it('silent and hanging peers end in their causes within timeout + 1 s, concurrently', async () => {
    const t = performance.now();
    const { report } = await runJson(['tls', at('silent'), at('hang'), '--starttls', 'none', '--timeout', '700']);
    expect(performance.now() - t).toBeLessThan(withinTimeout(700));
    expect(report.results.map((r: any) => r.findings[0].cause)).toEqual(['tls.handshake-timeout', 'tls.handshake-timeout']);
    const g = await runJson(['tls', at('silent'), '--starttls', 'imap', '--timeout', '700']);
    expect(g.report.results[0].findings[0].cause).toBe('tls.no-greeting');
  });
  it.each([
    [['tls', 'localhost:notaport'], /not a port number/],
    [['tls', ':993'], /host is empty/],
    [['tls', 'localhost:70000'], /out of range/],
    [['tls', '::1:993'], /IPv6 address in brackets/],
    [['tls', 'localhost:993', '--starttls', 'ftp'], /--starttls/],
    [['tls', 'localhost:993', '--ca', '/nonexistent/ca.pem'], /no such file/],
    [['tls', 'localhost:993', '--warn-days', 'soon'], /--warn-days/],
  ])('bad input %j exits 2 with one line', async (args, message) => {
    const { code, stderr, stdout } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });
  it('accepts a bracketed IPv6 literal (refused or unreachable, never a usage error)', async () => {
    const { code, report } = await runJson(['tls', '[::1]:1', '--timeout', '500']);
    expect(code).toBe(1);
    expect(report.results[0].findings[0].cause).toMatch(/^tcp\./);
  });
});
