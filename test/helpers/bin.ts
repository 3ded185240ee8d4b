// Runs the built launcher (bin/maildoctor.js) as a separate process, as a shell would.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The launcher and the repository it belongs to. */
export const BIN = fileURLToPath(new URL('../../bin/maildoctor.js', import.meta.url));
export const REPO = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** What a finished process left behind. */
export interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Throws a clear message when dist/ is missing: these tests run what `npm run build` produced. */
export function requireBuild(): void {
  if (!existsSync(new URL('../../dist/cli.js', import.meta.url))) throw new Error('dist/cli.js is missing: run `npm run build` first');
}

/**
 * Spawns `node bin/maildoctor.js ...args`. With `closeStdout`, the read end of its stdout pipe is closed at once,
 * so its first write meets a pipe with no reader.
 */
export function runBin(args: string[], o: { stdin?: string; env?: NodeJS.ProcessEnv; closeStdout?: boolean; timeoutMs?: number } = {}): Promise<Exited> {
  requireBuild();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, ...o.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    if (o.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.on('error', () => {});
    child.stdin.end(o.stdin ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
