// The guide's `openssl s_client ... | grep -E 'subject|issuer|date|Verify'` as a check with one cause per failure.
import { InputError } from '../../core/errors.js';
import type { HostPort } from '../../core/host-port.js';
import { readTextFile } from '../../core/input.js';
import { Transcript } from '../../core/transcript.js';
import type { Check, CheckOutcome, FindingInput } from '../../core/types.js';
import { STARTTLS_MODES } from './constants.js';
import { starttlsForPort, type StarttlsProtocol } from './starttls.js';
import { probeTls, type TlsProbeFailure, type TlsProbeSuccess } from './tls-probe.js';

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
  if (r.cause === 'tls.wrong-version-number' && !starttls && starttlsForPort(target.port))
    hint = `; port ${target.port} normally expects STARTTLS, try --starttls auto`;
  const evidence = {
    host: target.host,
    port: target.port,
    stage: r.stage,
    starttls: starttls ?? 'none',
    ...(r.code ? { code: r.code } : {}),
    ...(r.reply ? { reply: r.reply } : {}),
    ...(r.address ? { address: r.address } : {}),
    ...(r.capabilities ? { capabilities: r.capabilities } : {}),
    timings: r.timings,
  };
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
    findings.push({
      cause: r.verifyCause,
      detail: `${verifyText}${leaf ? ` for ${leaf.subject}, issued by ${leaf.issuer}` : ''}`,
      evidence: { host: target.host, port: target.port, verify: r.verify, authorizationError: r.authorizationError, altNames: leaf?.altNames ?? [] },
    });
  }
  for (const [i, cert] of r.chain.entries()) {
    if (cert.daysLeft >= 0 && cert.daysLeft < warnDays) {
      findings.push({
        cause: 'tls.expiring-soon',
        detail: `${i === 0 ? 'the server certificate' : `chain certificate ${i}`} (${cert.subject}) expires in ${cert.daysLeft} days, on ${cert.notAfter}`,
        evidence: { subject: cert.subject, notAfter: cert.notAfter, daysLeft: cert.daysLeft, warnDays },
      });
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
    warnDays,
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
      return transcript ? { ...outcome, ...transcript.outcome() } : outcome;
    },
  };
}

/** Reads a `--ca` file and makes sure it holds at least one PEM certificate. */
export async function readCaFile(path: string): Promise<string> {
  const text = await readTextFile(path, 'CA file');
  if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new InputError(`CA file ${path} holds no PEM certificate (expected "-----BEGIN CERTIFICATE-----")`);
  return text;
}
