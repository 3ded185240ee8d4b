// Runs the ServiceOps dump script and picks up the file path it prints.
import { access } from 'node:fs/promises';
import { runProgram } from '../../../core/run-program.js';

/** What the script did: the dump file it named, or why there is none. */
export type ScriptOutcome = { ok: true; file: string } | { ok: false; message: string };

/** Runs `script`; the last existing path in its output ending in .txt or .log is the dump. */
export async function runDumpScript(script: string, env: NodeJS.ProcessEnv, signal: AbortSignal, timeoutMs: number): Promise<ScriptOutcome> {
  const r = await runProgram(script, [], { env, signal, timeoutMs, all: true });
  const text = r.all;
  if (r.exitCode !== 0)
    return {
      ok: false,
      message:
        `${script} ${r.timedOut ? `timed out after ${timeoutMs} ms` : `exited with ${r.exitCode ?? r.signal}`}: ${text.trim().split('\n').pop() ?? ''}`.trim(),
    };
  const paths = [...text.matchAll(/(\/[^\s'"]+\.(?:txt|log))/g)].map((m) => m[1] ?? '').reverse();
  for (const p of paths) {
    if (
      await access(p).then(
        () => true,
        () => false,
      )
    )
      return { ok: true, file: p };
  }
  return { ok: false, message: `${script} did not name an existing dump file in its output` };
}
