// The systemd service and timer pass `systemd-analyze verify`, and the service's command writes the metrics file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, requireBuild } from '../helpers/bin.js';
import { liveAvailable } from '../helpers/live.js';

const unit = (name: string) => readFileSync(join(REPO, 'contrib/systemd', name), 'utf8');

describe.skipIf(!liveAvailable('systemd-analyze'))('systemd units', () => {
  const dir = mkdtempSync(join(tmpdir(), 'md-systemd-'));
  const out = join(dir, 'maildoctor.prom');
  // The launcher must exist for verify; point ExecStart at this checkout and a test config.
  const service = unit('maildoctor-prometheus.service')
    .replace('/usr/local/bin/maildoctor', BIN)
    .replace('/etc/maildoctor/maildoctor.yaml', join(REPO, 'fixtures/config/valid.yaml'))
    .replace('/var/lib/prometheus/node-exporter/maildoctor.prom', out);
  writeFileSync(join(dir, 'maildoctor-prometheus.service'), service);
  writeFileSync(join(dir, 'maildoctor-prometheus.timer'), unit('maildoctor-prometheus.timer'));

  it('verify without a warning', () => {
    const r = spawnSync('systemd-analyze', ['verify', join(dir, 'maildoctor-prometheus.service'), join(dir, 'maildoctor-prometheus.timer')], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the timer fires every 5 minutes', () => {
    const spec = /^OnCalendar=(.+)$/m.exec(unit('maildoctor-prometheus.timer'))![1]!;
    const r = spawnSync('systemd-analyze', ['calendar', '--iterations=3', spec], { encoding: 'utf8' });
    const times = [...r.stdout.matchAll(/(\d\d):(\d\d):00 /g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    expect(times).toHaveLength(3);
    expect([(times[1]! - times[0]! + 1440) % 1440, (times[2]! - times[1]! + 1440) % 1440]).toEqual([5, 5]);
  });

  it('ExecStart writes the metrics file, and exit 1 counts as success', () => {
    requireBuild();
    const exec = /^ExecStart=(.+)$/m.exec(service)![1]!;
    const r = spawnSync('sh', ['-c', exec.replace(BIN, `${process.execPath} ${BIN}`)], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('maildoctor_last_run_timestamp_seconds ');
    const success = /^SuccessExitStatus=(.+)$/m.exec(service)![1]!.split(/\s+/).map(Number);
    expect([0, ...success]).toContain(r.status);
  });
});
