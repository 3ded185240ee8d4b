// On a pseudo-terminal of size 0x0 (script, docker run -t, ssh -tt from automation) or TERM=dumb: no cursor movement, no hang.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveAvailable } from '../helpers/live.js';
import { blackholeServer, listen, type TestServer } from '../helpers/net-servers.js';
import { runOnPty } from '../helpers/pty.js';

/** Cursor movement and line erasing as ora draws them: up, erase line, column 1, hide or show the cursor. */
const CURSOR = /\u001b\[(?:\d*[AGK]|\?25[lh])/;

describe.skipIf(!liveAvailable('script', 'stty', 'timeout'))('terminal conventions under a real pty', () => {
  let silent: TestServer;
  beforeAll(async () => {
    silent = await blackholeServer();
  });
  afterAll(async () => {
    await silent.close();
  });

  // The TLS handshake with a peer that never answers lasts the whole --timeout: long enough for a progress line.
  const slow = () => ['tls', `127.0.0.1:${silent.port}`, '--timeout', '6000'];

  it('a 0x0 pty gets plain progress lines and the report, and the run ends with its timeout', async () => {
    const started = Date.now();
    const r = await runOnPty(slow(), { env: { TERM: 'xterm-256color', CI: '' } });
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(CURSOR);
    expect(r.stdout).toMatch(/^maildoctor: \d+\.\d s, 0 checks done; running: tls 127\.0\.0\.1:\d+\r?$/m);
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/1 failed \(exit 1/);
  });

  it('TERM=dumb on a sized pty gets no cursor movement and no colour', async () => {
    const r = await runOnPty(slow(), { size: [100, 30], env: { TERM: 'dumb', CI: '' } });
    expect(r.stdout).not.toMatch(CURSOR);
    expect(r.stdout).not.toMatch(/\u001b\[\d+m/);
    expect(r.stdout).toMatch(/^maildoctor: \d+\.\d s, 0 checks done/m);
  });

  it('NO_COLOR on a terminal: no colour; without it: colour (so the check above can fail)', async () => {
    const plain = await runOnPty(['port', '127.0.0.1:1'], { size: [100, 30], env: { TERM: 'xterm', NO_COLOR: '1', CI: '' } });
    expect(plain.stdout).not.toMatch(/\u001b\[\d+m/);
    const coloured = await runOnPty(['port', '127.0.0.1:1'], { size: [100, 30], env: { TERM: 'xterm', CI: '' } });
    expect(coloured.stdout).toMatch(/\u001b\[\d+m/);
  });

  it('SIGTERM on a 0x0 pty ends the run with 143 and the report', async () => {
    let connected: () => void = () => {};
    const waiting = new Promise<void>((resolve) => (connected = resolve));
    const peer = await listen(createServer((s) => (s.on('error', () => {}), connected())));
    const run = runOnPty(['tls', `127.0.0.1:${peer.port}`, '--timeout', '30s'], { env: { TERM: 'xterm', CI: '' } });
    await waiting;
    const line = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
      .split('\n')
      .find((l) => l.includes(`maildoctor.js tls 127.0.0.1:${peer.port}`) && !l.includes('timeout -s'));
    process.kill(Number(line!.trim().split(/\s+/)[0]), 'SIGTERM');
    const r = await run;
    await peer.close();
    expect(r.code).toBe(143);
    expect(r.stdout).toContain('stopped by SIGTERM before it finished');
  });

  it('a usable terminal does get the spinner (so the checks above can fail)', async () => {
    const r = await runOnPty(['tls', `127.0.0.1:${silent.port}`, '--timeout', '1500'], { size: [100, 30], env: { TERM: 'xterm-256color', CI: '' } });
    expect(r.stdout).toMatch(CURSOR);
  });

  it('every quick command on a 0x0 pty ends and writes no cursor movement', async () => {
    for (const args of [['--help'], ['explain', '535 5.7.8 Error: authentication failed'], ['audit', 'fixtures/audit/full.csv'], ['port', '127.0.0.1:1']]) {
      const r = await runOnPty(args, { env: { TERM: 'xterm-256color', CI: '' }, killAfterS: 30 });
      expect(r.code, args.join(' ')).not.toBe(137);
      expect(r.stdout, args.join(' ')).not.toMatch(CURSOR);
    }
  });
});
