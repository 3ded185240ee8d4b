// Reviews a mailbox config against the guide's best practices and linking rules: pure, no network.
import type { IncomingServer, MailConfig, OutgoingServer } from '../config/mail-config.js';
import { isMicrosoftHost } from '../checks/mail/presets.js';
import type { FindingInput } from '../core/types.js';
import { effectiveEndpoint } from './endpoints.js';

const PUBLIC_DOMAINS = new Set(['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'live.com', 'icloud.com', 'aol.com', 'googlemail.com']);
const GOOGLE_HOST = /(^|\.)(gmail\.com|google\.com|googlemail\.com)$/i;

function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf('@') ?? -1;
  return at > 0 ? address?.slice(at + 1).toLowerCase() : undefined;
}

/** True for a filter rule that would drop far more than intended. */
export function isBroadFilter(rule: string, ownDomains: Set<string>): boolean {
  const r = rule.trim().toLowerCase().replace(/^\*?@/, '');
  if (r === '' || r === '*' || r === '*.*' || r === '*@*' || r === '.*' || r === '.+') return true;
  const domain = r.replace(/^\*\.?/, '');
  return PUBLIC_DOMAINS.has(domain) || ownDomains.has(domain);
}

function authFindings(server: IncomingServer | OutgoingServer, host: string, kind: string): FindingInput[] {
  const password = (server.auth ?? (server.oauth ? 'oauth' : 'password')) === 'password';
  if (!password) return [];
  if (isMicrosoftHost(host))
    return [
      {
        cause: 'practice.basic-auth-microsoft',
        detail: `${kind} "${server.name}" logs in to ${host} with a password`,
        evidence: { server: server.name, host },
      },
    ];
  if (GOOGLE_HOST.test(host))
    return [
      { cause: 'practice.basic-auth-google', detail: `${kind} "${server.name}" logs in to ${host} with a password`, evidence: { server: server.name, host } },
    ];
  return [];
}

/** Best-practice findings for the whole config (ServiceOps — Email Server Troubleshooting › Configuration Best Practices). */
export function reviewPractices(config: MailConfig): FindingInput[] {
  const out: FindingInput[] = [];
  const incomingAddresses = new Set(config.incoming.map((s) => (s.address ?? s.user ?? '').toLowerCase()).filter(Boolean));
  const ownDomains = new Set([...incomingAddresses].map(domainOf).filter((d): d is string => Boolean(d)));
  for (const s of config.incoming) {
    const ep = effectiveEndpoint(s, 'incoming', config.preset);
    if (s.protocol === 'pop3') out.push({ cause: 'practice.pop3-instead-of-imap', detail: `incoming "${s.name}" uses POP3`, evidence: { server: s.name } });
    if (s.protocol !== 'graph') out.push(...authFindings(s, ep.host, 'incoming'));
    if (ep.security === 'none') out.push({ cause: 'practice.no-tls', detail: `incoming "${s.name}" has security none`, evidence: { server: s.name } });
    const address = s.address ?? s.user;
    if (address && /^[a-z]+[._][a-z]+@/i.test(address) && !/^(it|help|support|service|desk)/i.test(address)) {
      out.push({ cause: 'practice.personal-mailbox', detail: `incoming "${s.name}" reads ${address}`, evidence: { server: s.name, address } });
    }
    if (!s.technicianGroup || !s.category) {
      const missing = [!s.technicianGroup ? 'technicianGroup' : '', !s.category ? 'category' : ''].filter(Boolean);
      out.push({
        cause: 'practice.defaults-missing',
        detail: `incoming "${s.name}" records no ${missing.join(' or ')}`,
        evidence: { server: s.name, missing },
      });
    }
    for (const rule of s.ignoreFilters ?? []) {
      if (isBroadFilter(rule, ownDomains))
        out.push({ cause: 'practice.broad-ignore-filter', detail: `incoming "${s.name}" ignores "${rule}"`, evidence: { server: s.name, rule } });
    }
  }
  if (config.incoming.length > 0 && !config.incoming.some((s) => s.primary)) {
    out.push({ cause: 'practice.no-primary-incoming', detail: `none of ${config.incoming.map((s) => s.name).join(', ')} is primary`, evidence: {} });
  }
  for (const s of config.outgoing) {
    const ep = effectiveEndpoint(s, 'outgoing', config.preset);
    if (!(ep.port === 587 && ep.security === 'starttls'))
      out.push({
        cause: 'practice.smtp-not-587-starttls',
        detail: `outgoing "${s.name}" uses ${ep.port} with ${ep.security}`,
        evidence: { server: s.name, port: ep.port, security: ep.security },
      });
    if (ep.security === 'none') out.push({ cause: 'practice.no-tls', detail: `outgoing "${s.name}" has security none`, evidence: { server: s.name } });
    out.push(...authFindings(s, ep.host, 'outgoing'));
    if (!s.replyTo) out.push({ cause: 'practice.reply-to-missing', detail: `outgoing "${s.name}" sets no Reply-To`, evidence: { server: s.name } });
    else if (incomingAddresses.size > 0 && !incomingAddresses.has(s.replyTo.toLowerCase())) {
      out.push({
        cause: 'practice.reply-to-not-incoming',
        detail: `outgoing "${s.name}" replies to ${s.replyTo}, which no incoming server reads`,
        evidence: { server: s.name, replyTo: s.replyTo },
      });
    }
    for (const rule of s.ignoreFilters ?? []) {
      if (isBroadFilter(rule, ownDomains))
        out.push({ cause: 'practice.broad-ignore-filter', detail: `outgoing "${s.name}" ignores "${rule}"`, evidence: { server: s.name, rule } });
    }
  }
  return out;
}

/** Server-linking findings (ServiceOps — Email Server Troubleshooting › Incoming and Outgoing Server Linking). */
export function reviewLinking(config: MailConfig): FindingInput[] {
  const out: FindingInput[] = [];
  const byName = new Map(config.outgoing.map((o) => [o.name, o]));
  const primary = config.outgoing.find((o) => o.primary && o.enabled !== false);
  for (const s of config.incoming.filter((i) => i.enabled !== false)) {
    if (s.outgoing) {
      const linked = byName.get(s.outgoing);
      if (linked && linked.enabled === false)
        out.push({
          cause: 'linking.outgoing-disabled',
          detail: `incoming "${s.name}" is linked to disabled outgoing "${linked.name}"`,
          evidence: { server: s.name, outgoing: linked.name },
        });
      continue;
    }
    if (!primary) {
      out.push({
        cause: 'linking.no-primary-outgoing',
        detail: `incoming "${s.name}" has no linked outgoing server and there is no enabled primary one`,
        evidence: { server: s.name },
      });
    } else {
      out.push({
        cause: 'linking.default-primary-outgoing',
        detail: `replies for "${s.name}" go out through the primary outgoing server "${primary.name}"`,
        evidence: { server: s.name, outgoing: primary.name },
      });
      if (config.incoming.length > 1)
        out.push({
          cause: 'linking.unlinked-with-several-mailboxes',
          detail: `incoming "${s.name}" is one of ${config.incoming.length} mailboxes and has no outgoing server of its own`,
          evidence: { server: s.name },
        });
    }
  }
  return out;
}
