// Causes for the path to a host: the guide's traceroute, ping and `curl ifconfig.me` as findings.
import { defineCauses } from './types.js';

const ROUTE = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check routing and latency';
const PING = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check internet connectivity';

/** What a route check can report. */
export const ROUTE_CAUSES = defineCauses({
  'route.high-latency': {
    title: 'High latency (over 300 ms)',
    severity: 'warn',
    explanation:
      'Round trips to the host take longer than 300 ms. The guide names this as a network path issue that causes SMTP and IMAP timeouts in the helpdesk.',
    fixes: [
      { text: 'Ask the network team to look at the path (VPN, proxy, congested link); compare with another destination.', commands: ['traceroute <host>'] },
    ],
    reference: ROUTE,
  },
  'route.lost-hops': {
    title: 'Hops without an answer in traceroute',
    severity: 'warn',
    explanation:
      'Some hops on the way did not answer (shown as * * *). Routers that ignore traceroute are common and harmless when the trace still reaches the destination; the detail says whether it did.',
    fixes: [{ text: 'If the destination itself is not reached as well, give the traceroute output to the network team.', commands: ['traceroute <host>'] }],
    reference: ROUTE,
  },
  'route.not-reached': {
    title: 'The trace did not reach the destination',
    severity: 'warn',
    explanation:
      'traceroute ran out of hops, or the path stopped answering, before the destination replied. A path that ends early points to a block or a broken route; some destinations also never answer traceroute probes while TCP to them works.',
    fixes: [
      {
        text: 'Compare with the TCP time in the summary; if TCP does not answer either, give the traceroute output to the network team.',
        commands: ['traceroute <host>'],
      },
    ],
    reference: ROUTE,
  },
  'route.packet-loss': {
    title: 'Packet loss to the host',
    severity: 'warn',
    explanation: 'Some ping replies were lost. Loss makes TCP slow and can turn into mail timeouts.',
    fixes: [{ text: 'Repeat the test; persistent loss needs the network team.', commands: ['ping -c 20 <host>'] }],
    reference: PING,
  },
  'route.icmp-blocked': {
    title: 'Ping gets no reply, but TCP works',
    severity: 'info',
    explanation:
      'ICMP is blocked on the way (common for cloud mail services), yet a TCP connection succeeds. As the guide says, when ICMP is blocked, test with a TCP or HTTP request instead; this is not a fault.',
    fixes: [{ text: 'Nothing to fix; rely on the TCP and HTTP checks for this host.' }],
    reference: PING,
  },
  'route.tool-missing': {
    title: 'ping or traceroute is not installed',
    severity: 'info',
    explanation: 'The program is not on this server, so maildoctor measured the path with TCP connect times instead (no hop list).',
    fixes: [{ text: 'Install the tools for a hop-by-hop view.', commands: ['apt-get install iputils-ping traceroute', 'dnf install iputils traceroute'] }],
    reference: ROUTE,
  },
  'route.unreachable': {
    title: 'Host does not answer at all',
    severity: 'fail',
    explanation: 'Neither ping nor a TCP connection got an answer: the host is down, the name points to the wrong address, or the path is blocked.',
    fixes: [{ text: 'Check DNS and connectivity first.', commands: ['maildoctor triage', 'maildoctor dns <host>'] }],
    reference: ROUTE,
  },
  'route.public-ip': {
    title: 'Public IP address of this server',
    severity: 'info',
    explanation: "The address the internet sees this server as, which a mail relay or provider must whitelist (the guide's curl ifconfig.me).",
    fixes: [{ text: "Compare it with the relay's whitelist (connectors, IP allow lists)." }],
    reference: ROUTE,
  },
  'route.public-ip-failed': {
    title: 'Public IP lookup failed',
    severity: 'warn',
    explanation: 'The public IP service could not be reached, so the address to whitelist is unknown from here; outbound HTTPS may be blocked.',
    fixes: [{ text: 'Check outbound HTTPS and proxy settings.', commands: ['maildoctor http https://ifconfig.me'] }],
    reference: ROUTE,
  },
});
