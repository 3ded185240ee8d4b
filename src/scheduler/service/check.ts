// The application service as systemd sees it (`systemctl status flotomate-main`); no systemd means skip, not error.
import { existsSync } from 'node:fs';
import type { Check, CheckOutcome } from '../../core/types.js';
import { parseSystemctlStatus } from './systemctl-status.js';
import { runProgram } from '../../core/run-program.js';

/** True when this machine was booted with systemd (the test sd_booted() does). */
export function systemdRunning(): boolean {
  return existsSync('/run/systemd/system');
}

/** Builds the service status check for one unit. */
export function serviceCheck(name: string, booted: () => boolean = systemdRunning): Check {
  return {
    id: 'service',
    title: 'Service status',
    target: name,
    async run(ctx): Promise<CheckOutcome> {
      if (!booted()) return { summary: '', findings: [], skipped: 'systemd is not running on this machine; service status not checked' };
      const result = await runProgram('systemctl', ['status', name, '--no-pager', '--lines=0'], {
        signal: ctx.signal,
        timeoutMs: ctx.timeoutMs,
        env: { LC_ALL: 'C', SYSTEMD_COLORS: '0' },
        extendEnv: true,
      });
      if (result.missing) return { summary: '', findings: [], skipped: 'systemctl is not installed; service status not checked' };
      const status = parseSystemctlStatus(`${result.stdout}\n${result.stderr}`);
      const evidence = { service: name, exitCode: result.exitCode ?? null, ...status };
      if (!status.found)
        return { summary: `unit ${name} not found`, findings: [{ cause: 'service.not-found', detail: `systemd has no unit ${name}`, evidence }], evidence };
      if (status.activeState === 'active') {
        const detail = `${name} is ${status.active}${status.since ? ` since ${status.since}` : ''}${status.mainPid ? `, main PID ${status.mainPid}` : ''}`;
        return { summary: detail, findings: [{ cause: 'service.active', detail, evidence }], evidence };
      }
      const detail = `${name} is ${status.active ?? `not active (systemctl exit ${result.exitCode})`}${status.since ? ` since ${status.since}` : ''}`;
      return { summary: detail, findings: [{ cause: 'service.inactive', detail, evidence }], evidence };
    },
  };
}
