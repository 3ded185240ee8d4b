// The guide's `ls /etc/ssl/certs` / update-ca-certificates, plus Java's own cacerts: does each store trust the target's root?
import { X509Certificate } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { readInputText } from '../../core/input-read.js';
import type { DetailedPeerCertificate } from 'node:tls';
import type { HostPort } from '../../core/host-port.js';
import type { Check, CheckOutcome, FindingInput } from '../../core/types.js';
import { severityOf } from '../../core/finding.js';
import { probeTls } from './tls-probe.js';
import { STALE_BUNDLE_DAYS } from './constants.js';
import { CACERTS_PASSWORD, SYSTEM_BUNDLES, findIssuer, findJavaStore, parsePemBundle, readKeystore } from './trust-store.js';

/** Settings of one CA store check. */
export interface CaStoreOptions {
  /** Server whose chain's root must be trusted by both stores. */
  target?: HostPort;
  bundle?: string;
  cacerts?: string;
  staleDays?: number;
  env: NodeJS.ProcessEnv;
}

/** Largest CA bundle read (the system one is about 200 KiB). */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

async function loadBundle(paths: string[]): Promise<{ path: string; certs: X509Certificate[]; ageDays: number } | { missing: string[] }> {
  for (const path of paths) {
    try {
      const [text, info] = await Promise.all([readInputText(path, 'CA bundle', { maxBytes: MAX_BUNDLE_BYTES }), stat(path)]);
      return { path, certs: parsePemBundle(text).certs, ageDays: Math.floor((Date.now() - info.mtimeMs) / 86_400_000) };
    } catch {
      continue;
    }
  }
  return { missing: paths };
}

function rawChain(leaf: DetailedPeerCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  for (let c: DetailedPeerCertificate | undefined = leaf; c?.raw && !seen.has(c.fingerprint256) && chain.length < 10; c = c.issuerCertificate) {
    seen.add(c.fingerprint256);
    chain.push(new X509Certificate(c.raw));
  }
  return chain;
}

const cn = (c: X509Certificate) => c.subject.replace(/\n/g, ', ');

/** Builds the CA store check. */
export function caStoreCheck(options: CaStoreOptions): Check {
  return {
    id: 'ca-store',
    title: 'CA trust stores',
    target: options.target?.label ?? 'system',
    // keytool (a JVM start) and then the TLS handshake, one after the other.
    steps: 2,
    async run(ctx): Promise<CheckOutcome> {
      const findings: FindingInput[] = [];
      const evidence: Record<string, unknown> = {};
      const bundle = await loadBundle(options.bundle ? [options.bundle] : SYSTEM_BUNDLES);
      if ('missing' in bundle)
        findings.push({ cause: 'ca.bundle-missing', detail: `no readable CA bundle at ${bundle.missing.join(', ')}`, evidence: { paths: bundle.missing } });
      else {
        evidence.bundle = { path: bundle.path, certificates: bundle.certs.length, ageDays: bundle.ageDays };
        const stale = options.staleDays ?? STALE_BUNDLE_DAYS;
        if (bundle.certs.length === 0)
          findings.push({ cause: 'ca.bundle-empty', detail: `${bundle.path} holds no certificate`, evidence: { path: bundle.path } });
        else if (bundle.ageDays > stale)
          findings.push({
            cause: 'ca.bundle-stale',
            detail: `${bundle.path} was last changed ${bundle.ageDays} days ago (over ${stale})`,
            evidence: { path: bundle.path, ageDays: bundle.ageDays },
          });
        else
          findings.push({
            cause: 'ca.bundle-ok',
            detail: `${bundle.path}: ${bundle.certs.length} certificates, updated ${bundle.ageDays} days ago`,
            evidence: { path: bundle.path },
          });
      }
      const java = options.cacerts
        ? { cacerts: options.cacerts, keytool: findJavaStore(options.env)?.keytool ?? 'keytool', javaHome: null }
        : findJavaStore(options.env);
      const javaStore = java
        ? await readKeystore(java.keytool, java.cacerts, { password: CACERTS_PASSWORD, timeoutMs: ctx.timeoutMs, signal: ctx.signal })
        : undefined;
      if (!java) findings.push({ cause: 'ca.java-not-found', detail: 'no Java runtime with a cacerts file was found (JAVA_HOME, java on PATH)', evidence: {} });
      else
        evidence.java = {
          cacerts: java.cacerts,
          javaHome: java.javaHome,
          ...(javaStore?.ok ? { certificates: javaStore.certs.length } : { error: javaStore?.message }),
        };
      if (java && javaStore && !javaStore.ok)
        findings.push({
          cause: 'ca.java-not-found',
          severity: 'warn',
          detail: `cannot read ${java.cacerts}: ${javaStore.message}`,
          evidence: { cacerts: java.cacerts },
        });
      if (!options.target) return { summary: summaryOf(findings), findings, evidence };
      const t = options.target;
      const probe = await probeTls({ host: t.host, port: t.port, signal: ctx.signal, timeoutMs: ctx.timeoutMs, keepSocket: true });
      if (!probe.ok) {
        findings.push({
          cause: probe.cause,
          detail: `cannot read the chain of ${t.label}: ${probe.stage} failed: ${probe.message}`,
          evidence: { host: t.host, port: t.port },
        });
        return { summary: summaryOf(findings), findings, evidence };
      }
      const chain = rawChain(probe.socket!.getPeerCertificate(true));
      probe.socket!.destroy();
      const top = chain.at(-1)!;
      evidence.chainTop = cn(top);
      if (!('missing' in bundle)) {
        const root = findIssuer(top, bundle.certs);
        if (!root)
          findings.push({
            cause: 'ca.root-not-in-bundle',
            detail: `${bundle.path} has no issuer for ${cn(top)} (issuer ${top.issuer.replace(/\n/g, ', ')})`,
            evidence: { host: t.host, port: t.port },
          });
        evidence.systemRoot = root ? cn(root) : null;
      }
      if (java && javaStore?.ok) {
        const root = findIssuer(top, javaStore.certs);
        findings.push(
          root
            ? { cause: 'ca.java-trusts-root', detail: `${java.cacerts} holds ${cn(root)}`, evidence: { cacerts: java.cacerts } }
            : {
                cause: 'ca.java-missing-root',
                detail: `${java.cacerts} has no issuer for ${cn(top)} (issuer ${top.issuer.replace(/\n/g, ', ')}): Java clients will fail with "PKIX path building failed"`,
                evidence: { cacerts: java.cacerts, alias: 'maildoctor-root' },
              },
        );
        evidence.javaRoot = root ? cn(root) : null;
      }
      return { summary: summaryOf(findings), findings, evidence };
    },
  };
}

function summaryOf(findings: FindingInput[]): string {
  const notable = findings.filter((f) => severityOf(f) !== 'info');
  return (notable.length > 0 ? notable : findings).map((f) => f.detail).join('; ');
}
