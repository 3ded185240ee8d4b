// The guide's `nc -zv HOST PORT`: resolve, connect, time it, and name the failure and the protocol expected.
import { formatHostPort, parseHostPort, type HostPort } from '../../core/host-port.js';
import { MAIL_PORTS, portRole } from '../../core/mail-ports.js';
import type { Check, CheckOutcome, FindingInput } from '../../core/types.js';
import { connectErrorCause, connectErrorText } from '../../knowledge/connect-errors.js';
import { systemLookup } from './lookup.js';
import { tcpConnect, type ConnectOutcome } from './tcp.js';

/** Builds the port check for one target. */
export function portCheck(target: HostPort): Check {
  const role = portRole(target.port);
  return {
    id: 'port',
    title: 'TCP port',
    target: target.label,
    async run(ctx): Promise<CheckOutcome> {
      const expects = role ? { expected: role.name, protocol: role.protocol, security: role.security } : {};
      const resolved = await systemLookup(target.host, ctx.signal);
      if (!resolved.ok) {
        return {
          summary: `${target.host} does not resolve (${resolved.code})`,
          findings: [
            {
              cause: 'tcp.name-not-resolved',
              detail: `lookup of ${target.host} failed: ${resolved.code}`,
              evidence: { host: target.host, port: target.port, code: resolved.code, lookupMs: resolved.ms },
            },
          ],
          evidence: { host: target.host, port: target.port, lookupMs: resolved.ms, ...expects },
        };
      }
      const attempts: ConnectOutcome[] = [];
      for (const a of resolved.addresses) {
        const outcome = await tcpConnect(a.address, target.port, ctx.timeoutMs, ctx.signal);
        attempts.push(outcome);
        if (outcome.ok || ctx.signal.aborted) break;
      }
      const evidence = {
        host: target.host,
        port: target.port,
        addresses: resolved.addresses.map((a) => a.address),
        lookupMs: resolved.ms,
        attempts: attempts.map((a) => ({ address: a.address, ms: a.ms, result: a.ok ? 'connected' : a.code })),
        ...expects,
      };
      const success = attempts.find((a) => a.ok);
      if (success) {
        const what = role ? ` (${role.name})` : '';
        return {
          summary: `connected to ${formatHostPort(success.address, target.port)} in ${success.ms} ms${what}`,
          findings: [],
          evidence: { ...evidence, connectMs: success.ms },
        };
      }
      const findings: FindingInput[] = attempts.map((a) => ({
        cause: a.ok ? 'tcp.connected' : (connectErrorCause(a.code) ?? 'tcp.unreachable'),
        detail: a.ok ? '' : `${formatHostPort(a.address, target.port)}: ${a.code} after ${a.ms} ms`,
        evidence: { host: target.host, address: a.address, port: target.port, code: a.ok ? undefined : a.code, ms: a.ms },
      }));
      const last = attempts[attempts.length - 1];
      const code = last && !last.ok ? last.code : 'no address';
      return {
        summary: `cannot connect: ${connectErrorText(code)}${role ? ` (expected here: ${role.name})` : ''}`,
        findings: dedupeByCause(findings),
        evidence,
      };
    },
  };
}

function dedupeByCause(findings: FindingInput[]): FindingInput[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.cause) ? false : (seen.add(f.cause), true)));
}

/** The mail default ports in the order a technician checks them: submission first, then retrieval, then HTTPS. */
export const MAIL_DEFAULT_PORTS = [587, 465, 25, 993, 143, 995, 110, 443].filter((p) => MAIL_PORTS[p] !== undefined);

/** The targets of one argument: HOST:PORT as given, or (with `mailPorts`) every mail default port for a bare HOST. */
export function portTargets(arg: string, mailPorts = false): HostPort[] {
  const raw = arg.trim();
  const bare = raw !== '' && (!raw.includes(':') || /^\[[^\]]*\]$/.test(raw));
  return bare && mailPorts ? MAIL_DEFAULT_PORTS.map((p) => parseHostPort(raw, p)) : [parseHostPort(raw)];
}
