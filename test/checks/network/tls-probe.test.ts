// The TLS/STARTTLS probe against real peers on 127.0.0.1: every failure mode ends in its own cause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeTls, type TlsProbeOptions } from '../../../src/checks/network/tls-probe.js';
import { Transcript } from '../../../src/core/transcript.js';
import { testCerts } from '../../helpers/certs.js';
import { createServer as createTlsServer } from 'node:tls';
import { blackholeServer, closedPort, hangingHandshakeServer, listen, type TestServer } from '../../helpers/net-servers.js';
import { starttlsServer, tlsServer } from '../../helpers/tls-servers.js';
import { withinTimeout } from '../../helpers/timing.js';

const TIMEOUT = 800;
const servers: TestServer[] = [];
const ports: Record<string, number> = {};

async function start(name: string, server: Promise<TestServer>): Promise<void> {
  const s = await server;
  servers.push(s);
  ports[name] = s.port;
}

beforeAll(async () => {
  await Promise.all([
    start('valid', tlsServer('valid')),
    start('selfSigned', tlsServer('selfSigned')),
    start('expired', tlsServer('expired')),
    start('wrongHost', tlsServer('wrongHost')),
    start('soon', tlsServer('expiringSoon')),
    start('smtp', starttlsServer('smtp')),
    start('imap', starttlsServer('imap')),
    start('pop3', starttlsServer('pop3')),
    start('smtpNo', starttlsServer('smtp', 'no-starttls')),
    start('imapNo', starttlsServer('imap', 'no-starttls')),
    start('pop3No', starttlsServer('pop3', 'no-starttls')),
    start('smtpBusy', starttlsServer('smtp', 'busy')),
    start('smtpRefuse', starttlsServer('smtp', 'refuse')),
    start('blackhole', blackholeServer()),
    start('hang', hangingHandshakeServer()),
    start(
      'oldTls',
      listen(
        createTlsServer({
          key: testCerts().valid.key,
          cert: testCerts().valid.cert,
          minVersion: 'TLSv1',
          maxVersion: 'TLSv1.1',
          ciphers: 'DEFAULT@SECLEVEL=0',
        }).on('tlsClientError', () => {}) as never,
      ),
    ),
  ]);
  ports.closed = await closedPort();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const probe = (port: string, extra: Partial<TlsProbeOptions> = {}) =>
  probeTls({ host: 'localhost', port: ports[port]!, signal: new AbortController().signal, timeoutMs: TIMEOUT, ca: testCerts().caCert, ...extra });

describe('probeTls', () => {
  it('verifies a certificate signed by the CA passed as ca and reports the chain', async () => {
    const r = await probe('valid');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.authorized).toBe(true);
    expect(r.verify).toEqual({ code: 0, name: 'ok' });
    expect(r.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(r.chain[0]?.subject).toContain('CN=localhost');
    expect(r.chain[0]?.altNames).toEqual(['localhost', '127.0.0.1']);
    expect(r.chain[0]?.daysLeft).toBeGreaterThan(300);
    expect(r.chain[0]?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });
  it('without the CA the leaf cannot be verified (code 21)', async () => {
    const r = await probe('valid', { ca: undefined });
    expect(r.ok && r.verify.code).toBe(21);
    expect(r.ok && r.verifyCause).toBe('tls.unverified-first-cert');
  });
  it.each([
    ['selfSigned', 18, 'tls.self-signed'],
    ['expired', 10, 'tls.cert-expired'],
    ['wrongHost', 62, 'tls.hostname-mismatch'],
  ])('%s gives verify code %i and %s', async (name, code, cause) => {
    const r = await probe(name);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.authorized).toBe(false);
    expect(r.verify.code).toBe(code);
    expect(r.verifyCause).toBe(cause);
  });
  it.each(['smtp', 'imap', 'pop3'] as const)('upgrades %s with STARTTLS and verifies', async (protocol) => {
    const transcript = new Transcript();
    const r = await probe(protocol, { starttls: protocol, transcript });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.authorized).toBe(true);
    expect(r.capabilities?.join(' ')).toMatch(/STARTTLS|STLS/);
    expect(transcript.lines.some((l) => l.dir === '>' && /STARTTLS|STLS/.test(l.text))).toBe(true);
    if (protocol === 'smtp') expect(r.capabilitiesAfterTls).toContain('AUTH PLAIN LOGIN');
  });
  it.each([
    ['smtpNo', 'smtp'],
    ['imapNo', 'imap'],
    ['pop3No', 'pop3'],
  ] as const)('%s: STARTTLS not advertised', async (name, protocol) => {
    const r = await probe(name, { starttls: protocol });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.cause).toBe('tls.starttls-not-offered');
  });
  it('421 instead of a greeting is server-busy', async () => {
    const r = await probe('smtpBusy', { starttls: 'smtp' });
    expect(!r.ok && r.cause).toBe('tls.server-busy');
    expect(!r.ok && r.reply).toMatch(/^421/);
  });
  it('a 454 answer to STARTTLS is starttls-refused', async () => {
    const r = await probe('smtpRefuse', { starttls: 'smtp' });
    expect(!r.ok && r.cause).toBe('tls.starttls-refused');
  });
  it('implicit TLS spoken to a STARTTLS port is a wrong version number', async () => {
    const r = await probe('smtp');
    expect(!r.ok && r.cause).toBe('tls.wrong-version-number');
  });
  it('a silent server gives no-greeting within the timeout plus a second', async () => {
    const t = performance.now();
    const r = await probe('blackhole', { starttls: 'smtp' });
    expect(!r.ok && r.cause).toBe('tls.no-greeting');
    expect(performance.now() - t).toBeLessThan(withinTimeout(TIMEOUT));
  });
  it('a server hanging mid-handshake gives handshake-timeout within the timeout plus a second', async () => {
    const t = performance.now();
    const r = await probe('hang');
    expect(!r.ok && r.cause).toBe('tls.handshake-timeout');
    expect(!r.ok && r.stage).toBe('handshake');
    expect(performance.now() - t).toBeLessThan(withinTimeout(TIMEOUT));
  });
  it('a server that only speaks TLS 1.0/1.1 ends in tls.handshake-failed', async () => {
    const r = await probe('oldTls');
    expect(!r.ok && r.stage).toBe('handshake');
    expect(!r.ok && r.cause).toBe('tls.handshake-failed');
  });
  it('a closed port is refused', async () => {
    const r = await probe('closed');
    expect(!r.ok && r.cause).toBe('tcp.refused');
    expect(!r.ok && r.stage).toBe('connect');
  });
});
