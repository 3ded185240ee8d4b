// Every cause id the code registries and phrase tables lead to, for the tests that check reachability and ids.
import { BOUNCE_PHRASES } from '../../src/knowledge/registries/bounce-phrases.js';
import { CLIENT_MESSAGES } from '../../src/knowledge/registries/client-messages.js';
import { AADSTS_MORE } from '../../src/knowledge/registries/aadsts-more.js';
import { DNS_ERRNO, LIBUV_ERRNO } from '../../src/knowledge/registries/errno.js';
import { DOTNET_EXCEPTIONS, JAVA_EXCEPTIONS, PYTHON_EXCEPTIONS } from '../../src/knowledge/registries/exceptions.js';
import { EXCHANGE_ONLINE } from '../../src/knowledge/registries/exchange-online.js';
import { GMAIL } from '../../src/knowledge/registries/gmail.js';
import { GO_TLS_ERRORS } from '../../src/knowledge/registries/go-tls-errors.js';
import { GRAPH_ERRORS, GRAPH_HTTP } from '../../src/knowledge/registries/graph.js';
import { IMAP_CODES, POP3_CODES } from '../../src/knowledge/registries/imap-pop3.js';
import { GOOGLE_OAUTH_ERRORS, OAUTH_ERRORS } from '../../src/knowledge/registries/oauth-errors.js';
import { OPENSSL_VERIFY } from '../../src/knowledge/registries/openssl-verify.js';
import { SMTP_BASIC } from '../../src/knowledge/registries/smtp-basic.js';
import { ENHANCED_CODES } from '../../src/knowledge/registries/smtp-enhanced.js';
import { NODE_TLS_ERRORS, SSL_REASONS } from '../../src/knowledge/registries/tls-texts.js';
import type { Registry } from '../../src/knowledge/registries/types.js';

/** Every keyed registry, by a name for test output. */
export const KEYED_REGISTRIES: Record<string, Registry> = {
  'SMTP basic reply codes': SMTP_BASIC,
  'SMTP enhanced status codes': ENHANCED_CODES,
  'IMAP response codes': IMAP_CODES,
  'POP3 extended codes': POP3_CODES,
  'OAuth error codes': OAUTH_ERRORS,
  'Google OAuth error codes': GOOGLE_OAUTH_ERRORS,
  'AADSTS codes (beyond the core table)': AADSTS_MORE,
  'Graph error codes': GRAPH_ERRORS,
  'Graph HTTP statuses': GRAPH_HTTP,
  'libuv errno codes': LIBUV_ERRNO,
  'DNS resolver codes': DNS_ERRNO,
  'Node.js TLS error codes': NODE_TLS_ERRORS,
  'OpenSSL SSL reasons': SSL_REASONS,
  'Go crypto/x509 and crypto/tls errors': GO_TLS_ERRORS,
  'Java exceptions': JAVA_EXCEPTIONS,
  'Python exceptions': PYTHON_EXCEPTIONS,
  '.NET exceptions': DOTNET_EXCEPTIONS,
};

/** The cause ids every registry and phrase table can lead to. */
export function registryCauses(): Set<string> {
  const out = new Set<string>();
  for (const r of Object.values(KEYED_REGISTRIES)) for (const e of Object.values(r.entries)) if (e.cause) out.add(e.cause);
  for (const o of [EXCHANGE_ONLINE, GMAIL]) for (const e of o.entries) out.add(e.cause);
  for (const v of OPENSSL_VERIFY) out.add(v.cause);
  for (const l of CLIENT_MESSAGES) for (const m of l.messages) out.add(m.cause);
  for (const s of BOUNCE_PHRASES) for (const p of s.phrases) out.add(p.cause);
  return out;
}
