// Resolves a host name through the system resolver (what every mail library uses), bounded by a signal.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { withSignal } from '../../core/timeout.js';

/** One address a name resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** The outcome of a system-resolver lookup: addresses and time, or the resolver's error code. */
export type LookupOutcome = { ok: true; addresses: ResolvedAddress[]; ms: number } | { ok: false; code: string; message: string; ms: number };

/** Resolves `host` (an IP literal resolves to itself) within the signal's time. */
export async function systemLookup(host: string, signal: AbortSignal): Promise<LookupOutcome> {
  const family = isIP(host);
  if (family) return { ok: true, addresses: [{ address: host, family: family as 4 | 6 }], ms: 0 };
  const started = performance.now();
  try {
    const found = await withSignal(lookup(host, { all: true, verbatim: true }), signal, `DNS lookup of ${host}`);
    return { ok: true, addresses: found.map((a) => ({ address: a.address, family: a.family as 4 | 6 })), ms: elapsed(started) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.name === 'TimeoutError') return { ok: false, code: 'ETIMEOUT', message: e.message, ms: elapsed(started) };
    return { ok: false, code: e.code ?? e.name, message: e.message, ms: elapsed(started) };
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
