// A server that answers a new connection with a refusal instead of its 220 greeting, as clients report it: Postfix
// "host X refused to talk to me: 554 ...", JavaMail "Could not connect to SMTP host: X, port: 25, response: 554".
import type { CauseId } from '../index.js';
import { codeFinding } from './code-finding.js';
import { reasonOf } from './smtp-reasons.js';
import type { Identified } from './types.js';

/** The client reports that carry the server's first reply, and where the reply code sits in them. */
const GREETING_REPORTS: readonly RegExp[] = [
  /\brefused to talk to me:\s*([45]\d\d)\b([^\n]*)/i,
  /\bCould not connect to SMTP host: [^\s,]+, port: \d+, response: ([45]\d\d)\b([^\n]*)/i,
];

/** A refusing greeting without stated reason: RFC 5321 section 3.1 lets a server answer 554 to a client it will not
 * serve, and 421 when it cannot serve now. */
function byClass(code: string): CauseId {
  return code.startsWith('5') ? 'smtp.blocked' : 'smtp.server-busy';
}

/** Above a client library's wrapper text, below a reply whose own code and words name the reason. */
const GREETING_SPECIFICITY = 33;

/** The cause a refused greeting states, or its reply class's when its words state none. */
export function greetingFindings(text: string): Identified[] {
  for (const re of GREETING_REPORTS) {
    const m = re.exec(text);
    if (!m) continue;
    const code = m[1] ?? '';
    const cause = reasonOf(m[2] ?? '') ?? byClass(code);
    return [
      codeFinding(cause, m[0].trim(), GREETING_SPECIFICITY, {
        replyCode: Number(code),
        source: 'the server refused the connection in its greeting (RFC 5321 section 3.1)',
      }),
    ];
  }
  return [];
}
