// Collects the headers that say which system, knowledge base, table or rule generated an email.
import type { EmlHeaders } from './headers.js';

/** Header names that identify the sending software or the rule, KB, table or server behind an email. */
const SYSTEM_HEADER =
  /^(?:x-mailer|user-agent|x-agiloft.*|x-.*(?:kb|knowledge-?base|rule|workflow|table|server-?url|source|generated-?by|application|tenant|ticket|record).*|x-ms-exchange-generated-message-source|x-originating-ip|x-php-originating-script)$/i;

/** Header name -> value for every header that names the sending system; empty when none do. */
export function senderSystem(h: EmlHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of h.raw) {
    if (SYSTEM_HEADER.test(name) && values[0]) out[name] = values[0].slice(0, 300);
  }
  return out;
}
