// A refusal that answers the STARTTLS command itself: a client's transcript shows the command, then the server's
// "500 unrecognized command" or "502 not implemented" (IMAP: BAD or NO, POP3: -ERR) — no TLS upgrade on this port.
import { codeFinding } from './code-finding.js';
import type { Identified } from './types.js';

/** STARTTLS as a sent command (after "C:", "Sent:", ">", or at a line start), then a 500, 502 or 504 reply within the
 * next line: RFC 3207 servers that do not implement the extension answer the command this way. */
const STARTTLS_REFUSED = /(?:^|[>:]\s*|\n\s*)STARTTLS\s*(?:\r?\n|\s)\s*(?:(?:S|Got|Received|Recv|<+)\s*:?\s*)?(50[024])[ -]/im;

/** IMAP's STARTTLS (RFC 3501 section 6.2.1, RFC 2595) answered BAD (command unknown) or NO (refused), as a client
 * logs it ("STARTTLS BAD ...", "a1 STARTTLS" then "a1 BAD ..."); POP3's STLS (RFC 2595 section 4) answered -ERR. */
const IMAP_POP_REFUSED = /(?:^|\s)STARTTLS\s+(BAD|NO)\b|(?:^|\s)(\w+) STARTTLS\s*\r?\n\s*(?:S:\s*)?\2 (BAD|NO)\b|\bSTLS\s*\r?\n\s*(?:S:\s*)?(-ERR)\b/m;

/** The STARTTLS command answered with "command unrecognized / not implemented", as a code-layer finding. */
export function starttlsReplyFindings(text: string): Identified[] {
  const other = IMAP_POP_REFUSED.exec(text);
  if (other) {
    const answer = other[1] ?? other[3] ?? other[4] ?? '';
    return [
      codeFinding(answer === 'NO' ? 'tls.starttls-refused' : 'tls.starttls-not-offered', other[0].trim(), 38, {
        reply: answer,
        command: 'STARTTLS',
        source: 'RFC 3501 section 6.2.1 and RFC 2595 (IMAP STARTTLS, POP3 STLS answered BAD, NO or -ERR)',
      }),
    ];
  }
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
