// Gate for live tests: a missing server binary skips locally, but fails under MAILDOCTOR_LIVE=required (CI).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** True when CI demands that every live test really runs. */
export const LIVE_REQUIRED = process.env.MAILDOCTOR_LIVE === 'required';

/** True when a program is on PATH (or an absolute path exists). */
export function hasProgram(program: string): boolean {
  if (program.startsWith('/')) return existsSync(program);
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether live tests needing `programs` can run. Returns false (skip) when one is missing locally;
 * throws under MAILDOCTOR_LIVE=required so that CI never silently skips.
 */
export function liveAvailable(...programs: string[]): boolean {
  const missing = programs.filter((p) => !hasProgram(p));
  if (missing.length === 0) return true;
  if (LIVE_REQUIRED) throw new Error(`live test servers missing: ${missing.join(', ')} (run scripts/install-test-servers.sh as root)`);
  return false;
}
