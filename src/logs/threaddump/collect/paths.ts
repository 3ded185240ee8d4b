// Where ServiceOps keeps its dump script and logs (ServiceOps — Email Server Troubleshooting › Thread Dump Collection and Analysis), and dump file names.
import { join } from 'node:path';

/** The ServiceOps built-in dump script (Method 1 of the guide). */
export const SERVICEOPS_DUMP_SCRIPT = '/usr/local/bin/ServiceOps-ThreadDump';

/** Where the guide saves manual dumps. */
export const SERVICEOPS_LOG_DIR = '/opt/flotomate/main-server/logs';

/** The systemd unit of the ServiceOps main server. */
export const SERVICEOPS_UNIT = 'flotomate-main';

/** The marker of the ServiceOps JVM in `ps aux`. */
export const SERVICEOPS_PROCESS_MARKER = 'boot-hosted';

/** `threaddump-manual-YYYYmmdd_HHMMSS.txt` like the guide's `$(date +%Y%m%d_%H%M%S)`, in local time. */
export function manualDumpName(at: Date, dir: string, suffix = ''): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}_${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return join(dir, `threaddump-manual-${stamp}${suffix}.txt`);
}
