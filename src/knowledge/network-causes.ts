// Causes for TCP reachability: the guide's "Check port connectivity" (nc -zv) as findings.
import { defineCauses } from './types.js';

const TRIAGE = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check internet connectivity';
const PORTS = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check port connectivity';

/** What a TCP connect to a mail port can end in, and what to do about each. */
export const NETWORK_CAUSES = defineCauses({
  'net.ok': {
    title: 'Names resolve and the network answers',
    severity: 'info',
    explanation: 'Host names resolve and a TCP connection to a well-known address succeeds: basic DNS and outbound connectivity work from this server.',
    fixes: [{ text: 'Nothing to fix at this layer; continue with the port, TLS and authentication checks.' }],
    reference: TRIAGE,
  },
  'net.dns-not-connectivity': {
    title: 'DNS resolution fails, connectivity works',
    severity: 'fail',
    explanation:
      'Host names do not resolve, yet a connection to a literal IP address succeeds. As the guide puts it: when the name fails but the address answers, the issue is DNS resolution, not connectivity. Mail fails because the mail host names cannot be looked up.',
    fixes: [
      { text: 'Check the nameservers this server uses and whether they answer.', commands: ['cat /etc/resolv.conf', 'maildoctor dns <host>'] },
      { text: 'Flush the resolver cache after fixing the configuration.', commands: ['sudo systemd-resolve --flush-caches'] },
    ],
    reference: TRIAGE,
  },
  'net.offline': {
    title: 'Offline: names do not resolve and nothing answers',
    severity: 'fail',
    explanation:
      'No host name resolves and no literal IP address answers either. This server has no working network path to the internet (cable, interface, default route, or an egress firewall that blocks everything), so every mail connection fails.',
    fixes: [
      {
        text: 'Check the network interface, the default route and the egress firewall of this server with the network team.',
        commands: ['ip addr', 'ip route', 'maildoctor route 8.8.8.8'],
      },
    ],
    reference: TRIAGE,
  },
  'net.no-outbound': {
    title: 'Names resolve but nothing outside answers',
    severity: 'fail',
    explanation:
      'Names resolve (a local DNS server answers), but no connection to a well-known outside address succeeds. Outbound traffic is blocked or only allowed through a proxy.',
    fixes: [{ text: 'Ask the network team which outbound ports are allowed, and whether a proxy must be used (set HTTPS_PROXY for maildoctor http).' }],
    reference: TRIAGE,
  },
  'net.intercepted': {
    title: 'Something else answers in place of the real address',
    severity: 'warn',
    explanation:
      'Connections to a well-known address are accepted, but the answer does not come from that host: a TLS certificate issued for other names, or data that is not DNS on port 53. A transparent proxy, a TLS-inspecting firewall or a sandbox intercepts outbound traffic, so a bare port check would wrongly look fine.',
    fixes: [
      {
        text: 'Ask the network team about the proxy or firewall that intercepts outbound connections, and which destinations it lets through.',
        commands: ['env | grep -i _proxy', 'maildoctor tls <host>:<port>'],
      },
    ],
    reference: TRIAGE,
  },
  'tcp.connected': {
    title: 'Port is open',
    severity: 'info',
    explanation:
      'A TCP connection to the port succeeded, the same result as nc printing "succeeded!". Something is listening and nothing in between blocks it.',
    fixes: [{ text: 'Nothing to fix at this layer; if mail still fails, check TLS and authentication next.' }],
    reference: PORTS,
  },
  'tcp.refused': {
    title: 'Connection refused',
    severity: 'fail',
    explanation:
      'The host answered but nothing accepts connections on that port (or a firewall actively rejects them). Usually the port number is wrong for the service, or the mail service is down.',
    fixes: [
      { text: 'Check the port in the server settings: 587 (SMTP STARTTLS), 465 (SMTP TLS), 993 (IMAP TLS), 995 (POP3 TLS), 143/110 (plain IMAP/POP3).' },
      { text: 'If the port is right, check that the mail service runs on that host, or ask the network team whether a firewall rejects the port.' },
    ],
    reference: PORTS,
  },
  'tcp.timeout': {
    title: 'Connection timed out: port blocked or host unreachable',
    severity: 'fail',
    explanation:
      'No answer at all arrived within the timeout. A firewall or proxy silently drops the traffic, or the route to the host is broken; the guide reads nc\'s "Connection timed out" as a blocked port.',
    fixes: [
      { text: 'Ask the network team to allow outbound traffic from this server to the host and port (firewall, proxy, security group).' },
      {
        text: 'Compare with another destination and with a literal IP to tell a local block from a remote one.',
        commands: ['maildoctor port 8.8.8.8:53 smtp.office365.com:587'],
      },
    ],
    reference: PORTS,
  },
  'tcp.unreachable': {
    title: 'Network or host unreachable',
    severity: 'fail',
    explanation: 'The operating system has no route to that address (no default gateway, a down interface, or an ICMP unreachable reply).',
    fixes: [{ text: "Check the server's network configuration and default route.", commands: ['ip route', 'maildoctor route <host>'] }],
    reference: PORTS,
  },
  'tcp.name-not-resolved': {
    title: 'Host name does not resolve',
    severity: 'fail',
    explanation:
      'The name could not be turned into an address, so no connection was attempted. This is a DNS problem (or a typo in the host name), not a blocked port.',
    fixes: [
      { text: 'Check the spelling of the host name, then the DNS configuration of this server.', commands: ['maildoctor dns <host>', 'cat /etc/resolv.conf'] },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check DNS resolution',
  },
  'tcp.read-timeout': {
    title: 'Connected, but the server stopped answering (read timed out)',
    severity: 'fail',
    explanation:
      'The connection opened, then no data arrived within the read timeout: the server hangs, a proxy or firewall holds the connection without passing data, or the client waits for a greeting on a port that expects TLS first.',
    fixes: [
      {
        text: 'Check the security mode for the port (465/993/995 TLS at once; 587/143/110 STARTTLS), then whether a proxy inspects the traffic.',
        commands: ['maildoctor tls <host>:<port>'],
      },
    ],
    reference: PORTS,
  },
  'tcp.reset': {
    title: 'Connection reset',
    severity: 'fail',
    explanation:
      'The connection was opened and then torn down by the peer or a middlebox, often an intercepting proxy or a firewall that inspects the traffic.',
    fixes: [{ text: 'Ask the network team whether a proxy or firewall resets connections to this host and port.' }],
    reference: PORTS,
  },
});
