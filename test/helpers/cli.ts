// Runs maildoctor's main() in-process with captured streams, as a user would from a shell.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli.js';
import type { CommandIO } from '../../src/core/kind.js';

/** What one invocation printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `maildoctor ...args`; stdin may be given as text or bytes. */
export async function runCli(args: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const io: CommandIO = {
    stdout,
    stderr,
    stdin,
    env: { ...(options.env ?? {}), PATH: process.env.PATH },
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(['node', 'maildoctor', ...args], io);
  return { code, stdout: out, stderr: err };
}

/** Runs maildoctor with --format json and parses the report. */
export async function runJson(args: string[], options: Parameters<typeof runCli>[1] = {}): Promise<CliResult & { report: any }> {
  const r = await runCli([...args, '--format', 'json'], options);
  let report: any;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 500)}`);
  }
  return { ...r, report };
}
