// Finds the ServiceOps JVM the way the guide does: `boot-hosted` in ps, else the Main PID of flotomate-main.
import { UsageError } from '../../../core/errors.js';
import { SERVICEOPS_PROCESS_MARKER, SERVICEOPS_UNIT } from './paths.js';
import { runProgram } from '../../../core/run-program.js';

/** How the JVM was found, or what was tried. */
export type JvmLookup = { pid: number; how: string } | { pid?: undefined; tried: string[] };

/** Runs a small command; undefined when it is missing or fails. */
async function output(cmd: string, args: string[], env: NodeJS.ProcessEnv, signal: AbortSignal, timeoutMs: number): Promise<string | undefined> {
  const r = await runProgram(cmd, args, { env, signal, timeoutMs });
  return r.exitCode === 0 ? r.stdout : undefined;
}

/** PIDs of Java processes whose command line contains the marker (default `boot-hosted`), not maildoctor itself. */
export async function psCandidates(
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  timeoutMs: number,
  marker = SERVICEOPS_PROCESS_MARKER,
): Promise<Array<{ pid: number; args: string }>> {
  const out = await output('ps', ['-eo', 'pid=,args='], env, signal, timeoutMs);
  if (!out) return [];
  return out
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && (m[2] ?? '').includes(marker) && Number(m[1]) !== process.pid)
    .filter((m) => /\bjava\b|\.jar\b/.test(m[2] ?? ''))
    .map((m) => ({ pid: Number(m[1]), args: m[2] ?? '' }));
}

/** The ServiceOps JVM's PID; several `boot-hosted` JVMs are a usage error asking for --pid. */
export async function findServiceJvm(env: NodeJS.ProcessEnv, signal: AbortSignal, timeoutMs: number, marker = SERVICEOPS_PROCESS_MARKER): Promise<JvmLookup> {
  const tried: string[] = [];
  const found = await psCandidates(env, signal, timeoutMs, marker);
  tried.push(`ps: ${found.length} process${found.length === 1 ? '' : 'es'} with "${marker}"`);
  if (found.length > 1) throw new UsageError(`several ${marker} JVMs are running (PIDs ${found.map((f) => f.pid).join(', ')}): choose one with --pid`);
  if (found[0]) return { pid: found[0].pid, how: `ps (${marker})` };
  const main = await output('systemctl', ['show', '--property=MainPID', '--value', SERVICEOPS_UNIT], env, signal, timeoutMs);
  const pid = Number(main?.trim());
  tried.push(`systemctl: Main PID of ${SERVICEOPS_UNIT} ${main === undefined ? 'not available' : `is ${main.trim() || 'empty'}`}`);
  if (Number.isInteger(pid) && pid > 0) return { pid, how: `systemctl (${SERVICEOPS_UNIT} Main PID)` };
  return { tried };
}
