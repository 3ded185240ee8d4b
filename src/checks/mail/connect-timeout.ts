// Tells a TLS handshake that hangs apart from a port that drops packets, when a mail library reports both as a connect timeout.
import type { FindingInput } from '../../core/types.js';
import type { MailTarget } from './target.js';
import { systemLookup } from '../network/lookup.js';
import { tcpConnect } from '../network/tcp.js';

/** Longest extra wait for the TCP re-check, so a silent peer still ends within the timeout plus about a second. */
const RECHECK_MS = 1000;

/** For an implicit-TLS target whose connect timed out: if TCP itself opens at once, the handshake is what hung. */
export async function refineConnectTimeout(target: MailTarget, finding: FindingInput, timeoutMs: number, signal: AbortSignal): Promise<FindingInput> {
  if (finding.cause !== 'tcp.timeout' || target.security !== 'tls') return finding;
  const found = await systemLookup(target.host, signal);
  const address = found.ok ? found.addresses[0]?.address : undefined;
  if (!address) return finding;
  const tcp = await tcpConnect(address, target.port, Math.min(timeoutMs, RECHECK_MS), signal);
  if (!tcp.ok) return finding;
  return {
    cause: 'tls.handshake-timeout',
    detail: `tls: TCP connects in ${tcp.ms} ms, but the TLS handshake did not finish within ${timeoutMs} ms`,
    evidence: { ...finding.evidence, stage: 'tls', tcpConnectMs: tcp.ms },
  };
}
