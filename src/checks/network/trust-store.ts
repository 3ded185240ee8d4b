// Loads trust stores (a PEM bundle, a Java keystore through keytool) and finds which of their certificates issued a given one.
import { X509Certificate } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runProgram } from '../../core/run-program.js';

/** Where distributions keep the system CA bundle, in the order they are looked for. */
export const SYSTEM_BUNDLES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt', '/etc/ssl/ca-bundle.pem', '/etc/ssl/cert.pem'];

/** The well-known default password of every JRE's cacerts (public, not a secret). */
export const CACERTS_PASSWORD = 'changeit';

/** Every certificate in PEM text; unparsable blocks are counted, not fatal. */
export function parsePemBundle(text: string): { certs: X509Certificate[]; bad: number } {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  const certs: X509Certificate[] = [];
  let bad = 0;
  for (const b of blocks) {
    try {
      certs.push(new X509Certificate(b));
    } catch {
      bad += 1;
    }
  }
  return { certs, bad };
}

/** The certificate of `store` that issued (and signed) `cert`, if any; a root matches itself. */
export function findIssuer(cert: X509Certificate, store: readonly X509Certificate[]): X509Certificate | undefined {
  return store.find((c) => c.fingerprint256 === cert.fingerprint256 || (cert.checkIssued(c) && safeVerify(cert, c)));
}

function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** A Java runtime's cacerts and keytool: from JAVA_HOME, else from the `java` on PATH. */
export function findJavaStore(env: NodeJS.ProcessEnv): { cacerts: string; keytool: string; javaHome: string } | undefined {
  const homes: string[] = [];
  if (env.JAVA_HOME) homes.push(env.JAVA_HOME);
  for (const dir of (env.PATH ?? '').split(':').filter(Boolean)) {
    const java = join(dir, 'java');
    if (existsSync(java)) {
      homes.push(dirname(dirname(realpathSync(java))));
      break;
    }
  }
  for (const home of homes) {
    const cacerts = join(home, 'lib', 'security', 'cacerts');
    const keytool = join(home, 'bin', 'keytool');
    if (existsSync(cacerts) && existsSync(keytool)) return { cacerts, keytool, javaHome: home };
  }
  return undefined;
}

/** Lists a keystore's certificates as PEM with keytool. */
export async function readKeystore(
  keytool: string,
  path: string,
  opts: { password: string; timeoutMs: number; signal: AbortSignal },
): Promise<{ ok: true; certs: X509Certificate[] } | { ok: false; message: string }> {
  const r = await runProgram(keytool, ['-list', '-rfc', '-keystore', path, '-storepass', opts.password], { timeoutMs: opts.timeoutMs, signal: opts.signal });
  if (r.missing || r.timedOut || r.exitCode !== 0)
    return { ok: false, message: (r.stdout || r.stderr || r.shortMessage || 'keytool failed').trim().split('\n')[0]?.slice(0, 200) ?? 'keytool failed' };
  return { ok: true, certs: parsePemBundle(r.stdout).certs };
}
