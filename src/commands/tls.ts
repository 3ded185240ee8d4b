// `maildoctor tls HOST:PORT... [--starttls ...] [--servername N] [--ca FILE] [--warn-days N]`.
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** The tls command. */
export const TLS_COMMAND: CommandSpec = {
  name: 'tls',
  args: '<targets...>',
  summary: 'TLS handshake (implicit or STARTTLS), certificate chain, openssl-style verify code and expiry',
  examples: [
    'maildoctor tls smtp.office365.com:587 --starttls smtp',
    'maildoctor tls imap.gmail.com:993',
    'maildoctor tls mail.example.com:465 --ca /etc/pki/private-ca.pem --warn-days 45',
  ],
  configure(cmd) {
    cmd
      .option('--starttls <mode>', 'smtp, imap, pop3, auto (by port: 25/587 smtp, 143 imap, 110 pop3; default) or none (implicit TLS)')
      .option('--servername <name>', 'name the certificate must match (SNI), when it differs from the host')
      .option('--ca <file>', 'PEM file of extra trusted CA certificates (like openssl -CAfile)')
      .option('--warn-days <n>', 'warn when a certificate expires within this many days (default 30)');
  },
  plan: lazyPlan(() => import('./tls-impl.js')),
};
