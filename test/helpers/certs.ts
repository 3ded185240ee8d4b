// Test certificates made by openssl once per test process: a CA, and valid, expired, wrong-host and self-signed leaves.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Paths and PEM contents of the test certificates. */
export interface TestCerts {
  dir: string;
  caCert: string;
  caPath: string;
  valid: { key: string; cert: string; keyPath: string; certPath: string };
  expired: { key: string; cert: string; keyPath: string; certPath: string };
  wrongHost: { key: string; cert: string; keyPath: string; certPath: string };
  selfSigned: { key: string; cert: string; keyPath: string; certPath: string };
  /** Valid for localhost but expiring in 10 days (for --warn-days). */
  expiringSoon: { key: string; cert: string; keyPath: string; certPath: string };
}

let cached: TestCerts | undefined;

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

function stamp(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
}

/** Creates (once) and returns the test certificates; every leaf has SAN localhost + 127.0.0.1 unless wrong-host. */
export function testCerts(): TestCerts {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'maildoctor-certs-'));
  mkdirSync(join(dir, 'newcerts'));
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    [
      '[ca]',
      'default_ca = testca',
      '[testca]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'serial = $dir/serial',
      'new_certs_dir = $dir/newcerts',
      'certificate = $dir/ca.crt',
      'private_key = $dir/ca.key',
      'default_md = sha256',
      'policy = anything',
      'unique_subject = no',
      'copy_extensions = none',
      '[anything]',
      'commonName = supplied',
      '[localhost_ext]',
      'subjectAltName = DNS:localhost,IP:127.0.0.1',
      'extendedKeyUsage = serverAuth',
      'basicConstraints = CA:FALSE',
      '[wrong_ext]',
      'subjectAltName = DNS:wrong.example',
      'extendedKeyUsage = serverAuth',
      'basicConstraints = CA:FALSE',
      '',
    ].join('\n'),
  );
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '3650',
      '-subj',
      '/CN=maildoctor test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  const leaf = (name: string, cn: string, ext: string, from: number, to: number) => {
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`], dir);
    openssl(
      ['ca', '-batch', '-config', 'ca.cnf', '-extensions', ext, '-startdate', stamp(from), '-enddate', stamp(to), '-in', `${name}.csr`, '-out', `${name}.crt`],
      dir,
    );
  };
  leaf('valid', 'localhost', 'localhost_ext', -1, 365);
  leaf('expired', 'localhost', 'localhost_ext', -400, -30);
  leaf('wronghost', 'wrong.example', 'wrong_ext', -1, 365);
  leaf('soon', 'localhost', 'localhost_ext', -1, 10);
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'selfsigned.key',
      '-out',
      'selfsigned.crt',
      '-days',
      '365',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    dir,
  );
  const pair = (name: string) => {
    const keyPath = join(dir, `${name}.key`);
    const certPath = join(dir, `${name}.crt`);
    return { keyPath, certPath, key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  };
  cached = {
    dir,
    caPath: join(dir, 'ca.crt'),
    caCert: readFileSync(join(dir, 'ca.crt'), 'utf8'),
    valid: pair('valid'),
    expired: pair('expired'),
    wrongHost: pair('wronghost'),
    selfSigned: pair('selfsigned'),
    expiringSoon: pair('soon'),
  };
  return cached;
}
