// Runs a command under a pseudo-terminal made by util-linux `script`: 0x0 unless the command sets a size with stty.
import { spawn } from 'node:child_process';
import { BIN, REPO, requireBuild, type Exited } from './bin.js';

/** Shell-quotes one word. */
function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs `node bin/maildoctor.js ...args` on a fresh pty (`script -qec`), stdin from /dev/null, and returns everything
 * the terminal received. `size` runs `stty cols C rows R` first; without it the pty is 0x0, as automation's often are.
 * A `timeout -s KILL` inside the pty ends the command even if it ignores every other signal.
 */
export function runOnPty(args: string[], o: { size?: [number, number]; env?: NodeJS.ProcessEnv; killAfterS?: number } = {}): Promise<Exited> {
  requireBuild();
  const command = [
    ...(o.size ? [`stty cols ${o.size[0]} rows ${o.size[1]};`] : []),
    `exec timeout -s KILL ${o.killAfterS ?? 60}`,
    quote(process.execPath),
    quote(BIN),
    ...args.map(quote),
  ].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: REPO, env: { ...process.env, ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
