// Parses HOST:PORT arguments, IPv6 literals in brackets included, with errors a technician understands.
import { isIP } from 'node:net';
import { UsageError } from './errors.js';

/** A parsed network target. */
export interface HostPort {
  host: string;
  port: number;
  /** How to print it back: IPv6 literals in brackets. */
  label: string;
}

/** Formats host and port the way a user would type them. */
export function formatHostPort(host: string, port: number): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Parses and validates a port number given as text. */
export function parsePort(text: string, context: string): number {
  if (!/^\d{1,5}$/.test(text.trim())) throw new UsageError(`${context}: "${text}" is not a port number (1-65535)`);
  const port = Number(text);
  if (port < 1 || port > 65535) throw new UsageError(`${context}: port ${port} is out of range (1-65535)`);
  return port;
}

/** Validates a host name or IP literal. */
export function parseHost(text: string, context: string): string {
  const host = text.trim();
  if (host === '') throw new UsageError(`${context}: the host is empty`);
  if (isIP(host)) return host;
  if (host.length > 253 || !/^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})?(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})?)*\.?$/.test(host)) {
    throw new UsageError(`${context}: "${host}" is not a valid host name or IP address`);
  }
  return host;
}

/** Parses `host:port`, `[v6]:port`, or a bare host when `defaultPort` is given. */
export function parseHostPort(text: string, defaultPort?: number): HostPort {
  const raw = text.trim();
  const context = `"${text}"`;
  let host: string;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(raw);
  if (bracketed) {
    host = bracketed[1] ?? '';
    portText = bracketed[2];
    if (isIP(host) !== 6) throw new UsageError(`${context}: "${host}" in brackets is not an IPv6 address`);
  } else if ((raw.match(/:/g) ?? []).length > 1) {
    if (isIP(raw) === 6 && defaultPort !== undefined) return { host: raw, port: defaultPort, label: formatHostPort(raw, defaultPort) };
    throw new UsageError(`${context}: write an IPv6 address in brackets with the port after it, e.g. [${raw.replace(/:\d+$/, '')}]:993`);
  } else {
    const i = raw.lastIndexOf(':');
    host = i >= 0 ? raw.slice(0, i) : raw;
    portText = i >= 0 ? raw.slice(i + 1) : undefined;
  }
  host = parseHost(host, context);
  let port: number;
  if (portText === undefined || portText === '') {
    if (defaultPort === undefined) throw new UsageError(`${context}: give a port, as HOST:PORT (e.g. smtp.office365.com:587)`);
    port = defaultPort;
  } else {
    port = parsePort(portText, context);
  }
  return { host, port, label: formatHostPort(host, port) };
}
