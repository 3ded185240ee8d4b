// Runs the built CLI as a child process and measures it: exit code, output, wall time and peak memory (maxRSS).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'maildoctor.js');
const TIME = '/usr/bin/time';

/** What one child run did. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory in MB (from GNU time), or NaN when it could not be measured. */
  rssMb: number;
  /** True when the run had to be killed at `killAfterMs`. */
  killed: boolean;
}

/** How to run the child. */
export interface ChildOptions {
  /** Kill the child after this long (a hang guard for the test itself, far beyond any bound asserted). */
  killAfterMs?: number;
  /** Run as this user id (root only): for files that root could read anyway. */
  uid?: number;
  /** Text for stdin; `keepOpen` leaves stdin an open pipe that never delivers a byte. */
  stdin?: string | { keepOpen: true };
  env?: NodeJS.ProcessEnv;
}

/** Runs `maildoctor ...args` in a child process. */
export function runChild(args: string[], options: ChildOptions = {}): Promise<ChildRun> {
  const timed = existsSync(TIME);
  const cmd = timed ? TIME : process.execPath;
  const argv = timed ? ['-f', 'MAILDOCTOR-MAXRSS-KB %M', process.execPath, BIN, ...args] : [BIN, ...args];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    if (typeof options.stdin === 'string') child.stdin.end(options.stdin);
    else if (!options.stdin) child.stdin.end();
    const guard = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.killAfterMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      if (!child.stdin.destroyed) child.stdin.destroy();
      const m = /MAILDOCTOR-MAXRSS-KB (\d+)\s*$/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/(Command exited with non-zero status \d+\n)?MAILDOCTOR-MAXRSS-KB \d+\s*$/, ''),
        ms: Math.round(performance.now() - started),
        rssMb: m ? Math.round(Number(m[1]) / 1024) : NaN,
        killed,
      });
    });
  });
}

/** One row of a closing table: what a hostile case did. */
export interface CaseRow {
  name: string;
  code: number | null;
  cause: string;
  ms: number;
  rssMb: number;
}

/** The rows as a Markdown table, for the test log and the closing figures. */
export function caseTable(rows: CaseRow[]): string {
  const lines = ['| case | exit | cause / message | time | peak RSS |', '|---|---|---|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${r.code} | ${r.cause.replace(/\s+/g, ' ').replace(/\|/g, '/').slice(0, 110)} | ${(r.ms / 1000).toFixed(2)} s | ${Number.isNaN(r.rssMb) ? '?' : `${r.rssMb} MB`} |`,
    );
  return lines.join('\n');
}
