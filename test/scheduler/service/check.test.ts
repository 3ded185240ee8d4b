import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/runner.js';
import { serviceCheck, systemdRunning } from '../../../src/scheduler/service/check.js';
import { parseSystemctlStatus } from '../../../src/scheduler/service/systemctl-status.js';

const RUNNING = `● flotomate-main.service - Flotomate Main Server
     Loaded: loaded (/etc/systemd/system/flotomate-main.service; enabled; preset: enabled)
     Active: active (running) since Sat 2026-11-21 09:12:03 UTC; 4h 53min ago
   Main PID: 1234 (java)
      Tasks: 187 (limit: 19027)
     Memory: 2.1G
        CPU: 1h 2min 3.456s
     CGroup: /system.slice/flotomate-main.service
             └─1234 /opt/flotomate/jdk/bin/java -jar boot-hosted.jar`;

const FAILED = `× flotomate-main.service - Flotomate Main Server
     Loaded: loaded (/etc/systemd/system/flotomate-main.service; enabled; preset: enabled)
     Active: failed (Result: exit-code) since Sat 2026-11-21 13:58:41 UTC; 6min ago
   Duration: 4h 46min 38.120s
    Process: 1234 ExecStart=/opt/flotomate/bin/start.sh (code=exited, status=1/FAILURE)
   Main PID: 1234 (code=exited, status=1/FAILURE)`;

const INACTIVE = `○ flotomate-main.service - Flotomate Main Server
     Loaded: loaded (/etc/systemd/system/flotomate-main.service; disabled; preset: enabled)
     Active: inactive (dead)`;

describe('systemctl status parsing', () => {
  it('reads an active unit with its main PID and start time', () => {
    expect(parseSystemctlStatus(RUNNING)).toEqual({
      found: true,
      loaded: 'loaded',
      active: 'active (running)',
      activeState: 'active',
      since: 'Sat 2026-11-21 09:12:03 UTC',
      mainPid: 1234,
    });
  });

  it('reads failed and inactive units', () => {
    expect(parseSystemctlStatus(FAILED)).toMatchObject({
      found: true,
      activeState: 'failed',
      active: 'failed (Result: exit-code)',
      since: 'Sat 2026-11-21 13:58:41 UTC',
    });
    expect(parseSystemctlStatus(INACTIVE)).toMatchObject({ found: true, activeState: 'inactive', active: 'inactive (dead)' });
    expect(parseSystemctlStatus(INACTIVE).since).toBeUndefined();
  });

  it('recognises a unit that does not exist', () => {
    expect(parseSystemctlStatus('Unit flotomate-main.service could not be found.')).toEqual({ found: false });
    expect(parseSystemctlStatus('○ x.service\n     Loaded: not-found (Reason: Unit x.service not found.)\n     Active: inactive (dead)').found).toBe(false);
  });
});

describe('service check', () => {
  it('skips without error when systemd is not running', async () => {
    const [result] = await runChecks([serviceCheck('flotomate-main', () => false)]);
    expect(result).toMatchObject({ id: 'service', status: 'skip', target: 'flotomate-main' });
    expect(result!.summary).toContain('systemd is not running');
  });

  it.skipIf(!systemdRunning())('asks the real systemd about a unit that does not exist', async () => {
    const [result] = await runChecks([serviceCheck('maildoctor-no-such-unit')]);
    expect(result!.findings[0]!.cause).toBe('service.not-found');
  });

  it.skipIf(systemdRunning())('on this machine (no systemd) really skips', async () => {
    const [result] = await runChecks([serviceCheck('flotomate-main')]);
    expect(result!.status).toBe('skip');
  });
});
