// The shipped recipes run maildoctor with arguments it accepts: Ansible, cron, Nagios and NRPE, each executed here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, REPO, requireBuild } from '../helpers/bin.js';

const CONFIG = join(REPO, 'fixtures/config/valid.yaml');
const read = (path: string) => readFileSync(join(REPO, path), 'utf8');

/** A recipe's command line with the install paths pointed at this checkout and a test config. */
function local(line: string, out?: string): string {
  let cmd = line.replaceAll('/usr/local/bin/maildoctor', `${process.execPath} ${BIN}`).replaceAll('/etc/maildoctor/maildoctor.yaml', CONFIG);
  if (out) cmd = cmd.replaceAll('/var/lib/prometheus/node-exporter/maildoctor.prom', out);
  return cmd;
}

function sh(command: string) {
  requireBuild();
  return spawnSync('sh', ['-c', command], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('ansible playbook', () => {
  const plays = parse(read('contrib/ansible/maildoctor-fleet.yml')) as any[];
  const tasks = plays[0].tasks as any[];
  const run = tasks.find((t) => t['ansible.builtin.command']);

  it('is one play whose tasks use fully qualified builtin modules', () => {
    expect(plays).toHaveLength(1);
    expect(plays[0].gather_facts).toBe(false);
    for (const t of tasks)
      expect(
        Object.keys(t).some((k) => k.startsWith('ansible.builtin.')),
        t.name,
      ).toBe(true);
    expect(run.failed_when).toBe('maildoctor.rc not in [0, 1]');
    expect(tasks.find((t) => t['ansible.builtin.copy'])['ansible.builtin.copy'].content).toContain('maildoctor.stdout');
  });

  it('its argv runs maildoctor and prints a JSON report with exit 0 or 1', () => {
    const vars = plays[0].vars as Record<string, string>;
    const argv = (run['ansible.builtin.command'].argv as string[]).map((a) =>
      a.replace('{{ maildoctor_bin }}', vars.maildoctor_bin!).replace('{{ maildoctor_config }}', vars.maildoctor_config!),
    );
    expect(argv.slice(0, 2)).toEqual(['/usr/local/bin/maildoctor', 'run']);
    const r = spawnSync(process.execPath, [BIN, ...argv.slice(1).map((a) => (a === '/etc/maildoctor/maildoctor.yaml' ? CONFIG : a))], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect([0, 1]).toContain(r.status);
    const report = JSON.parse(r.stdout);
    expect(report.totals).toHaveProperty('fail');
    expect(report.results.length).toBeGreaterThan(0);
  });
});

describe('cron line', () => {
  const line = read('contrib/cron/maildoctor')
    .split('\n')
    .find((l) => l.trim() && !l.startsWith('#'))!;
  const fields = line.split(/\s+/);

  it('runs every 5 minutes as the prometheus user', () => {
    expect(fields.slice(0, 6)).toEqual(['*/5', '*', '*', '*', '*', 'prometheus']);
  });

  it('its command writes the metrics file and says nothing (cron would mail any output)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'md-cron-')), 'maildoctor.prom');
    const r = sh(local(fields.slice(6).join(' '), out));
    expect(r.stdout + r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(readFileSync(out, 'utf8')).toMatch(/^# HELP maildoctor_check_status /);
  });
});

describe('nagios and nrpe', () => {
  it('the Nagios command line, with a service’s arguments, prints a plugin status line with perfdata', () => {
    const cfg = read('contrib/monitoring/nagios/maildoctor.cfg');
    const commandLine = /command_line\s+(.+)/.exec(cfg)![1]!;
    const r = sh(local(commandLine).replace('$ARG1$', 'explain').replace('$ARG2$', "'Outgoing failed: Mail server connection failed'"));
    expect(r.stdout).toMatch(/^MAILDOCTOR CRITICAL - .+ \| pass=0;;;0;1 .*cause_audit\.outgoing\.connection-failed=1;;;0\n/);
    expect(r.status).toBe(2);
  });

  it('the NRPE command prints a plugin status line and a plugin exit code', () => {
    const nrpe = read('contrib/monitoring/nrpe/maildoctor.cfg');
    const [, name, command] = /^command\[(\w+)\]=(.+)$/m.exec(nrpe)!;
    expect(name).toBe('check_maildoctor');
    const r = sh(local(command!));
    expect(r.stdout).toMatch(/^MAILDOCTOR CRITICAL - .+ \| pass=\d/);
    expect(r.status).toBe(2);
  });
});
