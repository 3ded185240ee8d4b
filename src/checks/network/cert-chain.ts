// Turns the peer certificate chain Node hands back into plain, JSON-safe facts a technician reads.
import type { DetailedPeerCertificate, PeerCertificate } from 'node:tls';

/** One certificate of the chain, as `openssl x509 -noout -subject -issuer -dates` would show it. */
export interface CertInfo {
  subject: string;
  issuer: string;
  /** DNS names and IP addresses from subjectAltName. */
  altNames: string[];
  notBefore: string;
  notAfter: string;
  /** Whole days until notAfter (negative once expired). */
  daysLeft: number;
  fingerprint256: string;
  serialNumber: string;
  selfSigned: boolean;
}

const DAY_MS = 86_400_000;

/** Formats a distinguished name object as `CN=..., O=...`. */
export function formatName(name: Record<string, string | string[]> | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
    .join(', ');
}

/** Splits Node's `subjectaltname` string ("DNS:a, IP Address:1.2.3.4") into values. */
export function parseAltNames(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/,\s*/)
    .map((part) => part.replace(/^(DNS|IP Address|email|URI):/i, '').trim())
    .filter(Boolean);
}

function toIso(text: string): string {
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? text : d.toISOString();
}

/** Facts of one certificate at time `now`. */
export function certInfo(cert: PeerCertificate, now = Date.now()): CertInfo {
  const subject = formatName(cert.subject as unknown as Record<string, string>);
  const issuer = formatName(cert.issuer as unknown as Record<string, string>);
  const end = new Date(cert.valid_to).getTime();
  return {
    subject,
    issuer,
    altNames: parseAltNames(cert.subjectaltname),
    notBefore: toIso(cert.valid_from),
    notAfter: toIso(cert.valid_to),
    daysLeft: Number.isNaN(end) ? 0 : Math.floor((end - now) / DAY_MS),
    fingerprint256: cert.fingerprint256,
    serialNumber: cert.serialNumber,
    selfSigned: subject === issuer,
  };
}

/** The chain from the leaf upwards, stopping at a self-issued root or a loop. */
export function chainOf(leaf: DetailedPeerCertificate | undefined, now = Date.now()): CertInfo[] {
  const chain: CertInfo[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert && cert.raw && !seen.has(cert.fingerprint256) && chain.length < 10) {
    seen.add(cert.fingerprint256);
    chain.push(certInfo(cert, now));
    cert = cert.issuerCertificate;
  }
  return chain;
}
