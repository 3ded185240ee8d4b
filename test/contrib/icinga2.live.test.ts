// The shipped Icinga 2 CheckCommand and example services, run by a real icinga2 daemon whose API reports the results.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, requireBuild } from '../helpers/bin.js';
import { startIcinga, validateIcinga, type Icinga } from '../helpers/icinga.js';
import { liveAvailable } from '../helpers/live.js';
import { testCerts } from '../helpers/certs.js';
import { closedPort, listen, type TestServer } from '../helpers/net-servers.js';
import { tlsServer } from '../helpers/tls-servers.js';

const COMMAND = `${REPO}/contrib/monitoring/icinga2/maildoctor-command.conf`;
const SERVICES = `${REPO}/contrib/monitoring/icinga2/maildoctor-services.conf`;

/** A helpdesk host as the services file's comment describes it, pointed at this checkout and local ports. */
function host(open: number, closed: number): string {
  return `object Host "helpdesk" {
  check_command = "dummy"
  check_interval = 1h
  vars.maildoctor_bin = "${BIN}"
  vars.maildoctor = true
  vars.maildoctor_config = "${REPO}/fixtures/config/valid.yaml"
  vars.maildoctor_ports["open"] = "127.0.0.1:${open}"
  vars.maildoctor_ports["closed"] = "127.0.0.1:${closed}"
  vars.maildoctor_tls["smtp"] = "127.0.0.1:${open}"
}`;
}

/** Services of the test's own: thresholds on a certificate that expires in 10 days, and arguments maildoctor refuses. */
function ownServices(soonPort: number): string {
  return `object Service "cert-soon" {
  host_name = "helpdesk"
  check_command = "maildoctor"
  check_interval = 1h
  vars.maildoctor_command = "tls"
  vars.maildoctor_args = [ "localhost:${soonPort}" ]
  vars.maildoctor_extra = [ "--starttls", "none", "--ca", "${testCerts().caPath}", "--warn-days", "5" ]
  vars.maildoctor_warning = "cert-days=30:"
  vars.maildoctor_critical = [ "cert-days=20:", "latency=5" ]
}
object Service "bad-usage" {
  host_name = "helpdesk"
  check_command = "maildoctor"
  check_interval = 1h
  vars.maildoctor_command = "tls"
  vars.maildoctor_args = [ "not-a-target" ]
}`;
}

const SERVICES_EXPECTED = [
  'helpdesk!bad-usage',
  'helpdesk!cert-soon',
  'helpdesk!maildoctor',
  'helpdesk!maildoctor-port-closed',
  'helpdesk!maildoctor-port-open',
  'helpdesk!maildoctor-tls-smtp',
];

interface CheckResult {
  state: number;
  exit_status: number;
  output: string;
  command: string[];
  performance_data: string[];
  execution_end: number;
}

describe.skipIf(!liveAvailable('icinga2', 'openssl'))('Icinga 2 runs the shipped CheckCommand', () => {
  let open: TestServer;
  let soon: TestServer;
  let closed: number;
  let icinga: Icinga;
  const results = new Map<string, CheckResult>();

  beforeAll(async () => {
    requireBuild();
    open = await listen(createServer((s) => s.end()));
    soon = await tlsServer('expiringSoon');
    closed = await closedPort();
    icinga = await startIcinga([`include "${COMMAND}"`, `include "${SERVICES}"`, host(open.port, closed), ownServices(soon.port)].join('\n'));
    const asked = Date.now() / 1000;
    await icinga.api('POST', '/v1/actions/reschedule-check', { type: 'Service', filter: 'host.name == "helpdesk"', force: true });
    for (let i = 0; i < 600 && results.size < SERVICES_EXPECTED.length; i++) {
      const found = await icinga.api<{ results: { name: string; attrs: { last_check_result: CheckResult | null } }[] }>(
        'GET',
        '/v1/objects/services?attrs=last_check_result',
      );
      for (const s of found.results)
        if (s.attrs.last_check_result && s.attrs.last_check_result.execution_end >= asked) results.set(s.name, s.attrs.last_check_result);
      if (results.size < SERVICES_EXPECTED.length) await new Promise((r) => setTimeout(r, 200));
    }
  }, 180_000);

  afterAll(async () => {
    await icinga?.stop();
    await Promise.all([open?.close(), soon?.close()]);
  });

  it('the example services apply to a host marked for maildoctor', () => {
    expect([...results.keys()].sort()).toEqual(SERVICES_EXPECTED);
  });

  it('thresholds reach maildoctor: 10 days left is CRITICAL under cert-days=20:, and the ranges show in the perfdata', () => {
    const r = results.get('helpdesk!cert-soon')!;
    expect(r.command.slice(0, 4)).toEqual([BIN, 'tls', '--format', 'nagios']);
    expect(r.command.at(-1)).toBe(`localhost:${soon.port}`);
    const line = r.command.join(' ');
    for (const part of [
      '--critical cert-days=20: --critical latency=5',
      '--warning cert-days=30:',
      '--max-time 100',
      `--starttls none --ca ${testCerts().caPath} --warn-days 5`,
    ])
      expect(line).toContain(part);
    expect(r.state).toBe(2);
    expect(r.output).toMatch(/^MAILDOCTOR CRITICAL - 0 of 1 checks not OK: tls localhost:\d+ cert-days (9|10) \(critical 20:\)/);
    expect(r.performance_data.some((p) => /^tls_cert_days=(9|10);30:;20:$/.test(p))).toBe(true);
  });

  it('arguments maildoctor refuses are UNKNOWN with the reason, not CRITICAL', () => {
    const r = results.get('helpdesk!bad-usage')!;
    expect(r.state).toBe(3);
    expect(r.exit_status).toBe(3);
    expect(r.output).toBe('MAILDOCTOR UNKNOWN - "not-a-target": give a port, as HOST:PORT (e.g. smtp.office365.com:587)');
  });

  it('a reachable port is OK, with its perfdata', () => {
    const r = results.get('helpdesk!maildoctor-port-open')!;
    expect(r.output.trimEnd()).toBe('MAILDOCTOR OK - 1 of 1 checks passed');
    expect(r.state).toBe(0);
    expect(r.command).toEqual([BIN, 'port', '--format', 'nagios', '--max-time', '100', `127.0.0.1:${open.port}`]);
    expect(r.performance_data).toEqual(expect.arrayContaining(['pass=1;;;0;1', 'fail=0;;;0;1']));
    expect(r.performance_data.some((p) => /^port_time=[\d.]+s;;;0$/.test(p))).toBe(true);
    expect(r.performance_data.some((p) => /^port_latency=[\d.]+s;;;0$/.test(p))).toBe(true);
  });

  it('a refused port is CRITICAL, and the detail line reaches Icinga', () => {
    const r = results.get('helpdesk!maildoctor-port-closed')!;
    expect(r.state).toBe(2);
    expect(r.exit_status).toBe(2);
    expect(r.output).toMatch(/^MAILDOCTOR CRITICAL - 1 of 1 checks not OK: port 127\.0\.0\.1:\d+ cannot connect/);
    expect(r.output).toContain('\nFAIL: port 127.0.0.1:');
  });

  it('a TLS endpoint that closes at once is CRITICAL', () => {
    const r = results.get('helpdesk!maildoctor-tls-smtp')!;
    expect(r.command.slice(0, 4)).toEqual([BIN, 'tls', '--format', 'nagios']);
    expect(r.command.slice(4, -1).join(' ').split(' --').sort()).toEqual(['--critical cert-days=7:', 'max-time 100', 'warning cert-days=30:'].sort());
    expect(r.command.at(-1)).toBe(`127.0.0.1:${open.port}`);
    expect(r.state).toBe(2);
    expect(r.output).toMatch(/^MAILDOCTOR CRITICAL - 1 of 1 checks not OK: tls 127\.0\.0\.1:\d+ /);
  });

  it('the run service passes --config and reports what the config’s checks found', () => {
    const r = results.get('helpdesk!maildoctor')!;
    expect(r.command.slice(0, 4)).toEqual([BIN, 'run', '--format', 'nagios']);
    expect(r.command.join(' ')).toContain(`--config ${REPO}/fixtures/config/valid.yaml`);
    expect(r.state).toBe(2);
    expect(r.output).toMatch(/^MAILDOCTOR CRITICAL - /);
  });
});

describe.skipIf(!liveAvailable('icinga2'))('icinga2 daemon -C', () => {
  it('accepts the CheckCommand and the example services', () => {
    const r = validateIcinga([`include "${COMMAND}"`, `include "${SERVICES}"`, host(1, 2)].join('\n'));
    expect(r.output).toContain('Finished validating the configuration file(s).');
    expect(r.status).toBe(0);
  });

  it('refuses a CheckCommand attribute it does not know (so the pass above means something)', () => {
    const r = validateIcinga('object CheckCommand "x" { command = [ "/bin/true" ]; argumentz = { } }');
    expect(r.status).not.toBe(0);
  });
});
