// Causes for peers that break the rules of their protocol: too slow to finish, too long to be real, or not speaking it at all.
import { defineCauses } from './types.js';

const NETWORK = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks';
const DNS = `${NETWORK} › Check DNS resolution`;

/** What maildoctor reports when a peer would otherwise keep it waiting or fill its memory. */
export const BOUNDS_CAUSES = defineCauses({
  'check.timeout': {
    title: 'No result within the time limit',
    severity: 'fail',
    explanation:
      'The check did not finish within --timeout (plus one second to wrap up), so maildoctor stopped it. The peer accepted the connection but answered too slowly to be useful: a few bytes at a time, a reply that never ends, or a proxy or middlebox that holds the connection open. A helpdesk talking to this peer would hang the same way, usually until its own much longer timeout.',
    fixes: [
      { text: 'Run the check again with a longer --timeout to tell a slow peer from a stuck one.', commands: ['maildoctor <command> … --timeout 30000 -v'] },
      {
        text: "If it never finishes, look at what sits between this host and the peer (proxy, TLS inspection, IPS) and at the peer's load; the -v transcript shows the last thing it said.",
      },
    ],
    reference: NETWORK,
  },
  'mail.reply-too-long': {
    title: 'The server sent a reply far longer than any real one',
    severity: 'fail',
    explanation:
      'One reply line passed 64 KiB, or an IMAP literal passed 1 MiB, during greeting, capabilities or login, where real servers send a few hundred bytes (RFC 5321 limits an SMTP reply line to 512 octets). maildoctor stopped reading rather than fill its memory. The port is served by something that is not a mail server, a broken proxy, or a hostile peer.',
    fixes: [
      {
        text: "Check that the host and port are the mail server's, and what answers there.",
        commands: ['maildoctor port <host>:<port>', 'maildoctor tls <host>:<port> -v'],
      },
      { text: 'If a proxy or security appliance sits in front of the mail server, test from a host that bypasses it.' },
    ],
    reference: 'RFC 5321 section 4.5.3.1 (size limits and minimums); RFC 9051 (IMAP literals)',
  },
  'dns.truncated-tcp-failed': {
    title: 'Answer too large for UDP, and DNS over TCP failed',
    severity: 'fail',
    explanation:
      'The nameserver answered over UDP with the truncated (TC) flag, meaning the full answer only fits over TCP, and the TCP retry to port 53 failed. The name is not missing: resolvers on this host cannot get the full answer, so large records (long TXT, many MX or A records) fail to resolve. Usually a firewall that allows DNS over UDP only.',
    fixes: [
      {
        text: 'Allow TCP port 53 from this host to the nameserver (DNS needs TCP as well as UDP).',
        commands: ['maildoctor port <nameserver>:53', 'dig +tcp <host> @<nameserver>'],
      },
    ],
    reference: `${DNS}; RFC 7766 (DNS over TCP is required); RFC 1035 section 4.2.1`,
  },
  'dns.not-dns': {
    title: 'The nameserver address answers, but not with DNS',
    severity: 'fail',
    explanation:
      'Something at the nameserver address replied with data that is not a DNS message, so it is not a working nameserver. The address in resolv.conf (or --server) points at another service, or a captive portal or middlebox answers port 53 itself.',
    fixes: [
      {
        text: 'Check the nameserver addresses in resolv.conf and compare with a known resolver.',
        commands: ['cat /etc/resolv.conf', 'maildoctor dns <host> --server 8.8.8.8'],
      },
    ],
    reference: DNS,
  },
});
