// What `maildoctor tls` does: checks the STARTTLS mode, SNI name, CAs and warning days, then one tls check per target.
import { resolve } from 'node:path';
import { parseHost, parseHostPort } from '../core/host-port.js';
import { parseStarttlsMode, parseWarnDays, readCaFile, tlsCheck, type TlsCheckOptions } from '../checks/network/tls.js';
import type { PlanFn } from './lazy.js';

/** Builds the tls checks. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const starttls = parseStarttlsMode(opts.starttls);
  const warnDays = parseWarnDays(opts.warnDays);
  const servername = typeof opts.servername === 'string' ? parseHost(opts.servername, '--servername') : undefined;
  const ca = typeof opts.ca === 'string' ? await readCaFile(resolve(ctx.io.cwd, opts.ca)) : undefined;
  const options: TlsCheckOptions = {
    ...(starttls ? { starttls } : {}),
    ...(servername ? { servername } : {}),
    ...(ca ? { ca } : {}),
    ...(warnDays !== undefined ? { warnDays } : {}),
  };
  return { checks: args.map((a) => tlsCheck(parseHostPort(a), options)) };
};
