// What every mail check kind (smtp, imap, pop3) reads from its values: endpoint, auth source and key.
import { UsageError } from '../../core/errors.js';
import { parseHostPort } from '../../core/host-port.js';
import type { BuildContext } from '../../core/kind.js';
import type { OptionValues } from '../../core/options.js';
import { readMailAuth, type MailAuth } from './auth.js';
import type { MAIL_OPTIONS } from './options.js';
import { resolveTarget, type MailProtocol, type MailTarget } from './target.js';

/** The common part of a mail check's options. */
export interface MailEntry {
  target: MailTarget;
  auth: MailAuth;
  user?: string;
  key?: string;
}

type MailValues = OptionValues<typeof MAIL_OPTIONS>;

/** The positional HOST[:PORT] read as --host and --port; given both ways, the server is ambiguous. */
function withServer(v: MailValues, ctx: BuildContext): MailValues {
  if (v.server === undefined) return v;
  if (v.host !== undefined || v.preset !== undefined)
    throw new UsageError(`give the server once: ${v.server} or ${ctx.name(v.host !== undefined ? 'host' : 'preset')}`);
  const { host, port } = parseHostPort(v.server, 0);
  if (port !== 0 && v.port !== undefined && v.port !== port)
    throw new UsageError(`${v.server} names port ${port}, ${ctx.name('port')} ${v.port}: give the port once`);
  return { ...v, host, ...(port !== 0 ? { port } : {}) };
}

/** Resolves the endpoint and reads the auth source of a mail kind's values. */
export async function readMailEntry(protocol: MailProtocol, values: MailValues, ctx: BuildContext): Promise<MailEntry> {
  const v = withServer(values, ctx);
  const target = await resolveTarget(protocol, v, ctx.io.cwd, ctx.io.env.NODE_EXTRA_CA_CERTS);
  const auth = await readMailAuth(v, ctx);
  return { target, auth, ...(v.user !== undefined ? { user: v.user } : {}), ...(v.key !== undefined ? { key: v.key } : {}) };
}
