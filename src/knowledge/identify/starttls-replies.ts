// A refusal that answers the STARTTLS command itself: a client's transcript shows the command, then the server's
// "500 unrecognized command" or "502 not implemented" — the server offers no TLS upgrade on this port.
import { codeFinding } from './code-finding.js';
import type { Identified } from './types.js';

/** STARTTLS as a sent command (after "C:", "Sent:", ">", or at a line start), then a 500, 502 or 504 reply within the
 * next line: RFC 3207 servers that do not implement the extension answer the command this way. */
const STARTTLS_REFUSED = /(?:^|[>:]\s*|\n\s*)STARTTLS\s*(?:\r?\n|\s)\s*(?:(?:S|Got|Received|Recv|<+)\s*:?\s*)?(50[024])[ -]/im;

/** The STARTTLS command answered with "command unrecognized / not implemented", as a code-layer finding. */
export function starttlsReplyFindings(text: string): Identified[] {
  const m = STARTTLS_REFUSED.exec(text);
  if (!m) return [];
  return [
    codeFinding('tls.starttls-not-offered', m[0].trim(), 38, {
      reply: m[1] ?? '',
      command: 'STARTTLS',
      source: 'RFC 3207 (STARTTLS) and RFC 5321 section 4.2.4 (500/502/504 for an unrecognized or unimplemented command)',
    }),
  ];
}
