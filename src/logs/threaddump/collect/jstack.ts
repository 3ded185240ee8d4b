// Runs `jstack -l PID` (from PATH or JAVA_HOME) into a file, telling "not installed" from "failed".
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runProgram } from '../../../core/run-program.js';

/** What one jstack run did. */
export type JstackOutcome =
  { ok: true; file: string; command: string } | { ok: false; missing: true } | { ok: false; missing: false; message: string; command: string };

/** The jstack to run: $JAVA_HOME/bin/jstack when JAVA_HOME is set, else `jstack` from PATH. */
function jstackCommand(env: NodeJS.ProcessEnv): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'jstack') : 'jstack';
}

/** Takes one dump of `pid` into `file`; never throws for a missing or failing jstack. */
export async function runJstack(pid: number, file: string, env: NodeJS.ProcessEnv, signal: AbortSignal, timeoutMs: number): Promise<JstackOutcome> {
  const cmd = jstackCommand(env);
  const command = `${cmd} -l ${pid}`;
  const r = await runProgram(cmd, ['-l', String(pid)], { env, signal, timeoutMs, maxBuffer: 512 * 1024 * 1024 });
  if (r.missing) return { ok: false, missing: true };
  const out = r.stdout;
  if (r.exitCode !== 0 || !out.includes('Full thread dump')) {
    const why = r.timedOut
      ? `timed out after ${timeoutMs} ms`
      : (`${r.stderr}\n${out}`
          .split('\n')
          .map((l) => l.trim())
          .find((l) => l.length > 0) ?? `exit code ${r.exitCode}`);
    return { ok: false, missing: false, message: why, command };
  }
  await writeFile(file, out.endsWith('\n') ? out : `${out}\n`);
  return { ok: true, file, command };
}
