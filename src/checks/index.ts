// The explicit, ordered registry of check kinds: each is a command of its own and a `type:` of a run config.
import type { CheckKind } from '../core/kind.js';
import { AUDIT_KIND } from '../logs/audit/kind.js';
import { EML_KIND } from '../logs/eml/kind.js';
import { LOGS_KIND } from '../logs/kind.js';
import { THREADDUMP_KIND } from '../logs/threaddump/kind.js';
import { QUARTZ_KIND } from '../scheduler/quartz-kind.js';
import { SERVICE_KIND } from '../scheduler/service/kind.js';
import { EXPLAIN_KIND } from './explain-kind.js';
import { CONFIG_LINT_KIND } from './mail/config-lint-kind.js';
import { IMAP_KIND } from './mail/imap-kind.js';
import { POP3_KIND } from './mail/pop3-kind.js';
import { SMTP_KIND } from './mail/smtp-kind.js';
import { CA_STORE_KIND } from './network/ca-store-kind.js';
import { DNS_KIND } from './network/dns-kind.js';
import { HTTP_KIND } from './network/http-kind.js';
import { PORT_KIND } from './network/port-kind.js';
import { ROUTE_KIND } from './network/route-kind.js';
import { TLS_KIND } from './network/tls-kind.js';
import { TRIAGE_KIND } from './network/triage-kind.js';
import { OAUTH_KIND } from './oauth/kind.js';

/** Every check kind, in the order a diagnosis should read (and `maildoctor --help` lists them). */
export const CHECK_KINDS: readonly CheckKind[] = [
  TRIAGE_KIND,
  DNS_KIND,
  PORT_KIND,
  TLS_KIND,
  HTTP_KIND,
  ROUTE_KIND,
  CA_STORE_KIND,
  SMTP_KIND,
  IMAP_KIND,
  POP3_KIND,
  AUDIT_KIND,
  LOGS_KIND,
  QUARTZ_KIND,
  SERVICE_KIND,
  THREADDUMP_KIND,
  OAUTH_KIND,
  CONFIG_LINT_KIND,
  EXPLAIN_KIND,
  EML_KIND,
];

/** The check kind registered under `id`. */
export function checkKind(id: string): CheckKind | undefined {
  return CHECK_KINDS.find((k) => k.id === id);
}
