// The well-known ports of the guide's port checks and what should be listening there.

/** What a technician expects on a port, and how it is secured. */
export interface PortRole {
  protocol: 'smtp' | 'imap' | 'pop3' | 'https';
  security: 'tls' | 'starttls' | 'none';
  name: string;
}

/** The guide's ports (ServiceOps — Email Server Troubleshooting › Check port connectivity) plus the plain IMAP/POP3 ones. */
export const MAIL_PORTS: Readonly<Record<number, PortRole>> = {
  25: { protocol: 'smtp', security: 'starttls', name: 'SMTP (server to server, STARTTLS optional)' },
  465: { protocol: 'smtp', security: 'tls', name: 'SMTP over implicit TLS (SMTPS)' },
  587: { protocol: 'smtp', security: 'starttls', name: 'SMTP submission with STARTTLS' },
  993: { protocol: 'imap', security: 'tls', name: 'IMAP over implicit TLS (IMAPS)' },
  143: { protocol: 'imap', security: 'starttls', name: 'IMAP (plain, STARTTLS expected)' },
  995: { protocol: 'pop3', security: 'tls', name: 'POP3 over implicit TLS (POP3S)' },
  110: { protocol: 'pop3', security: 'starttls', name: 'POP3 (plain, STLS expected)' },
  443: { protocol: 'https', security: 'tls', name: 'HTTPS (EWS, Graph, OAuth endpoints)' },
};

/** The role of a port, when it is one of the mail defaults. */
export function portRole(port: number): PortRole | undefined {
  return MAIL_PORTS[port];
}
