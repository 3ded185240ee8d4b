// Causes for URL reachability: the guide's `curl -I URL --max-time 15` as findings.
import { defineCauses } from './types.js';

const URLS = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check URL reachability';

/** What an HTTP reachability probe can end in beyond the TCP and TLS causes it shares. */
export const HTTP_CAUSES = defineCauses({
  'http.reachable': {
    title: 'URL reachable',
    severity: 'info',
    explanation:
      'The server answered with an HTTP status. As the guide says, any status (200, 301, 401 ...) means the URL is reachable from this server; the status itself is not a fault.',
    fixes: [{ text: 'Nothing to fix for reachability.' }],
    reference: URLS,
  },
  'http.no-response': {
    title: 'Connected, but no HTTP response in time',
    severity: 'fail',
    explanation:
      'The connection opened (and TLS completed) but no response headers arrived within the timeout. An intercepting proxy or firewall holds the request, or the service hangs.',
    fixes: [{ text: 'Ask the network team whether a proxy or content filter inspects traffic to this URL, and whitelist it.' }],
    reference: URLS,
  },
  'http.proxy-unreachable': {
    title: 'Proxy does not answer',
    severity: 'fail',
    explanation: 'HTTPS_PROXY or HTTP_PROXY names a proxy that refuses or does not answer connections, so nothing behind it can be reached.',
    fixes: [
      { text: 'Check the proxy address and port in the environment, or unset it if this server should connect directly.', commands: ['env | grep -i _proxy'] },
    ],
    reference: URLS,
  },
  'http.proxy-auth-required': {
    title: 'Proxy requires authentication (407)',
    severity: 'fail',
    explanation:
      "The proxy answered 407 Proxy Authentication Required. The helpdesk's Java runtime needs proxy credentials configured too, or the proxy must allow this server without them.",
    fixes: [{ text: 'Ask the proxy team to allow this server, or configure proxy credentials for the helpdesk application and in HTTPS_PROXY.' }],
    reference: URLS,
  },
  'http.proxy-refused': {
    title: 'Proxy refused the connection to this URL',
    severity: 'fail',
    explanation:
      'The proxy is reachable but refused to open a tunnel to the host (403 or another status to CONNECT): the destination is not on its allow list.',
    fixes: [{ text: 'Whitelist the host on the corporate proxy; the guide names email-app.serviceops.ai and the Microsoft and Google mail endpoints.' }],
    reference: URLS,
  },
  'http.too-many-redirects': {
    title: 'Too many redirects',
    severity: 'warn',
    explanation:
      'The URL kept redirecting beyond the limit. The host is reachable, but the redirect chain loops or points somewhere unexpected, such as a captive portal or a proxy login page.',
    fixes: [{ text: 'Open the URL from this server with curl -IL and see where the chain leads.', commands: ['curl -IL <url> --max-time 15'] }],
    reference: URLS,
  },
  'http.bad-response': {
    title: 'Not an HTTP response',
    severity: 'fail',
    explanation: 'Something answered on the port but not with HTTP: a different service, or a middlebox that breaks the connection.',
    fixes: [{ text: "Check the URL's scheme and port (https on 443)." }],
    reference: URLS,
  },
});
