// `maildoctor ca-store`: a PEM bundle and real Java keystores (made with keytool) against a local TLS server's chain.
import { execFile } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caStoreCheck } from '../../../src/checks/network/ca-store.js';
import { runChecks } from '../../../src/core/runner.js';
import { testCerts } from '../../helpers/certs.js';
import { runCli, runJson } from '../../helpers/cli.js';
import { liveAvailable } from '../../helpers/live.js';
import type { TestServer } from '../../helpers/net-servers.js';
import { tlsServer } from '../../helpers/tls-servers.js';

const run = promisify(execFile);
const causes = (r: { findings: Array<{ cause: string }> }) => r.findings.map((f) => f.cause);

describe.skipIf(!liveAvailable('keytool'))('maildoctor ca-store', () => {
  let server: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'maildoctor-castore-'));
  const withCa = join(dir, 'with-ca.p12');
  const withoutCa = join(dir, 'without-ca.p12');
  const target = () => `localhost:${server.port}`;
  beforeAll(async () => {
    const certs = testCerts();
    server = await tlsServer('valid');
    const importCert = (store: string, alias: string, file: string) =>
      run('keytool', ['-importcert', '-noprompt', '-keystore', store, '-storetype', 'PKCS12', '-storepass', 'changeit', '-alias', alias, '-file', file]);
    await Promise.all([importCert(withCa, 'testca', certs.caPath), importCert(withoutCa, 'other', certs.selfSigned.certPath)]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('passes when both the bundle and Java cacerts hold the root of the chain', async () => {
    const { code, report } = await runJson(['ca-store', target(), '--bundle', testCerts().caPath, '--cacerts', withCa]);
    expect(code).toBe(0);
    expect(causes(report.results[0])).toEqual(['ca.bundle-ok', 'ca.java-trusts-root']);
    expect(report.results[0].evidence.javaRoot).toContain('maildoctor test CA');
  });
  it('fails when Java cacerts lacks the root the OS bundle has', async () => {
    const { code, report } = await runJson(['ca-store', target(), '--bundle', testCerts().caPath, '--cacerts', withoutCa]);
    expect(code).toBe(1);
    expect(causes(report.results[0])).toEqual(['ca.bundle-ok', 'ca.java-missing-root']);
    expect(report.results[0].summary).toContain('PKIX path building failed');
  });
  it('fails when the system bundle lacks the root', async () => {
    const { report } = await runJson(['ca-store', target(), '--bundle', testCerts().selfSigned.certPath, '--cacerts', withCa]);
    expect(causes(report.results[0])).toContain('ca.root-not-in-bundle');
  });
  it('when neither store holds the root, the text never says the operating system trusts it', async () => {
    const { stdout } = await runCli(['ca-store', target(), '--bundle', testCerts().selfSigned.certPath, '--cacerts', withoutCa, '--no-color']);
    expect(stdout).toContain('[ca.root-not-in-bundle]');
    expect(stdout).toContain('[ca.java-missing-root]');
    expect(stdout).not.toMatch(/operating system trusts|as well as in the system store/i);
  });
  it('an empty bundle and a stale bundle have their own causes', async () => {
    const empty = join(dir, 'empty.crt');
    writeFileSync(empty, '# no certificates\n');
    const e = await runJson(['ca-store', '--bundle', empty, '--cacerts', withCa]);
    expect(causes(e.report.results[0])).toContain('ca.bundle-empty');
    const old = join(dir, 'old.crt');
    writeFileSync(old, testCerts().caCert);
    const twoYearsAgo = new Date(Date.now() - 730 * 86_400_000);
    utimesSync(old, twoYearsAgo, twoYearsAgo);
    const s = await runJson(['ca-store', '--bundle', old, '--cacerts', withCa]);
    expect(s.report.results[0].status).toBe('warn');
    expect(causes(s.report.results[0])).toContain('ca.bundle-stale');
  });
  it('says plainly when no Java runtime is found', async () => {
    const [r] = await runChecks([caStoreCheck({ bundle: testCerts().caPath, env: { PATH: '/nonexistent' } })], { timeoutMs: 5000 });
    expect(causes(r!)).toEqual(['ca.bundle-ok', 'ca.java-not-found']);
    expect(r!.status).toBe('pass');
  });
  it.each([
    [['ca-store', '--bundle', '/nonexistent/bundle.crt'], /no such file/],
    [['ca-store', 'localhost:notaport'], /not a port number/],
    [['ca-store', '--stale-days', 'old'], /--stale-days/],
  ])('%j exits 2', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
