// Causes for name resolution: the guide's "Check DNS resolution" (nslookup, /etc/resolv.conf) as findings.
import { defineCauses } from './types.js';

const DNS = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check DNS resolution';

/** Every way a DNS lookup can end, told apart the way a technician needs. */
export const DNS_CAUSES = defineCauses({
  'dns.no-nameserver': {
    title: 'No nameserver configured',
    severity: 'fail',
    explanation:
      'resolv.conf lists no usable nameserver line, so this server cannot turn any host name into an address. Every mail host name fails, while literal IP addresses may still work.',
    fixes: [
      {
        text: "Add the site's DNS servers to the resolver configuration (or to the network manager that writes it).",
        commands: ['cat /etc/resolv.conf', 'resolvectl status'],
      },
    ],
    reference: DNS,
  },
  'dns.server-unreachable': {
    title: 'Nameserver does not answer',
    severity: 'fail',
    explanation:
      'Queries to the configured nameserver got no reply within the resolver timeout. The server is down, the address in resolv.conf is wrong, or a firewall drops DNS (UDP and TCP port 53) from this host.',
    fixes: [
      {
        text: 'Check the nameserver address in resolv.conf and that UDP/TCP 53 to it is allowed.',
        commands: ['cat /etc/resolv.conf', 'maildoctor dns <host> --server 8.8.8.8'],
      },
      { text: 'If another nameserver answers, remove or fix the dead one: the resolver waits for it on every lookup, which slows or breaks mail connections.' },
    ],
    reference: DNS,
  },
  'dns.nxdomain': {
    title: 'Name does not exist (NXDOMAIN)',
    severity: 'fail',
    explanation:
      'The nameserver answered authoritatively that this name does not exist. This is not a network block: the host name is misspelled, the record was removed, or an internal DNS view lacks it.',
    fixes: [
      {
        text: "Check the spelling of the host name in the mail server settings against the provider's documentation (e.g. smtp.office365.com, imap.gmail.com).",
      },
      { text: 'Compare with a public resolver to tell a local DNS view from a real absence.', commands: ['maildoctor dns <host> --server 8.8.8.8'] },
    ],
    reference: DNS,
  },
  'dns.nodata': {
    title: 'Name exists but has no record of this type',
    severity: 'warn',
    explanation:
      'The nameserver knows the name but holds no record of the type asked (for example no MX or no AAAA). For A this means no IPv4 address; for MX, mail falls back to the A record.',
    fixes: [
      {
        text: 'Ask for the other record types to see what the name does have.',
        commands: ['maildoctor dns <host> --type A', 'maildoctor dns <host> --type MX'],
      },
    ],
    reference: DNS,
  },
  'dns.servfail': {
    title: 'Nameserver failed to resolve the name (SERVFAIL)',
    severity: 'fail',
    explanation:
      "The nameserver answered but could not get a result: its upstream servers are unreachable, DNSSEC validation failed, or the domain's own nameservers are broken.",
    fixes: [
      {
        text: 'Try another resolver; if it works there, the local DNS server or its forwarders need attention.',
        commands: ['maildoctor dns <host> --server 1.1.1.1'],
      },
    ],
    reference: DNS,
  },
  'dns.refused': {
    title: 'Nameserver refused the query (REFUSED)',
    severity: 'fail',
    explanation: 'The nameserver answered but will not resolve this name for this client: it only serves its own zones, or an access list excludes this host.',
    fixes: [{ text: 'Point resolv.conf at a recursive resolver that serves this host, or ask the DNS team to allow it.' }],
    reference: DNS,
  },
  'dns.resolves': {
    title: 'Name resolves',
    severity: 'info',
    explanation: 'The nameserver returned records for the name, the same as nslookup printing an address.',
    fixes: [{ text: 'Nothing to fix in DNS; continue with the port and TLS checks.' }],
    reference: DNS,
  },
  'dns.servers-disagree': {
    title: 'Configured nameservers give different answers',
    severity: 'warn',
    explanation:
      'One nameserver in resolv.conf resolves the name and another does not (or gives other addresses). Lookups then succeed or fail depending on which server answers first, a classic cause of intermittent mail failures.',
    fixes: [{ text: 'Make all nameservers in resolv.conf serve the same view, or remove the odd one out.' }],
    reference: DNS,
  },
  'dns.system-disagrees': {
    title: 'The system resolver and DNS disagree',
    severity: 'warn',
    explanation:
      "The operating system's lookup (getaddrinfo: /etc/hosts, then DNS with the search list, and any cache; what the helpdesk's Java runtime and every mail library use) gives a different result from the nameservers. maildoctor judges the name by the system's answer, because that is what the helpdesk will connect to: when the system cannot resolve a name the nameservers know, the helpdesk fails too; when it resolves one they do not, a stale /etc/hosts entry or cache may send mail to the wrong place, or hide a DNS fault.",
    fixes: [
      {
        text: 'Look for the name in /etc/hosts and flush the resolver cache.',
        commands: ['grep -i <host> /etc/hosts', 'getent ahosts <host>', 'sudo systemd-resolve --flush-caches'],
      },
    ],
    reference: DNS,
  },
  'dns.hosts-file': {
    title: 'Resolved from /etc/hosts, not from DNS',
    severity: 'info',
    explanation:
      'The name is in /etc/hosts (or is localhost), so the system resolver answers it without asking a nameserver, and the nameservers need not know it. The helpdesk connects to the address in /etc/hosts; keep that entry in step with the server it names.',
    fixes: [{ text: 'Nothing to fix while the address in /etc/hosts is the right one.', commands: ['grep -i <host> /etc/hosts'] }],
    reference: DNS,
  },
});
