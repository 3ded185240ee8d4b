// The shipped Icinga 2 CheckCommand and example services, run by a real icinga2 daemon whose API reports the results.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, requireBuild } from '../helpers/bin.js';
import { startIcinga, validateIcinga, type Icinga } from '../helpers/icinga.js';
import { liveAvailable } from '../helpers/live.js';
import { closedPort, listen, type TestServer } from '../helpers/net-servers.js';

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
  let closed: number;
  let icinga: Icinga;
  const results = new Map<string, CheckResult>();

  beforeAll(async () => {
    requireBuild();
    open = await listen(createServer((s) => s.end()));
    closed = await closedPort();
    icinga = await startIcinga([`include "${COMMAND}"`, `include "${SERVICES}"`, host(open.port, closed)].join('\n'));
    const asked = Date.now() / 1000;
    await icinga.api('POST', '/v1/actions/reschedule-check', { type: 'Service', filter: 'host.name == "helpdesk"', force: true });
    for (let i = 0; i < 600 && results.size < 4; i++) {
      const found = await icinga.api<{ results: { name: string; attrs: { last_check_result: CheckResult | null } }[] }>('GET', '/v1/objects/services?attrs=last_check_result');
      for (const s of found.results) if (s.attrs.last_check_result && s.attrs.last_check_result.execution_end >= asked) results.set(s.name, s.attrs.last_check_result);
      if (results.size < 4) await new Promise((r) => setTimeout(r, 200));
    }
  }, 180_000);

  afterAll(async () => {
    await icinga?.stop();
    await open?.close();
  });

  it('the example services apply to a host marked for maildoctor', () => {
    expect([...results.keys()].sort()).toEqual(['helpdesk!maildoctor', 'helpdesk!maildoctor-port-closed', 'helpdesk!maildoctor-port-open', 'helpdesk!maildoctor-tls-smtp']);
  });

  it('a reachable port is OK, with its perfdata', () => {
    const r = results.get('helpdesk!maildoctor-port-open')!;
    expect(r.output.trimEnd()).toBe('MAILDOCTOR OK - 1 of 1 checks passed');
    expect(r.state).toBe(0);
    expect(r.command).toEqual([BIN, 'port', '--format', 'nagios', `127.0.0.1:${open.port}`]);
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
    expect(r.command).toEqual([BIN, 'tls', '--format', 'nagios', `127.0.0.1:${open.port}`]);
    expect(r.state).toBe(2);
    expect(r.output).toMatch(/^MAILDOCTOR CRITICAL - 1 of 1 checks not OK: tls 127\.0\.0\.1:\d+ /);
  });

  it('the run service passes --config and reports what the config’s checks found', () => {
    const r = results.get('helpdesk!maildoctor')!;
    expect(r.command.slice(0, 5)).toEqual([BIN, 'run', '--format', 'nagios', '--config']);
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
