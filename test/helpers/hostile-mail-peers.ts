// The peers every mail login check (smtp, imap, pop3) must survive with one clear cause: shared cases, one place.
import { afterAll, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core/types.js';
import { blackholeServer, hangingHandshakeServer, lineServer, type TestServer } from './net-servers.js';
import { starttlsServer, tlsServer } from './tls-servers.js';
import { withinTimeout } from './timing.js';

/** How a protocol's test file runs its check against 127.0.0.1 with a password login. */
export interface HostilePeerProtocol {
  protocol: 'smtp' | 'imap' | 'pop3';
  run(port: number, security: 'tls' | 'starttls', timeoutMs: number): Promise<CheckResult>;
  /** What the protocol's greeting starts with: `220`, `* OK`, `+OK`. */
  greeting: string;
  /** A line the client sends that carries credentials; none may go out before TLS. */
  credentials: RegExp;
}

const failing = (r: CheckResult) => r.findings.filter((f) => f.severity === 'fail').map((f) => f.cause);

/** Registers the shared cases: each ends with one failing cause, the silent ones within timeout + 1 s, and no credentials leave in clear. */
export function hostilePeerCases(p: HostilePeerProtocol): void {
  const servers: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });
  const serve = async (started: Promise<TestServer>): Promise<TestServer> => {
    const srv = await started;
    servers.push(srv);
    return srv;
  };
  const sentCredentials = (r: CheckResult) => r.transcript?.some((l) => l.dir === '>' && p.credentials.test(l.text)) ?? false;

  it('TLS handshake that never completes -> tls.handshake-timeout within timeout + 1 s', async () => {
    const srv = await serve(hangingHandshakeServer());
    const started = Date.now();
    const r = await p.run(srv.port, 'tls', 500);
    expect(Date.now() - started).toBeLessThan(withinTimeout(500));
    expect(failing(r)).toEqual(['tls.handshake-timeout']);
  });

  it('a server that accepts and never speaks -> tls.no-greeting within timeout + 1 s', async () => {
    const srv = await serve(blackholeServer());
    const started = Date.now();
    const r = await p.run(srv.port, 'starttls', 500);
    expect(Date.now() - started).toBeLessThan(withinTimeout(500));
    expect(failing(r)).toEqual(['tls.no-greeting']);
  });

  it('a 1 MB greeting line -> mail.reply-too-long, no crash', async () => {
    const srv = await serve(lineServer(`${p.greeting} ${'x'.repeat(1024 * 1024)}\r\n`, () => null));
    const r = await p.run(srv.port, 'starttls', 1000);
    expect(r.status).toBe('fail');
    expect(failing(r)).toEqual(['mail.reply-too-long']);
  });

  it('garbage instead of a greeting -> tls.bad-greeting, with the line as evidence', async () => {
    const srv = await serve(lineServer('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n', () => null));
    const r = await p.run(srv.port, 'starttls', 1000);
    expect(failing(r)).toEqual(['tls.bad-greeting']);
    expect(String(r.findings.find((f) => f.cause === 'tls.bad-greeting')?.evidence.reply)).toMatch(/^SSH-2\.0-OpenSSH/);
  });

  it('STARTTLS asked for but not offered -> tls.starttls-not-offered, no credentials sent', async () => {
    const srv = await serve(starttlsServer(p.protocol, 'no-starttls'));
    const r = await p.run(srv.port, 'starttls', 1000);
    expect(failing(r)).toEqual(['tls.starttls-not-offered']);
    expect(sentCredentials(r)).toBe(false);
  });

  it('an expired certificate on implicit TLS -> tls.cert-expired (verify code 10), no credentials sent', async () => {
    const srv = await serve(tlsServer('expired', `${p.greeting} ready\r\n`));
    const r = await p.run(srv.port, 'tls', 4000);
    expect(failing(r)).toEqual(['tls.cert-expired']);
    expect(r.findings.find((f) => f.cause === 'tls.cert-expired')?.evidence).toMatchObject({ verifyCode: 10 });
    expect(sentCredentials(r)).toBe(false);
  });
}
