// SIGINT and SIGTERM stop every check still running; the report of what finished is written and the exit status is 130 / 143.
import { spawn } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, requireBuild } from './helpers/bin.js';
import { closedPort, listen } from './helpers/net-servers.js';
import { schemaErrors } from './helpers/schema.js';

/** Runs a TLS check against a peer that never answers beside one that refuses, and sends `sig` once the first is waiting. */
async function stopWith(sig: 'SIGINT' | 'SIGTERM'): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  requireBuild();
  let connected: () => void = () => {};
  const waiting = new Promise<void>((resolve) => (connected = resolve));
  const silent = await listen(createServer((s: Socket) => (s.on('error', () => {}), connected())));
  const refused = await closedPort();
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, 'tls', `127.0.0.1:${silent.port}`, `127.0.0.1:${refused}`, '--timeout', '30s', '--format', 'json'], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await waiting;
  await new Promise((r) => setTimeout(r, 300));
  child.kill(sig);
  const code = await exited;
  await silent.close();
  return { code, stdout, stderr, ms: Date.now() - started };
}

describe('signals', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exit %i, with the report of what finished', async (sig, status) => {
    const r = await stopWith(sig);
    expect(r.code).toBe(status);
    expect(r.ms).toBeLessThan(5 * 3000 + 1000);
    expect(r.stderr).toBe(`maildoctor: ${sig}: stopping the checks still running (again to quit at once)\n`);
    const report = JSON.parse(r.stdout) as { exitCode: number; stoppedBy?: string; results: { status: string; summary: string; error?: { name: string } }[] };
    expect(report).toMatchObject({ exitCode: status, stoppedBy: sig });
    expect(schemaErrors(report)).toEqual([]);
    const [waiting, refused] = report.results;
    expect(refused!.status).toBe('fail');
    expect(waiting!.status).toBe('error');
    expect(waiting!.summary).toBe(`stopped by ${sig} before it finished`);
    expect(waiting!.error?.name).toBe('InterruptedError');
  });
});
