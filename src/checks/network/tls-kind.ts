// `maildoctor tls HOST:PORT...` and `type: tls`: the guide's openssl s_client, implicit TLS or STARTTLS.
import { resolve } from 'node:path';
import { parseHost, parseHostPort } from '../../core/host-port.js';
import { defineKind } from '../../core/kind.js';
import { STARTTLS_MODES } from './constants.js';

const load = () => import('./tls.js');

/** The tls check kind. */
export const TLS_KIND = defineKind({
  id: 'tls',
  summary: 'TLS handshake (implicit or STARTTLS), certificate chain, openssl-style verify code and expiry',
  examples: [
    'maildoctor tls smtp.office365.com:587 --starttls smtp',
    'maildoctor tls imap.gmail.com:993',
    'maildoctor tls mail.example.com:465 --ca /etc/pki/private-ca.pem --warn-days 45',
  ],
  options: {
    targets: { type: 'string[]', positional: true, required: true, nonEmpty: true, description: 'HOST:PORT values to check' },
    starttls: {
      type: 'string',
      enum: STARTTLS_MODES,
      arg: 'mode',
      description: 'smtp, imap, pop3, auto (by port: 25/587 smtp, 143 imap, 110 pop3; default) or none (implicit TLS)',
    },
    servername: { type: 'string', arg: 'name', description: 'name the certificate must match (SNI), when it differs from the host' },
    ca: { type: 'string', arg: 'file', description: 'PEM file of extra trusted CA certificates (like openssl -CAfile)' },
    warnDays: {
      type: 'number',
      integer: true,
      min: 0,
      max: 99999,
      arg: 'n',
      description: 'warn when a certificate expires within this many days (default 30)',
    },
  },
  load,
  async build(v, ctx) {
    const { readCaFile, tlsCheck } = await load();
    const targets = v.targets.map((t) => parseHostPort(t));
    const servername = v.servername === undefined ? undefined : parseHost(v.servername, ctx.name('servername'));
    const ca = v.ca === undefined ? undefined : await readCaFile(resolve(ctx.io.cwd, v.ca));
    const options = {
      ...(v.starttls ? { starttls: v.starttls } : {}),
      ...(servername ? { servername } : {}),
      ...(ca ? { ca } : {}),
      ...(v.warnDays !== undefined ? { warnDays: v.warnDays } : {}),
    };
    return targets.map((t) => tlsCheck(t, options));
  },
});
