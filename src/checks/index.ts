// The explicit, ordered registry of check types that `maildoctor run` can compose from a config.
import { AUDIT_KIND } from '../logs/audit/check.js';
import { LOGS_KIND } from '../logs/check.js';
import { THREADDUMP_KIND } from '../logs/threaddump/kind.js';
import { QUARTZ_KIND, SERVICE_KIND } from '../scheduler/kinds.js';
import { CONFIG_LINT_KIND } from './mail/config-lint.js';
import { EML_KIND } from '../logs/eml/check.js';
import { CA_STORE_KIND } from './network/ca-store.js';
import { DNS_KIND } from './network/dns-kind.js';
import { EXPLAIN_KIND } from './explain.js';
import { HTTP_KIND } from './network/http.js';
import { ROUTE_KIND } from './network/route.js';
import { TRIAGE_KIND } from './network/triage.js';
import { OAUTH_KIND } from './oauth/kind.js';
import { PORT_KIND } from './network/port.js';
import { SMTP_KIND } from './mail/smtp.js';
import { IMAP_KIND } from './mail/imap.js';
import { POP3_KIND } from './mail/pop3.js';
import { TLS_KIND } from './network/tls.js';
import type { CheckKind } from './types.js';

/** Every check type, in the order a diagnosis should read: network first, then auth, then the rest. */
export const CHECK_KINDS: readonly CheckKind[] = [TRIAGE_KIND, DNS_KIND, PORT_KIND, TLS_KIND, HTTP_KIND, ROUTE_KIND, CA_STORE_KIND, SMTP_KIND, IMAP_KIND, POP3_KIND, AUDIT_KIND, LOGS_KIND, QUARTZ_KIND, SERVICE_KIND, THREADDUMP_KIND, OAUTH_KIND, CONFIG_LINT_KIND, EXPLAIN_KIND, EML_KIND];

/** The check type registered under `type`. */
export function checkKind(type: string): CheckKind | undefined {
  return CHECK_KINDS.find((k) => k.type === type);
}
