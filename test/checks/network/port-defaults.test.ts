// `maildoctor port HOST` expands to the mail default ports and names the protocol expected on each.
import { describe, expect, it } from 'vitest';
import { MAIL_DEFAULT_PORTS, portTargets } from '../../../src/checks/network/port.js';
import { runCli, runJson } from '../../helpers/cli.js';

describe('port mail defaults', () => {
  it('with --mail-ports a bare host means every mail default port; without, it is an error', () => {
    expect(MAIL_DEFAULT_PORTS.slice().sort((a, b) => a - b)).toEqual([25, 110, 143, 443, 465, 587, 993, 995]);
    expect(() => portTargets('mail.example.com')).toThrow(/give a port/);
    expect(portTargets('mail.example.com', true).map((t) => t.label)).toEqual(MAIL_DEFAULT_PORTS.map((p) => `mail.example.com:${p}`));
    expect(portTargets('[::1]', true).map((t) => t.label)[0]).toBe('[::1]:587');
    expect(portTargets('mail.example.com:2525', true).map((t) => t.port)).toEqual([2525]);
  });
  it('the report names the expected protocol for each default port', async () => {
    const { report } = await runJson(['port', '127.0.0.1', '--mail-ports', '--timeout', '500']);
    expect(report.results).toHaveLength(8);
    const expected = Object.fromEntries(report.results.map((r: any) => [r.target, r.evidence.expected]));
    expect(expected['127.0.0.1:587']).toBe('SMTP submission with STARTTLS');
    expect(expected['127.0.0.1:995']).toBe('POP3 over implicit TLS (POP3S)');
    const failed = report.results.find((r: any) => r.status === 'fail');
    if (failed) expect(failed.summary).toContain('expected here:');
  });
  it.each([
    [['port', 'host:notaport'], /not a port number/],
    [['port', ':25'], /host is empty/],
    [['port', 'host:65536'], /out of range/],
    [['port', '2001:db8::1:25'], /IPv6 address in brackets/],
    [['port', '[2001:db8::zz]:25'], /not an IPv6 address/],
  ])('%j exits 2', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
