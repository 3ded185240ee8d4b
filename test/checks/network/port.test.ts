import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../../helpers/cli.js';
import { blackholeServer, closedPort, listen, type TestServer } from '../../helpers/net-servers.js';
import { droppingPort, type DroppingPort } from '../../helpers/syn-drop.js';
import { schemaErrors } from '../../helpers/schema.js';
import { withinTimeout } from '../../helpers/timing.js';

describe('maildoctor port against real sockets', () => {
  let open: TestServer;
  let silent: TestServer;
  let filtered: DroppingPort;
  let closed: number;

  beforeAll(async () => {
    open = await listen(createServer((s) => s.end('220 ready\r\n')));
    silent = await blackholeServer();
    filtered = await droppingPort();
    closed = await closedPort();
  });
  afterAll(async () => {
    await open.close();
    await silent.close();
    filtered.stop();
  });

  it('passes on a listening port and reports the connect time', async () => {
    const { code, report } = await runJson(['port', `127.0.0.1:${open.port}`]);
    expect(code).toBe(0);
    expect(schemaErrors(report)).toEqual([]);
    const [r] = report.results;
    expect(r.status).toBe('pass');
    expect(r.summary).toMatch(/^connected to 127\.0\.0\.1:\d+ in \d+ ms/);
    expect(typeof r.evidence.connectMs).toBe('number');
  });

  it('a server that accepts and never speaks still counts as an open port, at once (not after the 60 s timeout)', async () => {
    const started = Date.now();
    const { report } = await runJson(['port', `127.0.0.1:${silent.port}`, '--timeout', '60000']);
    expect(report.results[0].status).toBe('pass');
    // Five times the second an open port may take on a loaded machine; waiting for a greeting would take 60 s.
    expect(Date.now() - started).toBeLessThan(5 * 1000);
  });

  it('tells a refused port apart', async () => {
    const { code, report } = await runJson(['port', `127.0.0.1:${closed}`]);
    expect(code).toBe(1);
    expect(report.results[0].status).toBe('fail');
    expect(report.results[0].findings.map((f: { cause: string }) => f.cause)).toEqual(['tcp.refused']);
  });

  it('a filtered port times out within the timeout, as tcp.timeout', async () => {
    const started = Date.now();
    const { report } = await runJson(['port', `127.0.0.1:${filtered.port}`, '--timeout', '800']);
    const took = Date.now() - started;
    expect(report.results[0].findings.map((f: { cause: string }) => f.cause)).toEqual(['tcp.timeout']);
    // A timer never fires early, so the lower bound holds on any machine; the upper one is five times the claim.
    expect(took).toBeGreaterThanOrEqual(700);
    expect(took).toBeLessThan(withinTimeout(800));
  });

  it('a name that does not resolve is a DNS finding, not a port finding', async () => {
    const { report } = await runJson(['port', 'no-such-host.invalid:587', '--timeout', '3000']);
    expect(report.results[0].findings.map((f: { cause: string }) => f.cause)).toEqual(['tcp.name-not-resolved']);
  });

  it('names the protocol expected on a mail port', async () => {
    const { report } = await runJson(['port', `127.0.0.1:${closed}`, 'localhost:993', '--timeout', '500']);
    expect(report.results[1].evidence.expected).toBe('IMAP over implicit TLS (IMAPS)');
  });

  it('checks several targets concurrently', async () => {
    const started = Date.now();
    const { report } = await runJson(['port', `127.0.0.1:${filtered.port}`, `127.0.0.1:${open.port}`, `localhost:${filtered.port}`, '--timeout', '1000']);
    expect(report.results).toHaveLength(3);
    expect(report.results.map((r: { status: string }) => r.status)).toEqual(['fail', 'pass', 'fail']);
    expect(Date.now() - started).toBeLessThan(withinTimeout(1000));
  });
});
