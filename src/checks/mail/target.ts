// Where a mail check connects: host, port and security from options, a provider preset, and the port's convention.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { isMicrosoftHost, mailPreset, presetNames, type MailSecurity } from './presets.js';
import { UsageError } from '../../core/errors.js';
import { formatHostPort, parseHost, parsePort } from '../../core/host-port.js';
import type { FindingInput } from '../../core/types.js';
import type { MailAuth } from './auth.js';
import { readCaFile } from '../network/tls.js';

/** The three mail protocols maildoctor logs in to. */
export type MailProtocol = 'smtp' | 'imap' | 'pop3';

/** A resolved mail endpoint. */
export interface MailTarget {
  protocol: MailProtocol;
  host: string;
  port: number;
  security: MailSecurity;
  /** Extra trusted CA certificates (PEM), added to the system store. */
  ca?: string;
  /** The preset the endpoint came from, if any. */
  preset?: string;
  label: string;
}

const DEFAULT_PORTS: Record<MailProtocol, Record<MailSecurity, number>> = {
  smtp: { tls: 465, starttls: 587, none: 25 },
  imap: { tls: 993, starttls: 143, none: 143 },
  pop3: { tls: 995, starttls: 110, none: 110 },
};
const IMPLICIT_TLS_PORTS = new Set([465, 993, 995]);
const STARTTLS_PORTS = new Set([587, 143, 110]);
const SECURITIES: readonly MailSecurity[] = ['tls', 'starttls', 'none'];

/** The raw endpoint settings as given on the command line or in a config. */
export interface RawTarget {
  host?: unknown;
  port?: unknown;
  security?: unknown;
  preset?: unknown;
  ca?: unknown;
}

/** Resolves host, port and security (preset first, then explicit values, then the port's convention) and reads --ca. */
export async function resolveTarget(protocol: MailProtocol, raw: RawTarget, baseDir: string, extraCaPath?: string): Promise<MailTarget> {
  const preset = typeof raw.preset === 'string' ? mailPreset(raw.preset) : undefined;
  if (typeof raw.preset === 'string' && !preset) throw new UsageError(`unknown preset "${raw.preset}"; expected one of ${presetNames().join(', ')}`);
  const fromPreset = preset?.[protocol];
  if (raw.security !== undefined && !SECURITIES.includes(raw.security as MailSecurity)) {
    throw new UsageError(`--security must be one of ${SECURITIES.join(', ')}, not "${String(raw.security)}"`);
  }
  const hostText = typeof raw.host === 'string' ? raw.host : fromPreset?.host;
  if (!hostText) throw new UsageError('give the server: HOST[:PORT], --host HOST or --preset office365|gmail');
  const host = parseHost(hostText, '--host');
  let port = raw.port === undefined ? undefined : parsePort(String(raw.port), '--port');
  let security = raw.security as MailSecurity | undefined;
  if (fromPreset && port === undefined && security === undefined) {
    port = fromPreset.port;
    security = fromPreset.security;
  }
  security ??= port === undefined ? (protocol === 'smtp' ? 'starttls' : 'tls') : IMPLICIT_TLS_PORTS.has(port) ? 'tls' : 'starttls';
  port ??= DEFAULT_PORTS[protocol][security];
  const caPath = typeof raw.ca === 'string' ? resolve(baseDir, raw.ca) : undefined;
  const cas = [caPath ? await readCaFile(caPath) : undefined, caPath && extraCaPath ? await readCaFile(extraCaPath) : undefined].filter((c): c is string =>
    Boolean(c),
  );
  return {
    protocol,
    host,
    port,
    security,
    ...(cas.length > 0 ? { ca: cas.join('\n') } : {}),
    ...(preset ? { preset: preset.name } : {}),
    label: formatHostPort(host, port),
  };
}

/** The documented anti-patterns this endpoint and auth fall into, as warnings (ServiceOps — Email Server Troubleshooting › Configuration Best Practices). */
export function configWarnings(target: MailTarget, auth: MailAuth): FindingInput[] {
  const out: FindingInput[] = [];
  const evidence = { host: target.host, port: target.port, security: target.security };
  if (target.security === 'starttls' && IMPLICIT_TLS_PORTS.has(target.port)) {
    out.push({ cause: 'mail.port-security-mismatch', detail: `port ${target.port} expects implicit TLS, but STARTTLS was chosen`, evidence });
  } else if (target.security === 'tls' && STARTTLS_PORTS.has(target.port)) {
    out.push({ cause: 'mail.port-security-mismatch', detail: `port ${target.port} expects STARTTLS, but implicit TLS was chosen`, evidence });
  }
  if (auth.kind === 'password' && isMicrosoftHost(target.host)) {
    out.push({
      cause: 'mail.basic-auth-microsoft',
      detail: `password login to ${target.host}: Microsoft has deprecated Basic Auth for Exchange Online`,
      evidence,
    });
  }
  if (auth.kind !== 'none' && target.security === 'none') {
    out.push({
      cause: 'mail.cleartext-credentials',
      detail: `credentials sent unencrypted to ${target.label} because --security none was asked for`,
      evidence,
    });
  }
  return out;
}

/** The TLS options shared by the three protocols: verify against the system store plus the extra CAs. */
export function tlsOptions(target: MailTarget, rootCerts: readonly string[]): { servername?: string; ca?: string[]; rejectUnauthorized: true } {
  const servername = isIP(target.host) ? undefined : target.host;
  return { ...(servername ? { servername } : {}), ...(target.ca ? { ca: [...rootCerts, target.ca] } : {}), rejectUnauthorized: true };
}
