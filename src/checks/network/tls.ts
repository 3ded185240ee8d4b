// The guide's `openssl s_client ... | grep -E 'subject|issuer|date|Verify'` as a check with one cause per failure.
import { resolve } from 'node:path';
import { InputError, UsageError } from '../../core/errors.js';
import { parseHostPort, type HostPort } from '../../core/host-port.js';
import { readTextFile } from '../../core/input.js';
import { Transcript } from '../../core/transcript.js';
import type { Check, CheckOutcome, FindingInput } from '../../core/types.js';
import type { CheckKind } from '../types.js';
import { starttlsForPort, type StarttlsProtocol } from './starttls.js';
import { probeTls, type TlsProbeFailure, type TlsProbeSuccess } from './tls-probe.js';

/** `--starttls` values: a protocol, `auto` (by port) or `none` (implicit TLS). */
export const STARTTLS_MODES = ['smtp', 'imap', 'pop3', 'auto', 'none'] as const;

/** The guide-sized warning window for certificate expiry. */
export const DEFAULT_WARN_DAYS = 30;

/** Settings of one TLS check. */
export interface TlsCheckOptions {
  starttls?: (typeof STARTTLS_MODES)[number];
  servername?: string;
  /** PEM text of extra trusted CAs (already read). */
  ca?: string;
  warnDays?: number;
}

const IMPLICIT_PORTS = new Set([465, 993, 995, 443]);

/** The STARTTLS protocol to speak for a mode and port (undefined: implicit TLS). */
export function resolveStarttls(mode: TlsCheckOptions['starttls'], port: number): StarttlsProtocol | undefined {
  if (mode === 'none') return undefined;
  if (mode === undefined || mode === 'auto') return starttlsForPort(port);
  return mode;
}

function failureOutcome(target: HostPort, r: TlsProbeFailure, starttls: StarttlsProtocol | undefined): CheckOutcome {
  let hint = '';
  if (r.cause === 'tls.no-greeting' && IMPLICIT_PORTS.has(target.port)) hint = `; port ${target.port} normally speaks TLS at once, try --starttls none`;
  if (r.cause === 'tls.wrong-version-number' && !starttls && starttlsForPort(target.port)) hint = `; port ${target.port} normally expects STARTTLS, try --starttls auto`;
  const evidence = { host: target.host, port: target.port, stage: r.stage, starttls: starttls ?? 'none', ...(r.code ? { code: r.code } : {}), ...(r.reply ? { reply: r.reply } : {}), ...(r.address ? { address: r.address } : {}), ...(r.capabilities ? { capabilities: r.capabilities } : {}), timings: r.timings };
  return {
    summary: `${r.stage} failed: ${r.message}${hint}`,
    findings: [{ cause: r.cause, detail: `${r.stage}: ${r.message}${r.reply ? ` (server said "${r.reply}")` : ''}${hint}`, evidence }],
    evidence,
  };
}

function successOutcome(target: HostPort, r: TlsProbeSuccess, starttls: StarttlsProtocol | undefined, warnDays: number): CheckOutcome {
  const leaf = r.chain[0];
  const findings: FindingInput[] = [];
  const verifyText = `Verify return code: ${r.verify.code} (${r.verify.name})`;
  if (!r.authorized && r.verifyCause) {
    findings.push({ cause: r.verifyCause, detail: `${verifyText}${leaf ? ` for ${leaf.subject}, issued by ${leaf.issuer}` : ''}`, evidence: { host: target.host, port: target.port, verify: r.verify, authorizationError: r.authorizationError, altNames: leaf?.altNames ?? [] } });
  }
  for (const [i, cert] of r.chain.entries()) {
    if (cert.daysLeft >= 0 && cert.daysLeft < warnDays) {
      findings.push({ cause: 'tls.expiring-soon', detail: `${i === 0 ? 'the server certificate' : `chain certificate ${i}`} (${cert.subject}) expires in ${cert.daysLeft} days, on ${cert.notAfter}`, evidence: { subject: cert.subject, notAfter: cert.notAfter, daysLeft: cert.daysLeft, warnDays } });
    }
  }
  const evidence = {
    host: target.host,
    port: target.port,
    address: r.address,
    starttls: starttls ?? 'none',
    protocol: r.protocol,
    cipher: r.cipher,
    verify: r.verify,
    authorized: r.authorized,
    chain: r.chain,
    ...(r.greeting ? { greeting: r.greeting } : {}),
    ...(r.capabilities ? { capabilities: r.capabilities } : {}),
    ...(r.capabilitiesAfterTls ? { capabilitiesAfterTls: r.capabilitiesAfterTls } : {}),
    timings: r.timings,
  };
  const expiry = leaf ? `, ${leaf.subject}, ${leaf.daysLeft < 0 ? `expired ${-leaf.daysLeft} days ago` : `expires in ${leaf.daysLeft} days`}` : '';
  return { summary: `${r.protocol ?? 'TLS'} ${r.cipher.name}${starttls ? ` via STARTTLS (${starttls})` : ''}; ${verifyText}${expiry}`, findings, evidence };
}

/** Builds the TLS check for one target. */
export function tlsCheck(target: HostPort, options: TlsCheckOptions = {}): Check {
  const starttls = resolveStarttls(options.starttls, target.port);
  return {
    id: 'tls',
    title: starttls ? `TLS via STARTTLS (${starttls})` : 'TLS',
    target: target.label,
    async run(ctx): Promise<CheckOutcome> {
      const transcript = ctx.verbose ? new Transcript() : undefined;
      const r = await probeTls({
        host: target.host,
        port: target.port,
        ...(options.servername ? { servername: options.servername } : {}),
        ...(options.ca ? { ca: options.ca } : {}),
        ...(starttls ? { starttls } : {}),
        signal: ctx.signal,
        timeoutMs: ctx.timeoutMs,
        ...(transcript ? { transcript } : {}),
      });
      const outcome = r.ok ? successOutcome(target, r, starttls, options.warnDays ?? DEFAULT_WARN_DAYS) : failureOutcome(target, r, starttls);
      return transcript ? { ...outcome, transcript: transcript.lines } : outcome;
    },
  };
}

/** Reads a `--ca` file and makes sure it holds at least one PEM certificate. */
export async function readCaFile(path: string): Promise<string> {
  const text = await readTextFile(path, 'CA file');
  if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new InputError(`CA file ${path} holds no PEM certificate (expected "-----BEGIN CERTIFICATE-----")`);
  return text;
}

/** Validates a `--starttls` value. */
export function parseStarttlsMode(value: unknown): TlsCheckOptions['starttls'] {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (STARTTLS_MODES as readonly string[]).includes(value)) return value as TlsCheckOptions['starttls'];
  throw new UsageError(`--starttls: "${String(value)}" is not one of ${STARTTLS_MODES.join(', ')}`);
}

/** Validates a `--warn-days` value. */
export function parseWarnDays(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : /^\d{1,5}$/.test(String(value).trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--warn-days: "${String(value)}" is not a whole number of days`);
  return n;
}

/** `type: tls` in a config: `targets`, optional `starttls`, `servername`, `ca`, `warnDays`. */
export const TLS_KIND: CheckKind = {
  type: 'tls',
  summary: 'TLS handshake and certificate verification, implicit or STARTTLS (openssl s_client)',
  fields: {
    targets: { type: 'string[]', required: true, nonEmpty: true, description: 'HOST:PORT values to check' },
    starttls: { type: 'string', enum: STARTTLS_MODES, description: 'smtp, imap, pop3, auto (by port, the default) or none (implicit TLS)' },
    servername: { type: 'string', description: 'name the certificate must match (SNI), when it differs from the host' },
    ca: { type: 'string', description: 'PEM file of extra trusted CAs' },
    warnDays: { type: 'number', integer: true, min: 0, description: 'warn when a certificate expires within this many days (default 30)' },
  },
  async fromConfig(entry, ctx) {
    const ca = typeof entry.ca === 'string' ? await readCaFile(resolve(ctx.baseDir, entry.ca)) : undefined;
    const options: TlsCheckOptions = {
      ...(entry.starttls ? { starttls: entry.starttls as TlsCheckOptions['starttls'] } : {}),
      ...(typeof entry.servername === 'string' ? { servername: entry.servername } : {}),
      ...(ca ? { ca } : {}),
      ...(typeof entry.warnDays === 'number' ? { warnDays: entry.warnDays } : {}),
    };
    return (entry.targets as string[]).map((t) => tlsCheck(parseHostPort(t), options));
  },
};
