// Parses a nameserver as given by --server or a resolv.conf line: IP, IP:PORT, [IPv6]:PORT or IP#PORT.
import { isIP } from 'node:net';
import { UsageError } from '../../core/errors.js';
import { parsePort } from '../../core/host-port.js';
import type { NameServer } from './dns-query.js';

/** The standard DNS port. */
export const DNS_PORT = 53;

/** Parses one nameserver address; throws UsageError naming `context` when it is not an IP literal. */
export function parseNameServer(text: string, context: string): NameServer {
  const raw = text.trim();
  const hash = /^(.+)#(\d{1,5})$/.exec(raw);
  if (hash) return literal(hash[1] ?? '', parsePort(hash[2] ?? '', context), context);
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(raw);
  if (bracket) return literal(bracket[1] ?? '', bracket[2] ? parsePort(bracket[2], context) : DNS_PORT, context);
  if (isIP(raw.replace(/%.*$/, ''))) return literal(raw, DNS_PORT, context);
  const colon = /^([^:]+):(.*)$/.exec(raw);
  if (colon) return literal(colon[1] ?? '', parsePort(colon[2] ?? '', context), context);
  return literal(raw, DNS_PORT, context);
}

function literal(host: string, port: number, context: string): NameServer {
  const bare = host.replace(/%.*$/, '');
  if (host === '') throw new UsageError(`${context}: the nameserver address is empty`);
  if (!isIP(bare)) throw new UsageError(`${context}: "${host}" is not an IP address (a nameserver must be given as IP[:PORT])`);
  return { host, port };
}
