// Fills a server's host, port and security from the preset and the protocol's usual defaults.
import type { IncomingServer, OutgoingServer } from '../config/mail-config.js';
import { mailPreset, type MailSecurity } from '../checks/mail/presets.js';
import { UsageError } from '../core/errors.js';

/** Where a server really is once defaults are applied. */
export interface Endpoint {
  host: string;
  port: number;
  security: MailSecurity;
  protocol: 'smtp' | 'imap' | 'pop3' | 'graph';
}

const DEFAULT_PORTS: Record<string, Record<MailSecurity, number>> = {
  smtp: { tls: 465, starttls: 587, none: 25 },
  imap: { tls: 993, starttls: 143, none: 143 },
  pop3: { tls: 995, starttls: 110, none: 110 },
  graph: { tls: 443, starttls: 443, none: 443 },
};

function securityForPort(protocol: string, port: number | undefined): MailSecurity | undefined {
  if (port === undefined) return undefined;
  const table = DEFAULT_PORTS[protocol];
  if (!table) return undefined;
  if (table.tls === port) return 'tls';
  if (table.starttls === port) return 'starttls';
  return undefined;
}

/** The endpoint of an incoming or outgoing server after preset and defaults. */
export function effectiveEndpoint(server: IncomingServer | OutgoingServer, direction: 'incoming' | 'outgoing', presetName?: string): Endpoint {
  const protocol = direction === 'outgoing' ? 'smtp' : (server as IncomingServer).protocol;
  const preset = presetName ? mailPreset(presetName) : undefined;
  const fromPreset = preset && protocol !== 'graph' ? preset[protocol] : undefined;
  const host = server.host ?? (protocol === 'graph' ? 'graph.microsoft.com' : fromPreset?.host);
  if (!host) throw new UsageError(`${direction} server "${server.name}" has no host (set host, or a preset)`);
  const security =
    server.security ?? securityForPort(protocol, server.port) ?? (server.host ? undefined : fromPreset?.security) ?? (protocol === 'smtp' ? 'starttls' : 'tls');
  const port = server.port ?? (server.host ? undefined : fromPreset?.port) ?? DEFAULT_PORTS[protocol]?.[security] ?? 443;
  return { host, port, security, protocol };
}
