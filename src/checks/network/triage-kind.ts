// `maildoctor triage` and `type: triage`: is it DNS or is it the network? Names versus literal IP:PORT targets.
import { parseHost } from '../../core/host-port.js';
import { defineKind } from '../../core/kind.js';
import { GUIDE_HOST_TARGETS } from './host-defaults.js';

const load = async () => ({ ...(await import('./triage.js')), ...(await import('./triage-literal.js')), ...(await import('./dns.js')) });

/** The triage check kind. */
export const TRIAGE_KIND = defineKind({
  id: 'triage',
  summary: 'DNS or connectivity? Resolve names and connect to literal IPs over TCP, then give one verdict',
  examples: ['maildoctor triage', 'maildoctor triage smtp.office365.com --literal 8.8.8.8:53 --literal 1.1.1.1:443'],
  options: {
    names: { type: 'string[]', positional: true, description: `host names that should resolve (default ${GUIDE_HOST_TARGETS.triage.names.join(', ')})` },
    literals: {
      type: 'string[]',
      cli: '--literal <ip:port>',
      description: `literal IP:PORT that should answer (repeatable; default ${GUIDE_HOST_TARGETS.triage.literals.join(', ')})`,
    },
    servers: { type: 'string[]', cli: '--server <ip[:port]>', description: 'resolve with this nameserver instead of the system resolver (repeatable)' },
    resolvConf: { type: 'string', arg: 'file', description: 'resolve with the nameservers of this file instead of the system resolver' },
  },
  load,
  async build(v, ctx) {
    const { triageCheck, parseLiteral, dnsSource } = await load();
    const names = (v.names ?? [...GUIDE_HOST_TARGETS.triage.names]).map((n) => parseHost(n, `"${n}"`));
    const literals = (v.literals ?? [...GUIDE_HOST_TARGETS.triage.literals]).map(parseLiteral);
    const explicit = v.servers !== undefined || v.resolvConf !== undefined || Boolean(ctx.io.env.MAILDOCTOR_RESOLV_CONF);
    const source = explicit ? await dnsSource(v.servers, v.resolvConf, ctx.io.env, ctx.io.cwd) : undefined;
    return [triageCheck({ names, literals, ...(source ? { source } : {}) })];
  },
});
